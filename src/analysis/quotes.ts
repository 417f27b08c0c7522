import type { Quote, Speaker } from '../domain/analysis.ts';
import type { Knowledge } from './knowledge.ts';
import { CUE_AFTER, DOCUMENT_SPEAKER, INDIRECT_SPEECH_VERBS, isPersonNoun, NAME_TITLES, PERSON_NOUNS, PHRASE_STOP, PRONOUNS, ROLE_HEADS, ROLE_WORDS, SPEECH_VERBS, VIA, WEAK_CUES } from './lexicon.ts';
import { findCandidates, isWholeParagraph, isWholeRest, lastClose, standsAlone, type Candidate } from './quote-candidates.ts';
import { cutGluedName, rejoinedLinkSplits, ungluedNames, withoutReadAlsoHeadlines } from './scraped-text.ts';
import { AGE, AGE_NEXT, collectMentions, isNameToken, withinOneEdit, parseSpeakerPhrase, resolveName, spelledOutBodies, splitRoleName, type Mention, type ResolvedSpeaker, type SpeakerPhrase } from './speaker-names.ts';
import { escapeRegExp, isBoilerplate, slugify, stripDateline, unglue, withoutTrailingCredit, wordsOf } from './text.ts';

interface Attribution {
  cue: string;
  phrase: SpeakerPhrase;
  via?: string;
  /** The split quote's second half, merged into this one: `"A," kata X, "B."`. */
  merged?: { text: string; close: number; p1: number };
}

/** Words by which an article lets a regulation speak ("bunyi aturannya", "tulis beleid itu", "bunyi Pasal 4 ayat 3"). */
const REGULATION_WORD = /^(?:aturan(?:nya)?|beleid|pasal|ayat|regulasi|peraturan|ketentuan)(?![\p{L}])/iu;
/** A regulation by its number and year: "Peraturan Presiden (Perpres) Nomor 49 Tahun 2025", "Perpol No. 5 Tahun 2021". */
const REGULATION = /(?<![\p{L}])(?:Undang-[Uu]ndang|UU|Peraturan|Perpres|Perpol|Perda|Pergub|Perwal|Perbup|Permen\p{L}*|PP|Perppu|Keputusan|Kepmen\p{L}*|Keppres|Inpres|Surat Edaran|SE)(?:\s+(?:\p{Lu}[\p{L}.]*|\([^)]{1,20}\)|dan|Daerah))*\s+(?:[Nn]omor|[Nn]o\.)\s*\d+[A-Z]?(?:\/[\p{L}\d./-]+)?\s+[Tt]ahun\s+\d{4}/gu;

/**
 * Direct quotes with their speakers. Indirect speech ("Menurut Wang, …", "Zhang mengatakan bahwa …") is
 * not reported as a quote: it has no exact words to show. It does name a speaker, who is listed in
 * `speakers` and becomes the person a later "tambahnya" or "ia mengatakan" refers to.
 * A quote-only paragraph with no cue continues the previous speaker and has `cue: ''`. Unnamed speakers
 * ("seorang pejabat AS") are kept on the quote but not listed in `speakers`.
 */
export function extractQuotes(article: { title?: string; paragraphs: string[]; citedSource?: string }, k: Knowledge): { quotes: Quote[]; speakers: Speaker[] } {
  const paragraphs = ungluedNames(rejoinedLinkSplits(withoutReadAlsoHeadlines(article.paragraphs.map(withoutTrailingCredit))).map((p, i) => unglue(i === 0 ? stripDateline(p) : p)), article.title);
  const mentions = collectMentions(paragraphs, k);
  const bodies = spelledOutBodies(paragraphs);
  const introduced = introducedByInitials(paragraphs);
  const speakers = new Map<string, Speaker>();
  const quotes: Quote[] = [];
  let last: ResolvedSpeaker | undefined;

  let lastSetAt = -2;
  let currentParagraph = 0;
  const remember = (s: ResolvedSpeaker) => {
    last = s;
    lastSetAt = currentParagraph;
    if (s.slug.startsWith('~')) return; // unnamed speakers ("seorang pejabat") are not people to list
    const seen = speakers.get(s.slug);
    const aliases = [...new Set([...(seen?.aliases ?? []), ...s.aliases])].filter((a) => a !== s.name);
    speakers.set(s.slug, { slug: s.slug, name: s.name, aliases, ...(s.role ?? seen?.role ? { role: s.role ?? seen?.role } : {}), ...(s.country ? { country: s.country } : {}) });
  };

  const candidates = findCandidates(paragraphs);
  let ci = 0;
  /** Where the last quote ended: an uncued quote paragraph right after it continues it. */
  let lastQuoteEnd = -2;
  /** The paragraph before this one, promo lines ("SCROLL TO CONTINUE", "Advertisement") skipped. */
  let previous = -1;
  /** Uncued quote paragraphs after narrative, waiting for the cue that often closes the run (`… ," ujar X`). */
  let pending: { quote: Omit<Quote, 'speaker' | 'speakerSlug'>; end: number }[] = [];
  // Who the whole article is about (see protagonist), worked out once; null until asked.
  let protagonistCache: ResolvedSpeaker | undefined | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    currentParagraph = p;
    const par = paragraphs[p]!;
    const here: Candidate[] = [];
    while (ci < candidates.length && candidates[ci]!.p0 === p) here.push(candidates[ci++]!);
    // A promo line ('Tonton juga "…" di sini:') is skipped, its quote marks with it.
    if (isBoilerplate(par) || !par.trim()) continue;
    const before = previous;
    previous = p;
    // Indirect speech in sentences before the paragraph's first quote updates who "ia" is.
    const firstOpen = here.length ? here[0]!.open : par.length;
    noteIndirectSpeech(par.slice(0, firstOpen), p, here.length > 0 ? 'leads into a quote' : 'opens a paragraph');
    for (let i = 0; i < here.length; i++) {
      const c = here[i]!;
      // Narration between two quotes of one paragraph (bodies that arrive as one long paragraph) says who
      // speaks next too: "…," kata Panggah. … Direktur Gigy Philip menerangkan bahwa … "…," paparnya.
      const prev = here[i - 1];
      if (prev && prev.p1 === p && prev.close >= 0 && prev.close < c.open) {
        const between = par.slice(prev.close + 1, c.open);
        const sentenceEnd = between.search(/[.!?]\s+\p{Lu}/u);
        if (sentenceEnd >= 0) noteIndirectSpeech(between.slice(sentenceEnd + 1), p, 'leads into a quote');
      }
      const attribution = attribute(c, paragraphs, k, here[i + 1]) ?? (i === 0 && before >= 0 && isWholeParagraph(c, paragraphs) ? leadIn(paragraphs[before]!, paragraphs.slice(Math.max(0, before - 2), before), k, (name) => personNamed(name, p, false) !== undefined) : undefined);
      if (attribution?.merged) {
        c.text = `${c.text.trim()} ${attribution.merged.text.trim()}`;
        c.close = attribution.merged.close;
        c.p1 = attribution.merged.p1;
        i++;
      }
      if (c.unopened && !attribution?.cue) continue; // a stray mark, unless a cue vouches for it
      const speaker = attribution ? speakerFor(attribution.phrase, c.p0, c.open) : undefined;
      const text = cleanQuoteText(c.text);
      // "Khamenei menekankan kebijakan pertahanan Iran. "Perang akan dibalas dengan perang."": a quote closing
      // the paragraph right after a sentence that made someone the speaker is theirs.
      const ledIn = attribution === undefined && i === 0 && lastSetAt === p && wordsOf(text).length >= 5 && isWholeRest(c, paragraphs) && /[.!?]$/u.test(par.slice(0, c.open).trim());
      if (!ledIn && !isRealQuote(text, attribution, c, paragraphs) && !(attribution === undefined && wordsOf(text).length >= 5 && i > 0 && quotes.at(-1)?.paragraph === p && standsAlone(c, paragraphs))) continue;
      // An uncued quote continues the last speaker when it stands alone: a whole paragraph, or a sentence
      // that follows this paragraph's attributed quote (`"A," tulis Trump. "B."`).
      const continues = ledIn || isWholeParagraph(c, paragraphs) || (i > 0 && quotes.at(-1)?.paragraph === p && standsAlone(c, paragraphs) && sentenceBefore(par, c.open).trim() === '');
      // A speaker heard or named in this paragraph or the one before carries on; otherwise wait for a cue.
      const fresh = lastSetAt >= before || lastQuoteEnd >= before || i > 0;
      if (!speaker && !fresh && isWholeParagraph(c, paragraphs) && (pending.length === 0 || pending.at(-1)!.end === before)) {
        pending.push({ quote: { text, cue: '', paragraph: c.p0 }, end: c.p1 });
        continue;
      }
      // The run of uncued quote paragraphs just before a cued one was the same voice; otherwise the last one.
      flushPending(speaker && pending.at(-1)?.end === before && c.p0 === p ? speaker : last);
      const who = speaker ?? (continues ? last : undefined);
      if (!who) continue;
      const role = attribution?.phrase.role ?? who.role;
      remember(role ? { ...who, role } : who); // "tambahnya" later keeps the role given with the name
      quotes.push(saidBy(who, { text, cue: attribution?.cue ?? '', paragraph: c.p0 }, role, attribution?.via));
      lastQuoteEnd = c.p1;
    }
    if (here.length) noteIndirectSpeech(par.slice(lastClose(here, p) + 1), p, 'follows a quote');
    else flushPending(last);
  }
  flushPending(last);
  return { quotes, speakers: [...speakers.values()] };

  /** The quote as said by `who`; an undefined `via` falls back to the medium the whole article cites. */
  function saidBy(who: ResolvedSpeaker, q: Omit<Quote, 'speaker' | 'speakerSlug'>, role = who.role, via = article.citedSource): Quote {
    return { ...q, speaker: who.name, speakerSlug: who.slug.replace(/^~/, ''), ...(role ? { role } : {}), ...(via ? { via } : {}) };
  }

  function flushPending(who: ResolvedSpeaker | undefined) {
    if (who) quotes.push(...pending.map((x) => saidBy(who, x.quote)));
    pending = [];
  }

  function speakerFor(phrase: SpeakerPhrase, paragraph: number, at: number): ResolvedSpeaker | undefined {
    // "tulis @michaeltjendara": a handle spelling the name of someone the article names is that person.
    const owner = handleOwner(phrase.name ?? phrase.descriptor ?? '', paragraph);
    if (owner) return owner;
    const byInitials = initialsFor(phrase);
    if (byInitials) return { name: byInitials, slug: `~${slugify(byInitials)}`, aliases: [], known: false };
    if (phrase.name) {
      const body = bodyNamed(phrase.name);
      if (body) return body;
      const r = resolveName(phrase.name, mentions, paragraph, k);
      // "ujar pria yang disapa Ketjuk ini": a nickname no one carries yet belongs to the person being followed.
      if (phrase.nickname && r.name === phrase.name && last && !last.slug.startsWith('~')) {
        const tokens = mentions.find((m) => m.name === last!.name)?.tokens ?? last.name.split(' ');
        mentions.push({ name: last.name, tokens: [...tokens, phrase.name], paragraph });
        return last;
      }
      return r;
    }
    // "ujarnya" before anyone has spoken: someone given a role, else the person the article keeps naming.
    if (!phrase.descriptor) return last ?? lastMentionBefore(mentions, paragraph, k) ?? protagonist() ?? lastNamedInFull(paragraph) ?? inHeadline(paragraph);
    const described = REFERS_BACK.test(phrase.descriptor) ? antecedent(phrase.descriptor, paragraph, at) : phrase.descriptor;
    // "bunyi aturannya", "tulis beleid Pasal 1", "bunyi pasal 4 ayat 3": a rule speaks as itself, the last one the
    // article named ("Peraturan Presiden Nomor 49 Tahun 2025"); kept unlisted, since a regulation is no one to follow.
    const rule = REGULATION_WORD.test(phrase.descriptor) ? lastRegulation(paragraph, at) : undefined;
    if (rule) return { name: rule, slug: `~${slugify(rule)}`, aliases: [], known: false };
    if (DOCUMENT_SPEAKER.test(phrase.descriptor)) {
      // "kata memo tersebut": the document speaks for whoever issued it, when the article says who
      // ("memo internal Departemen Luar Negeri", "pernyataan Kremlin"); otherwise for the last speaker.
      const issuer = described?.replace(DOCUMENT_SPEAKER, '').replace(/^\s*(?:internal|resmi|tertulis|bersama)?\s*(?:dari|oleh)?\s*/u, '').trim();
      if (!issuer || !/^\p{Lu}/u.test(issuer)) return last ?? lastMentionBefore(mentions, paragraph, k);
      // "putusan MK": a body the article spelled out beside its initials ("Mahkamah Konstitusi (MK)").
      const spelled = bodyNamed(issuer);
      if (spelled) return spelled;
      const named = parseSpeakerPhrase(issuer, k);
      if (named.name) return { ...resolveName(named.name, mentions, paragraph, k), ...(named.role ? { role: named.role } : {}) };
      return { name: issuer, slug: `~${slugify(issuer)}`, aliases: [], known: false };
    }
    // A description pointing back names no one itself ("Dokter Spesialis Kulit dan Kelamin … itu").
    const named = described && !(phrase.refersBack && described === phrase.descriptor) ? parseSpeakerPhrase(described, k) : {};
    if (named.name) return { ...resolveName(named.name, mentions, paragraph, k), ...(named.role ? { role: named.role } : {}) };
    const d = described ?? phrase.descriptor.replace(REFERS_BACK, '');
    // "ungkap AHY", "kata Menko AHY", "kata JK diikuti tawa peserta": initials for someone named in full earlier.
    // "kata Pak JK": two letters after a form of address are initials too.
    const leadingInitials = /^(\p{Lu}{2,5})\s+\p{Ll}/u.exec(d)?.[1] ?? /^(?:Pak|Bu|Bapak|Ibu|Bang|Mas|Mbak|Cak|Gus)\s+(\p{Lu}{2})$/u.exec(d)?.[1];
    const acronym = /^\p{Lu}{2,5}$/u.test(d) ? d : (/\s(\p{Lu}{3,5})$/u.exec(d)?.[1] ?? leadingInitials);
    const initials = acronym ? resolveName(acronym, mentions, paragraph, k) : undefined;
    if (initials && initials.name !== acronym) return acronym === d || acronym === leadingInitials ? initials : { ...initials, role: d.slice(0, -acronym!.length).trim() };
    // "kata MTI": a body the article spelled out is named in full ("Masyarakat Transportasi Indonesia").
    const body = acronym === d ? bodies.get(d) : undefined;
    if (body) return { name: body, slug: slugify(body), aliases: [d], known: false };
    const holder = roleHolder(d, paragraph);
    if (holder) return holder;
    // "Kombes Susatyo menjelaskan … kata Kapolres": a post no one was named with is the person being followed.
    if (BARE_POST.test(d) && last && !last.slug.startsWith('~') && !last.role) return { ...last, role: d };
    // "kata CEO ARK Investment itu", "ujar anggota DPR Fraksi Partai Golkar ini": an epithet pointing back with
    // no earlier mention of its words is the person the article is following.
    const foundAntecedent = REFERS_BACK.test(phrase.descriptor) && described !== undefined;
    if (!foundAntecedent && refersBack(phrase)) {
      const focus = last && !last.slug.startsWith('~') ? last : aboutWhom(paragraph);
      if (focus) return { ...focus, role: focus.role ?? d };
    }
    return { name: d, slug: `~${slugify(d)}`, aliases: [], known: false };
  }

  /**
   * "tegas Duta Besar", "ucap presiden Georgia ke-3 itu": a role without a name is the person last named
   * with that role ("Duta Besar Iran … Mohammad Boroujerdi", "mantan presiden Georgia, Mikheil Saakashvili").
   */
  function roleHolder(descriptor: string, paragraph: number): ResolvedSpeaker | undefined {
    const words = wordsOf(expandRole(descriptor)).filter((w) => w.length > 2 && !/^(?:itu|tersebut|para|seorang|sang)$/u.test(w));
    if (!words.length || !ROLE_HEADS.has(words[0]!)) return undefined;
    // The person being followed holds it when their post fits ("kata Prabowo … ujar Kepala Negara", with
    // Presiden Trump named in between).
    if (last?.role && words.every((w) => wordsOf(expandRole(last!.role!)).includes(w))) return last;
    // A known person's configured post counts too: "Trump … kata presiden" with Trump never written as "Presiden Trump".
    const roleOf = (m: Mention) => m.role ?? k.peopleByName.get(m.name.toLowerCase())?.role;
    const holder = mentions.filter((m) => m.paragraph <= paragraph && roleOf(m) && words.every((w) => wordsOf(expandRole(roleOf(m)!)).includes(w))).at(-1);
    return holder ? { ...resolveName(holder.name, mentions, paragraph, k), role: roleOf(holder) } : undefined;
  }

  /**
   * "juru bicara itu" refers back: the latest earlier mention of "juru bicara", extended by the words that
   * followed it there ("juru bicara Kementerian Pertahanan Jepang", or a name).
   */
  function antecedent(descriptor: string, paragraph: number, at: number): string | undefined {
    const head = descriptor.replace(/^(?:sang|seorang|para)\s+/u, '').replace(REFERS_BACK, '').toLowerCase();
    let fallback: string | undefined;
    for (let p = paragraph; p >= 0; p--) {
      const text = p === paragraph ? paragraphs[p]!.slice(0, at) : paragraphs[p]!;
      const lower = text.toLowerCase();
      for (let i = lower.lastIndexOf(head); i >= 0; i = i > 0 ? lower.lastIndexOf(head, i - 1) : -1) {
        let tail = text.slice(i + head.length).split(/\s+/).filter(Boolean);
        // "Pernyataan resmi dimuat Kantor Juru Bicara …": a document names its issuer after a passive verb.
        if (DOCUMENT_SPEAKER.test(head)) tail = tail.filter((t, ti) => !(ti < 3 && /^(?:resmi|internal|tertulis|yang|dimuat|dirilis|dikeluarkan|disampaikan|diterbitkan|dari|oleh)$/u.test(t)));
        if (/^(?:itu|tersebut|ini)\b/u.test(tail[0] ?? '')) continue; // another reference back, not the antecedent
        const taken: string[] = [];
        for (const t of tail) {
          const bare = t.replace(/[,.;:]+$/u, '');
          if (/^\p{Lu}|^\(/u.test(bare) || ROLE_WORDS.has(bare.toLowerCase()) || (!taken.length && /^(?:internal|resmi|tertulis)$/u.test(bare))) taken.push(bare);
          else break;
          if (/[,.;:]$/.test(t)) break;
        }
        while (taken.length && /^\p{Ll}/u.test(taken.at(-1)!)) taken.pop(); // "Presiden UEFA dalam …": not "dalam"
        const found = cutGluedName([text.slice(i, i + head.length), ...taken].join(' '), k);
        if (parseSpeakerPhrase(found, k).name) return found;
        // The nearest mention, unless it is the bare word and an earlier one says more ("memo internal Departemen …").
        if (fallback === undefined || fallback.toLowerCase() === head) fallback = found;
      }
    }
    return fallback;
  }

  /**
   * Indirect speech says who "ia" is next. So does a person as the subject of the sentences leading into a
   * quote ("Justin Hubner memperkenalkan mereknya. "Hai, …," katanya.") or opening a paragraph.
   */
  function noteIndirectSpeech(text: string, paragraph: number, where: 'leads into a quote' | 'opens a paragraph' | 'follows a quote') {
    for (const [i, sentence] of text.replace(TITLE_DOT, '$1 ').split(/(?<=[.!?])\s+(?=\p{Lu})/u).entries()) {
      // "Ia juga mengatakan, …", "Walau demikian, kata dia, …": the same speaker, still talking.
      const phrase = indirectSpeaker(sentence, k);
      if (last && (phrase?.pronoun || SAME_SPEAKER_GOES_ON.test(sentence))) lastSetAt = paragraph;
      const watch = where === 'leads into a quote' || (where === 'opens a paragraph' && i === 0);
      const subject = !phrase && watch ? clauseSubjectName(sentence, k) : undefined;
      // Opening a paragraph, the subject must be someone: known, heard, given a role, or described as a person
      // right after the name ("Tom Neill (70), mantan petugas kepolisian, …").
      const described = describedAsPerson(sentence, subject ?? '');
      const strict = where === 'opens a paragraph' && !described;
      const person = subject ? personNamed(subject, paragraph, strict, described) : undefined;
      // "Menurut pentolan Dewa 19 itu, …" before anyone has spoken: the person the article is about.
      const pointedAt = !last && phrase?.descriptor && refersBack(phrase) ? aboutWhom(paragraph) : undefined;
      if (person && person.slug !== last?.slug) remember(person);
      else if (phrase?.name) {
        // "Dispertan memastikan …, ujarnya": a body's spokesperson already heard goes on speaking for it.
        const body = bodyNamed(phrase.name);
        if (!body || !last || last.slug.startsWith('~')) remember(body ?? resolveName(phrase.name, mentions, paragraph, k));
      }
      else if (phrase?.descriptor && refersBack(phrase) && last && !last.slug.startsWith('~')) continue; // "politikus Golkar ini menilai": still them
      else if (pointedAt) remember(pointedAt);
      // "Kapolres menjelaskan …": a post on its own is the person last named with it.
      else if (phrase?.descriptor) remember(initialsHolder(phrase.descriptor, paragraph) ?? roleHolder(phrase.descriptor, paragraph) ?? { name: phrase.descriptor, slug: `~${slugify(phrase.descriptor)}`, aliases: [], known: false });
    }
  }

  function handleOwner(phrase: string, paragraph: number): ResolvedSpeaker | undefined {
    const handle = /^(?:akun\s+(?:Instagram\s+|X\s+|TikTok\s+)?)?@([\p{L}\d._]{6,})$/u.exec(phrase.trim())?.[1]?.toLowerCase().replace(/[\d._]/gu, '');
    if (!handle) return undefined;
    const m = mentions.find((x) => x.paragraph <= paragraph && x.tokens.length >= 2 && handle.includes(x.tokens.join('').toLowerCase()));
    return m ? resolveName(m.name, mentions, paragraph, k) : undefined;
  }

  /** "Dispertan memastikan …": a body the article named in full before its short form ("Dinas Pertanian dan Pangan (Dispertan)"). */
  function bodyNamed(name: string): ResolvedSpeaker | undefined {
    const body = bodies.get(name);
    return body ? { name: body, slug: slugify(body), aliases: [name], known: false } : undefined;
  }

  /** "Semua itu, kata HNW, …": initials for someone the article named in full ("Hidayat Nur Wahid (HNW)"). */
  function initialsHolder(descriptor: string, paragraph: number): ResolvedSpeaker | undefined {
    if (!/^\p{Lu}{2,5}$/u.test(descriptor)) return undefined;
    const r = resolveName(descriptor, mentions, paragraph, k);
    return r.name !== descriptor ? r : undefined;
  }

  /** Whom the article is about at this paragraph: the surname printed most, else the first person named. */
  /**
   * "pengemudi Pajero berinisial AR" … "ujar pengemudi Pajero": a person the article names only by initials is
   * the one its description points to; "pelaku", "korban" or "tersangka" point to the first such person when the
   * paragraph that introduced them uses that word too.
   */
  function initialsFor(phrase: SpeakerPhrase): string | undefined {
    if (!introduced.length || phrase.pronoun) return undefined;
    const words = [phrase.role, phrase.name, phrase.descriptor].filter(Boolean).join(' ').toLowerCase().split(/\s+/u);
    const head = words[0] === 'seorang' || words[0] === 'sang' || words[0] === 'para' ? words[1] : words[0];
    if (!head) return undefined;
    // The cue may drop the lower-case noun ("ujar pengemudi Pajero" read as the name "Pajero").
    const match = introduced.filter((x) => (x.description[0] === head && x.description.every((w) => words.includes(w))) || (phrase.name && x.description.length >= 2 && words.every((w) => x.description.includes(w))));
    if (match.length === 1) return match[0]!.initials;
    if (!/^(?:pelaku|tersangka|korban)$/u.test(head) || words.length > 2) return undefined;
    const headWord = new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}])`, 'iu');
    return headWord.test(paragraphs[introduced[0]!.paragraph]!) ? introduced[0]!.initials : undefined;
  }

  function aboutWhom(paragraph: number): ResolvedSpeaker | undefined {
    return mostNamed(paragraph) ?? firstNamed(paragraph);
  }

  /** The person whose surname the article has printed most up to this paragraph, at least twice. */
  function mostNamed(paragraph: number): ResolvedSpeaker | undefined {
    const text = paragraphs.slice(0, paragraph + 1).join(' ');
    let best: { name: string; n: number } | undefined;
    for (const m of mentions) {
      if (m.paragraph > paragraph || m.tokens.length < 2 || PLACE_OR_BODY.test(m.name)) continue;
      const n = text.split(new RegExp(`(?<![\\p{L}])${escapeRegExp(m.tokens.at(-1)!)}(?![\\p{L}])`, 'u')).length - 1;
      if (n >= 2 && (!best || n > best.n)) best = { name: m.name, n };
    }
    return best ? resolveName(best.name, mentions, paragraph, k) : undefined;
  }

  /**
   * The person the article is about: named in full, then by surname alone at least twice ("Ron Garan" …
   * "Garan bergabung di NASA"). Places and bodies are never shortened so ("Los Angeles", "Piala Dunia").
   */
  function protagonist(): ResolvedSpeaker | undefined {
    if (protagonistCache !== null) return protagonistCache;
    const text = paragraphs.join(' ');
    let best: { name: string; n: number } | undefined;
    for (const m of mentions) {
      if (m.tokens.length < 2 || PLACE_OR_BODY.test(m.name) || !m.tokens.every((t) => isNameToken(t, k))) continue;
      const [surname, before] = [escapeRegExp(m.tokens.at(-1)!), escapeRegExp(m.tokens.at(-2)!)];
      const n = text.match(new RegExp(`(?<![\\p{L}])(?<!${before}\\s)${surname}(?![\\p{L}])`, 'gu'))?.length ?? 0;
      if (n >= 2 && (!best || n > best.n)) best = { name: m.name, n };
    }
    // A person called by a short form of the name ("Sri Wahyuni" … "Yuni menuturkan") counts those mentions too.
    const shortForms = new Map<string, number>();
    for (const w of text.match(/(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?![\p{L}])/gu) ?? []) shortForms.set(w, (shortForms.get(w) ?? 0) + 1);
    for (const [w, n] of shortForms) {
      if (n < 3 || (best && n <= best.n) || mentions.some((m) => m.tokens.includes(w))) continue;
      const r = resolveName(w, mentions, paragraphs.length, k);
      if (r.name !== w && r.name.includes(' ') && !PLACE_OR_BODY.test(r.name)) best = { name: r.name, n };
    }
    protagonistCache = best ? resolveName(best.name, mentions, paragraphs.length, k) : undefined;
    return protagonistCache;
  }

  /** The last regulation named before the quote (not one the quote itself cites). */
  function lastRegulation(paragraph: number, at: number): string | undefined {
    for (let p = paragraph; p >= 0; p--) {
      const text = p === paragraph ? paragraphs[p]!.slice(0, at) : paragraphs[p]!;
      // "Perpres Nomor 49 Tahun 2025 tentang Pencabutan Perpres Nomor 87 Tahun 2016": the one named in another's title is not it.
      const found = [...text.matchAll(REGULATION)].filter((m) => !/tentang(?:\s+\p{Lu}\p{L}*)*\s+$/u.test(text.slice(Math.max(0, m.index! - 60), m.index))).at(-1)?.[0];
      if (found) return found.replace(/\s+/gu, ' ');
    }
    return undefined;
  }

  /** "Frida Hertiza Dewi mencuri perhatian … "…," katanya": with no one else to point to, the last person named in full. */
  function lastNamedInFull(paragraph: number): ResolvedSpeaker | undefined {
    // Only someone a sentence is about: the name is followed by a verb ("Frida … mencuri", "Vika, warga Bekasi, mengaku").
    // Not a place, a venue or a title ("di Istora Senayan mendatang", "lagu To Let You Go menceritakan").
    const actsIn = (x: Mention) => new RegExp(`(?<!(?:di|ke|dari|lagu|Lagu|album|film|single|bertajuk|berjudul|akun|program|acara)\\s)${escapeRegExp(x.name)}(?:\\s*,[^,.]{1,80},)?\\s+(?:(?:pun|juga|kini|sudah|telah|akan|sedang|tengah)\\s+)?(?:me|ber|ter|di)\\p{Ll}{3,}`, 'u').test(paragraphs[x.paragraph]!);
    const m = mentions.findLast((x) => x.paragraph <= paragraph && x.tokens.length >= 2 && !PLACE_OR_BODY.test(x.name) && x.tokens.every((t) => isNameToken(t, k)) && actsIn(x));
    return m ? resolveName(m.name, mentions, paragraph, k) : undefined;
  }

  /**
   * "Marcella Santoso Bantah …", "Deborah Datang ke Tel Aviv …": the person the headline names first, by a
   * name the body gives in full; not a place it goes to ("ke Tel Aviv"). Last resort for "ujar dia" when no
   * one has spoken and no one was named with a role.
   */
  function inHeadline(paragraph: number): ResolvedSpeaker | undefined {
    const title = article.title ?? '';
    let best: { m: Mention; at: number } | undefined;
    for (const m of mentions) {
      if (m.paragraph > paragraph || m.tokens.length < 2 || PLACE_OR_BODY.test(m.name) || !m.tokens.every((t) => isNameToken(t, k))) continue;
      // The full name anywhere, or a part of it opening the headline ("Deborah Datang …", not "Ada Hari Bebas").
      const at = title.search(new RegExp(`(?<![\\p{L}])(?<!(?:di|ke|dari|Di|Ke|Dari)\\s)(?:${escapeRegExp(m.name)}|^(?:${m.tokens.map(escapeRegExp).join('|')}))(?![\\p{L}])`, 'u'));
      if (at >= 0 && (!best || at < best.at)) best = { m, at };
    }
    return best ? resolveName(best.m.name, mentions, paragraph, k) : undefined;
  }

  /** "kata sang penyanyi" in the first quote: the person the article opens with, named in full. */
  function firstNamed(paragraph: number): ResolvedSpeaker | undefined {
    const m = mentions.find((x) => x.paragraph <= paragraph && x.tokens.length >= 2 && !PLACE_OR_BODY.test(x.name));
    return m ? resolveName(m.name, mentions, paragraph, k) : undefined;
  }

  /**
   * The person a name stands for, if it is one: known to kabar, or written in full somewhere. Strictly (a paragraph
   * with no quote), only someone who has spoken or been named with a role: "Diguyur Hujan" is not a person.
   */
  function personNamed(name: string, paragraph: number, strict: boolean, described = false): ResolvedSpeaker | undefined {
    const r = resolveName(name, mentions, paragraph, k);
    const person = strict ? r.known || r.role !== undefined || speakers.has(r.slug) : r.known || (r.name.includes(' ') && !PLACE_OR_BODY.test(r.name)) || described;
    return person ? r : undefined;
  }
}

/** "Tom Neill (70), mantan petugas …", "Naufal (20), salah satu pengunjung": the name is followed by what person it is. */
function describedAsPerson(sentence: string, name: string): boolean {
  if (!name) return false;
  // "Ali (31), generasi kedua pedagang buku": only a person is given an age.
  if (sentence.split(name).slice(1).some((rest) => AGE_NEXT.test(rest))) return true;
  const after = sentence.replace(AGE, '').split(name)[1] ?? '';
  const next = /^\s*,\s*(?:mantan\s+|eks\s+|seorang\s+|salah (?:satu|seorang)\s+)?(\p{Ll}+)/u.exec(after)?.[1];
  return next !== undefined && PERSON_NOUNS.has(next);
}

const SAME_SPEAKER_GOES_ON = /^(?:Menurutnya|Katanya)\b|(?:^|[\s,])(?:kata|ujar|tutur|imbuh|tambah)(?:nya|\s+(?:dia|ia|beliau))\b|^(?:\p{Lu}\p{Ll}+\s+){0,2}(?:ia|dia|beliau|Ia|Dia|Beliau)\s+(?:(?:juga|pun|lalu|kemudian|kembali)\s+)?(?:mengatakan|menyatakan|menegaskan|menjelaskan|menambahkan|menyebut|mengungkapkan|menilai)\b/u;

/** "Dirjen IKFT" is the "Direktur Jenderal … (IKFT)" named before: abbreviated posts compared written out. */
const ROLE_ABBREVIATIONS: [RegExp, string][] = [
  [/\bdirjen\b/gu, 'direktur jenderal'],
  [/\bdirut\b/gu, 'direktur utama'],
  [/\bsekjen\b/gu, 'sekretaris jenderal'],
  [/\bmenlu\b/gu, 'menteri luar negeri'],
  [/\bmenhan\b/gu, 'menteri pertahanan'],
  [/\bdubes\b/gu, 'duta besar'],
  [/\bjubir\b/gu, 'juru bicara'],
  [/\bketum\b/gu, 'ketua umum'],
  [/\bkepala negara\b/gu, 'presiden'], // "ujar Kepala Negara": the president last named
  [/\bmendag\b/gu, 'menteri perdagangan'],
  [/\bmenkeu\b/gu, 'menteri keuangan'],
  [/\bmenpar\b/gu, 'menteri pariwisata'],
  [/\bmenkes\b/gu, 'menteri kesehatan'],
  [/\bmenhub\b/gu, 'menteri perhubungan'],
  [/\bmentan\b/gu, 'menteri pertanian'],
  [/\bmendagri\b/gu, 'menteri dalam negeri'],
  [/\bwamen\b/gu, 'wakil menteri'],
  [/\bmendikbud\b/gu, 'menteri pendidikan dan kebudayaan'],
  [/\bmensos\b/gu, 'menteri sosial'],
  [/\bmenag\b/gu, 'menteri agama'],
  [/\bmenperin\b/gu, 'menteri perindustrian'],
  [/\bmenaker\b/gu, 'menteri ketenagakerjaan'],
  [/\bmenpora\b/gu, 'menteri pemuda dan olahraga'],
  [/\bmenbud\b/gu, 'menteri kebudayaan'],
  [/\bwamenpar\b/gu, 'wakil menteri pariwisata'],
  [/\bwamensos\b/gu, 'wakil menteri sosial'],
  [/\bwamenlu\b/gu, 'wakil menteri luar negeri'],
  [/\bmenkumham\b/gu, 'menteri hukum dan hak asasi manusia'],
];
function expandRole(role: string): string {
  return ROLE_ABBREVIATIONS.reduce((r, [re, full]) => r.replace(re, full), role.toLowerCase());
}

/** "juru bicara itu", "memo tersebut", "anggota DPR … ini": a description pointing back at someone named earlier. */
const REFERS_BACK = /\s+(?:itu|tersebut|ini)$/u;

/** A doctor's or scholar's degree written after the name ("Sp.DVE", "Subsp.Ven", "M.Sc", or undotted "SpPD-KGEH"). */
const DEGREE = /^(?:\p{Lu}\p{L}{0,5}\.\p{Lu}|Sp\p{Lu}{1,4}(?:-\p{Lu}{2,4})?(?![\p{L}]))/u;

/** "kata Rep. Valerie Foushee": a title's full stop does not end the speaker phrase. */
const TITLE_DOT = /(?<![\p{L}])(Rep|Sen|Gov|Dr|dr|Prof|prof|Jend|Kol|Ir|Drs|Mr|Mrs|Ms|Ny|Tn|Hj|Capt|Kapt|Plt|Plh|Pj)\.\s+(?=\p{Lu}|dr\.)/gu;

/** Trades an outlet names its subject by instead of repeating the name ("kata aktor dari Bali"). */
const BARE_EPITHET = new Set(['aktor', 'aktris', 'penyanyi', 'pelatih', 'pembalap', 'pemain', 'penulis', 'artis', 'musisi', 'atlet', 'petenis', 'pegolf', 'petinju', 'komedian', 'sutradara', 'presenter', 'selebgram', 'youtuber', 'rapper', 'legenda', 'taktisi', 'striker', 'gelandang', 'kiper', 'pesepak', 'pebulu']);
/** Nouns that name a performer by their work ("pentolan Dewa 19"): the person the article is about. */
const BY_THEIR_WORK = new Set(['pentolan', 'vokalis', 'gitaris', 'drummer', 'pelantun', 'pemeran', 'bintang']);

/** A mention that names a place, an event or a body ("Desa Banaran", "Taipei Open", "Polres Dumai"), never a person to follow. */
/** "pengemudi Pajero berinisial AR (37)", "Seorang pria berinisial RR": people the article names only by initials. */
const BY_INITIALS = /((?:\p{L}+\s+){1,3})(?:yang\s+)?(?:ber)?inisial\s+(\p{Lu}{1,4})(?![\p{L}])/gu;
const DESCRIPTION_STOP = /^(?:seorang|sang|yang|dan|itu|ini|tersebut|adalah|bernama|diketahui|warga|asal|dari|kepada|oleh|untuk|dengan|pada|di|ke)$/u;

function introducedByInitials(paragraphs: string[]): { description: string[]; initials: string; paragraph: number }[] {
  return paragraphs.flatMap((p, paragraph) =>
    [...p.matchAll(BY_INITIALS)].map((m) => {
      const words = m[1]!.trim().toLowerCase().split(/\s+/u);
      const from = words.findLastIndex((w) => DESCRIPTION_STOP.test(w));
      return { description: words.slice(from + 1), initials: m[2]!, paragraph };
    }).filter((x) => x.description.length > 0),
  );
}

const PLACE_OR_BODY = /(?<![\p{L}])(?:Desa|Dusun|Kota|Kabupaten|Kecamatan|Kelurahan|Provinsi|Jalan|Jl|Gedung|Museum|Stadion|Bandara|Stasiun|Terminal|Pasar|Pantai|Gunung|Sungai|Pulau|Danau|Taman|Mal|Halte|Hotel|Masjid|Gereja|Pura|Vihara|Candi|Rumah|RSUD|Puskesmas|Sekolah|Universitas|Polres|Polresta|Polda|Polsek|Pemkot|Pemkab|Pemprov|Dinas|Badan|Kementerian|Open|Cup|Forum|Festival|Expo|Award|Awards|Liga|Piala|Tim|Timnas|Club|FC|PT|Tbk)(?![\p{L}])/u;

/** A post alone, as a cue names it ("Kapolres", "Kapolda", "Kajari"). */
const BARE_POST = /^(?:Kapolres|Kapolresta|Kapolda|Kapolsek|Kajari|Kajati|Kasatreskrim|Kasat|Dandim|Danrem|Kalakhar|Kadis|Kabid)$/u;

/** "seorang pejabat", "salah satu sumber": someone new, whatever "itu" ends the sentence. */
const INDEFINITE = /^(?:seorang|salah se?orang|salah satu|sejumlah|beberapa|para|sebuah)\b/iu;

/** A definite description of a person ("bos Nvidia itu"), not of an office ("kantor pemerintah itu"). */
function refersBack(phrase: SpeakerPhrase): boolean {
  const d = phrase.descriptor ?? '';
  const head = d.split(/\s+/)[0]!.toLowerCase();
  return (phrase.refersBack || REFERS_BACK.test(d)) && (isPersonNoun(head) || BARE_EPITHET.has(head));
}

function lastMentionBefore(mentions: Mention[], paragraph: number, k: Knowledge): ResolvedSpeaker | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    // "… di Mal Taman Anggrek, Jakarta": a place the capitalised post-like word before it makes look titled is no one.
    if (m.paragraph <= paragraph && !PLACE_OR_BODY.test(m.name) && (m.role || k.peopleByName.has(m.name.toLowerCase()))) return resolveName(m.name, mentions, paragraph, k);
  }
  return undefined;
}

/** A fact-check's paragraph that hands over to the quote below it: "… berupa tulisan sebagai berikut.", "Berikut isi postingannya:". */
const BERIKUT = /berikut(?:\s+ini)?\s*[.:]$/u;
/** Who posted what a fact-check quotes: "diunggah salah satu akun Facebook", "pesan berantai". */
const POSTER = /(?:(?:salah\s+satu|sebuah)\s+)?akun\s+(?:media\s+sosial\s+)?(?:Facebook|Instagram|X|Twitter|TikTok|YouTube|Threads|Telegram)(?:\s+@[\w.]+)?|pesan\s+berantai/iu;

/**
 * A quote paragraph after a lead-in paragraph: the lead-in's own cue ("Trump menulis:"), else the account or
 * chain message the lead-in or the two paragraphs before it name.
 */
function leadIn(previous: string, earlier: string[], k: Knowledge, isPerson: (name: string) => boolean): Attribution | undefined {
  const lead = previous.trim();
  if (!BERIKUT.test(lead) && !lead.endsWith(':')) return undefined;
  const sentence = lead.slice(lead.search(/[^.!?]*[.!?:]$/u));
  // "… dengan kutipan dari tokoh pejuang Afrika Selatan, Nelson Mandela:": the person named last, at the colon.
  const atColon = /,\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*:$/u.exec(sentence)?.[1];
  if (atColon && isPerson(atColon)) return { cue: ':', phrase: { name: atColon } };
  // "Trump menulis:", "Charly membagikan tulisan berikut:": the lead-in's named subject.
  const cued = cueBefore(sentence, k);
  if (cued?.phrase.name) return cued;
  const name = clauseSubjectName(sentence, k);
  if (name && isPerson(name)) return { cue: cued?.cue ?? 'berikut', phrase: { name } };
  // Only a fact-check's "berikut" hands the quote to an account; after a bare colon the account named
  // earlier is often a person's own ("akun Instagram Mario Teguh … diberi tulisan:").
  if (!BERIKUT.test(lead)) return undefined;
  for (const text of [lead, ...[...earlier].reverse()]) {
    const poster = POSTER.exec(text)?.[0];
    if (poster) return { cue: 'berikut', phrase: { descriptor: poster.replace(/\s+/gu, ' ') } };
  }
  return undefined;
}

/** Finds the cue after the closing mark (`,” ujar Wang`) or before the opening one (`Ia mengatakan, “`). */
function attribute(c: Candidate, paragraphs: string[], k: Knowledge, next: Candidate | undefined): Attribution | undefined {
  const endPar = paragraphs[c.p1]!;
  if (c.close >= 0) {
    const nextOpen = next && next.p0 === c.p1 ? next.open : endPar.length;
    const after = endPar.slice(c.close + 1, nextOpen);
    const found = cueAfter(after, k, /,\s*$/u.test(endPar.slice(0, c.close)));
    if (found) {
      const tail = after.trimEnd();
      // `"A," kata X, "B."` and `"A," katanya. "B."` (B closing the paragraph) are one quote.
      const splitCue = (/,$/.test(tail) && !/[.!?]/.test(after.slice(0, -1))) || (next !== undefined && /^[^.!?]+\.$/u.test(tail.trim()) && isWholeRest(next, paragraphs));
      // B may run on into the next paragraphs (`"A," kata X. "B … ¶ … C."`): still one quote.
      const merged = next && next.p0 === c.p1 && splitCue && (next.close >= 0 || next.p1 > c.p1)
        ? { text: next.text, close: next.close, p1: next.p1 }
        : undefined;
      return { ...found, ...(merged ? { merged } : {}) };
    }
  }
  const startPar = paragraphs[c.p0]!;
  const before = sentenceBefore(startPar, c.open);
  return cueBefore(before, k);
}

const LONG_CUES = [...CUE_AFTER].filter((cue) => cue.length >= 5);

/** "terangnnya", "sambugnya Platini": a cue word of five letters or more the outlet mistyped by one letter. */
function correctedCue(word: string, rest: string): string {
  if (CUE_AFTER.has(word) || word.length < 5 || !(word.endsWith('nya') || /^\s+\p{Lu}/u.test(rest))) return word;
  return LONG_CUES.find((cue) => cue.endsWith('nya') === word.endsWith('nya') && withinOneEdit(cue, word)) ?? word;
}

/** `commaInside`: the quote ended in a comma (`…,"`), so the words after it attribute it even without a speech verb. */
function cueAfter(after: string, k: Knowledge, commaInside = false): Attribution | undefined {
  const sentence = after.replace(/^[\s,*_]+/, '').replace(TITLE_DOT, '$1 ').split(/(?<=[^A-Z.][.!?])\s/u)[0] ?? '';
  // `," demikian isi pemberitahuan itu.` and `," demikian konfirmasi Arsenal.` read like `," bunyi …`.
  // `," demikian disampaikan Roy …`, `," demikian Kepala BPS Amalia Adininggar.` read like `," kata …`.
  const normalised = sentence
    // `," demikian dikutip dari akun Instagram Humas Pajak Jakarta.`, `… dari keterangan tertulis Sekretaris …`:
    // the channel's owner speaks (a bare `dikutip dari Reuters` names the medium, not the speaker).
    .replace(/^(?:demikian|begitu)\s+(?:seperti\s+)?(?:dikutip|dilansir)\s+(?:dari\s+)?(?:(?:akun|unggahan|postingan)\s+(?:resmi\s+)?(?:Instagram|X|Twitter|Facebook|TikTok|YouTube|Threads)(?:\s*\((?:dulu\s+)?(?:Twitter|X)\))?\s+(?:resmi\s+)?|(?:siaran pers|pernyataan(?:\s+resmi)?|keterangan(?:\s+(?:tertulis|resmi))?|situs(?:\s+resmi)?|laman(?:\s+resmi)?)\s+)(?=\p{Lu}|@)/u, 'kata ')
    // `," demikian bunyi pernyataan resmi yang diucapkan Van Dijk.`: who the relative clause says issued it.
    .replace(/^(?:demikian|begitu)\s+(?:bunyi\s+|isi\s+)?(?:pernyataan|keterangan|surat|unggahan|pesan|postingan)(?:\s+(?:resmi|tertulis))?\s+yang\s+(?:di\p{Ll}+kan|ditulis|dibuat|dirilis)\s+(?:oleh\s+)?(?=\p{Lu})/u, 'kata ')
    // `," demikian ia menuliskan.`, `," demikian pengumumannya.`: the one the article follows.
    // `," demikian unggahan tersebut.`, `," demikian kutipan pesan tersebut.`: so does the document pointed back at.
    .replace(/^(?:demikian|begitu)\s+(?:(?:ia|dia|beliau)\s+(?:me|ber)\p{Ll}+|\p{Ll}+nya|(?:unggahan|postingan|cuitan|pesan|kutipan|tulisan|keterangan|pernyataan|isi|bunyi|pengumuman|imbauan|surat|caption)(?:\s+\p{Ll}+)?\s+(?:tersebut|itu|ini))(?=[\s.,]|$)/u, 'katanya')
    .replace(/^(demikian|begitu)\s+(?:isi|konfirmasi|keterangan|pernyataan|laporan|imbauan|pengumuman|unggahan|postingan|cuitan|kutipan)(?:\s+(?:tertulis|resmi))?\s+/u, '$1 bunyi ')
    // `," pernyataan BPBD Sukabumi melalui rilis resminya.`: the statement named with its issuer is the cue.
    .replace(/^(?:pernyataan|keterangan|laporan)(?:\s+(?:tertulis|resmi))?\s+(?=\p{Lu})/u, 'bunyi ')
    .replace(/^(?:demikian|begitu)\s+(?:di\p{Ll}+kan|ditulis)\s+(?:oleh\s+)?(?=\p{Lu})|^(?:demikian|begitu)\s+(?:respons|tanggapan|jawaban|penjelasan|komentar|ucapan)\s+(?=\p{Lu})|^(?:demikian|begitu)\s+(?=\p{Lu})/u, 'kata ');
  const m = /^(?:demikian\s+|begitu\s+)?([\p{L}]+)(.*)$/su.exec(normalised);
  if (!m) return undefined;
  let rest = m[2]!;
  const word = correctedCue(m[1]!.toLowerCase(), rest);
  const via = VIA.exec(sentence)?.[1]?.replace(/[.,]+$/, '');
  const viaPart = via ? { via } : {};
  if (CUE_AFTER.has(word)) {
    // "lanjut pemain yang tampil impresif itu": a weak cue followed by a person noun is a cue too.
    const nextWord = /^\s*(\p{Ll}+)/u.exec(rest)?.[1] ?? '';
    if (WEAK_CUES.has(word) && !/^\s*(\p{Lu}|ia\b|dia\b|beliau\b|mereka\b|[.,]|$)/u.test(rest) && !DOCUMENT_SPEAKER.test(rest.trim()) && !(ROLE_HEADS.has(nextWord) || isPersonNoun(nextWord) || nextWord === 'pihak')) return undefined;
    if (word.endsWith('nya') && word !== 'tanya') return { cue: m[1]!, phrase: { pronoun: true }, ...viaPart };
    rest = rest.replace(/^\s*(?:lagi|pula|juga)\b/u, '');
    // "ujar pria yang disapa Ketjuk ini": the nickname names the speaker.
    // "ujar Tiko, sapaan akrabnya": a name the cue itself calls a nickname.
    const nick =
      /^\s*\p{Ll}+\s+yang\s+(?:(?:akrab|karib|biasa)\s+)?(?:disapa|dipanggil)\s+(\p{Lu}[\p{L}'’-]+)/u.exec(rest)?.[1] ??
      /^\s*(\p{Lu}[\p{L}'’-]+)\s*[,–-]\s*(?:sapaan|panggilan)\s+(?:akrab|karib)(?:nya)?\b/u.exec(rest)?.[1];
    if (nick) return { cue: m[1]!, phrase: { name: nick, nickname: true }, ...viaPart };
    // "ungkap pelantun Sang Dewi tersebut menambahkan": a trailing verb or adverb is not part of who.
    const phrase = withoutTrailingAdverbs((rest.split(PHRASE_STOP)[0] ?? '').trim());
    if (!phrase) return { cue: m[1]!, phrase: { pronoun: true }, ...viaPart };
    // "jelas Dokter Spesialis Kulit dan Kelamin di RSUD …, Solo itu": a description pointing back, whatever
    // capitalised words it holds.
    const firstWord = phrase.split(/\s+/)[0]!.toLowerCase();
    const described = (rest.split(/\s(?:saat|ketika|kepada|dalam|pada|melalui|lewat|seperti|sebagaimana)\s/u)[0] ?? '').trim();
    const pointsBack = /\s(?:itu|ini|tersebut)[.,]?$/u.test(described) && !/\s(?:me|ber)\p{Ll}{3,}\s/u.test(described);
    // "kata pentolan Dewa 19", "ujar pelantun Sang Dewi": naming someone by their work points back without "itu".
    // "ucap pemain yang dipinjamkan Como ke Palermo": a person described by a relative clause is the one followed.
    // "ujar pria Kosta Rika yang …": a man is never titled by his name ("pria Budi"), so the capitals are his origin.
    const describedByClause = (phrase.split(/\s+/).length <= 2 || (/^(?:pria|wanita|perempuan|lelaki)$/u.test(firstWord) && phrase.split(/\s+/).length <= 4)) && new RegExp(`^\\s*${escapeRegExp(phrase)}\\s+yang\\s`, 'u').test(rest);
    // "kata aktor dari Bali", "ujar pelatih asal Kroasia", "tulis aktor berusia 38 tahun": a bare trade, at most with an
    // origin or an age, is how outlets avoid repeating the name of the person they follow.
    const bareEpithet = BARE_EPITHET.has(firstWord) && /^\p{Ll}+(?:\s+(?:asal|dari)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*|\s+berusia\s+\d+\s+tahun)?[.,]?$/u.test(described);
    if (bareEpithet) return { cue: m[1]!, phrase: { descriptor: phrase, refersBack: true }, ...viaPart };
    // A post pointing back goes to whoever held it (roleHolder); a doctor described at length is the person followed.
    if ((pointsBack || describedByClause || BY_THEIR_WORK.has(firstWord)) && PERSON_NOUNS.has(firstWord) && (!ROLE_HEADS.has(firstWord) || firstWord === 'dokter') && !INDEFINITE.test(phrase)) {
      return { cue: m[1]!, phrase: { descriptor: phrase, refersBack: true }, ...viaPart };
    }
    const parsed = parseSpeakerPhrase(phrase, k);
    // "kata bos di perusahaan bernilai … itu": the place words cut the phrase, the sentence still points back.
    if (parsed.descriptor && /\s(?:itu|ini|tersebut)[.,]?\s*$/u.test(sentence) && !INDEFINITE.test(phrase)) parsed.refersBack = true;
    return { cue: m[1]!, phrase: parsed.descriptor ? withAppositiveName(parsed, rest, k) : parsed, ...viaPart };
  }
  // `,” ia menambahkan.` / `,” Wang menegaskan.` / `,” mereka menambahkan.`
  // Greedy over the capitalised words, so "Richard menambahkan" and "CEO Kulina Andy Fajar Handika menjelaskan" reach the verb.
  const verb = /^((?:ia|dia|beliau|mereka)\s+|(?:[\p{Lu}][\p{L}'’.-]*\s+){1,6})(?:\s*(?:pun|juga|lalu|kemudian|kembali)\s+)?(\p{L}+)/u.exec(sentence);
  if (verb && SPEECH_VERBS.has(verb[2]!.toLowerCase()) && verb[1]!.trim()) {
    return { cue: verb[2]!, phrase: parseSpeakerPhrase(verb[1]!, k), ...viaPart };
  }
  // `,” jenderal polisi bintang satu itu menambahkan.`: an epithet pointing back, then the verb.
  const epithet = /^((?:sang\s+)?(\p{Ll}+)(?:\s+[\p{L}\d-]+){0,6}\s+(?:itu|ini|tersebut))\s+(\p{L}+)/u.exec(sentence);
  if (epithet && SPEECH_VERBS.has(epithet[3]!.toLowerCase()) && (isPersonNoun(epithet[2]!) || BARE_EPITHET.has(epithet[2]!))) {
    return { cue: epithet[3]!, phrase: { descriptor: epithet[1]!, refersBack: true }, ...viaPart };
  }
  if (commaInside) {
    // `…," Fajar mempertegas.`, `…," Yasmin Napper berbagi cerita.`: after a comma inside the mark, a name and any verb sign it.
    const named = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4})((?:me|mem|men|meng|meny|ber)\p{Ll}{3,})(?![\p{L}])/u.exec(sentence);
    const phrase = named ? parseSpeakerPhrase(named[1]!, k) : undefined;
    if (named && phrase?.name) return { cue: named[2]!, phrase, ...viaPart };
    // `…," Sonya Rebecca, dokter hewan …, kepada Kompas.com.`: a name, a description and the medium told.
    const told = /^((?:[\p{Lu}][\p{L}'’.-]*\s*){2,4}),[^.!?]{0,200}?\s(?:kepada|saat dihubungi|ketika dihubungi|saat ditemui|ketika ditemui)\s/u.exec(sentence);
    const teller = told ? parseSpeakerPhrase(told[1]!.trim(), k) : undefined;
    if (told && teller?.name?.includes(' ')) return { cue: '', phrase: teller, ...viaPart };
    // `…,” Juru Bicara Arrmanatha Nasir di Gedung Kemlu, Kamis.`: a name signing it, then where or when.
    const signedAt = /^((?:\p{Lu}[\p{L}'’.-]*\s+){2,6})(?:di|saat|ketika|dalam|usai|seusai|pada)\s/u.exec(sentence);
    const signer = signedAt ? parseSpeakerPhrase(signedAt[1]!.trim(), k) : undefined;
    if (signedAt && signer?.name?.includes(' ')) return { cue: '', phrase: signer, ...viaPart };
  }
  // `“…” Geoffrey Kendrick.`: a full name alone after the quote signs it.
  const signature = /^(\p{Lu}[^.!?:]{3,80})\.?$/u.exec(sentence.trim())?.[1];
  if (signature && signature.split(/[\s,]+/).every((w) => /^\p{Lu}/u.test(w) || ROLE_WORDS.has(w) || /^(?:asal|dari|di)$/u.test(w))) {
    const signed = parseSpeakerPhrase(signature, k);
    if (signed.name?.includes(' ')) return { cue: '', phrase: signed, ...viaPart };
  }
  return undefined;
}

/** "kata ahli biologi dari University of California, Berkeley, Michael Shapira, yang …": the name comes later. */
function withAppositiveName(phrase: SpeakerPhrase, rest: string, k: Knowledge): SpeakerPhrase {
  const sentence = rest.split(/(?<=[^A-Z.][.!?])\s/u)[0] ?? rest;
  for (const segment of sentence.split(',').slice(1, 5)) {
    // "…, Danielle Levitas kepada BuzzFeed News": the name ends where the place, time or medium begins.
    // "…, dr. Naveed Asif": a title before the name is not part of it.
    const tokens = (segment.split(PHRASE_STOP)[0] ?? '').trim().replace(/^(?:dr|Dr|Prof|prof)\.?\s+/u, '').split(/\s+/).filter(Boolean);
    // "ujar jaksa saat membacakan tuntutan di Pengadilan Tipikor Jakarta, Jalan Bungur Raya": a street is no name.
    if (tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => isNameToken(t, k)) && !PLACE_OR_BODY.test(tokens[0]!)) {
      return { name: tokens.join(' '), role: phrase.descriptor! };
    }
  }
  return phrase;
}

function sentenceBefore(par: string, open: number): string {
  const head = par.slice(0, open);
  const cut = Math.max(head.search(/[^.!?]*$/u), head.lastIndexOf('”') + 1, head.lastIndexOf('"') + 1);
  return head.slice(cut);
}

const INSTITUTION = /^(?:Kedutaan|Kedubes|Kementerian|Kemlu|Kemenlu|Departemen|Gedung Putih|Kremlin|Pentagon|Istana|Badan|Dewan|Komisi|Pemerintah|Militer|Tentara|Angkatan|Otoritas|Kepolisian|Mahkamah|Pengadilan|Bank Sentral)\b/u;
const ADVERBS = /\s+(?:tidak|tak|belum|juga|pun|kembali|lalu|kemudian|bahkan|pula|sempat|telah|sudah|lantas|sebelumnya|menambahkan|turut|ikut|justru|malah|langsung|segera|tetap|masih|terus|akhirnya|secara \p{L}+|dengan nada \p{L}+)$/u;
const OPENERS = /^(?:lebih lanjut|selanjutnya|sementara itu|sementara|namun|tetapi|tapi|adapun|kemudian|lalu|di sisi lain|dan|seraya|sambil|(?:saat|kala|ketika|waktu|setelah|usai) itu|saat ini|kini|sebelumnya)\s+/iu;
const VIA_TAIL = /\s+(?:seperti|sebagaimana)?\s*(?:dilansir|dikutip|melansir|mengutip|dilaporkan)\b.*$/u;

/** "kata Imam Senin (9/6/2025)": the day the outlet forgot to set off with a comma is not part of who. */
const DAY_TAIL = /\s+(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:\s+(?:lalu|kemarin|pagi|siang|sore|malam))?$/u;

function withoutTrailingAdverbs(phrase: string): string {
  let x = phrase.replace(DAY_TAIL, '');
  while (ADVERBS.test(` ${x}`) && x) x = ` ${x}`.replace(ADVERBS, '').trim();
  // "ujar Kepala Negara melanjutkan": a speech verb closing the phrase is not part of who.
  const last = x.split(/\s+/).at(-1)!;
  return x.includes(' ') && SPEECH_VERBS.has(last) ? x.slice(0, -last.length).trim() : x;
}

/**
 * The speaker in the words before a speech verb: "Pada hari Selasa, Trump" → Trump; "Yaqiu Wang, seorang
 * peneliti HAM asal China," → Yaqiu Wang; "Namun ia" → pronoun; "penasihat Kremlin Yuri Ushakov" → name and role.
 */
function subjectPhrase(text: string, k: Knowledge): SpeakerPhrase {
  // "Seorang pejabat AS, yang tidak mau disebut namanya, menyatakan": a relative clause is not the subject.
  const clean = (seg: string) => withoutTrailingAdverbs(seg.replace(VIA_TAIL, '').replace(OPENERS, ''));
  // "…, Tri Mulyono, tidak menampik": a segment of adverbs alone says nothing about who.
  // "Prasetyadi Mawardi, Sp.DVE, menyebut": a degree after the name is no segment of its own.
  const segments = text.split(',').map((x) => x.trim()).filter((x) => x && !/^yang\b/u.test(x) && !DEGREE.test(x) && clean(x));
  const lastSeg = clean(segments[segments.length - 1] ?? '');
  const lastWord = lastSeg.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (PRONOUNS.has(lastWord)) return { pronoun: true };
  // "Warga Dusun 1, Desa Kiuola bernama Frits Satban mengaku": the one named, not the village.
  const called = /(?:^|\s)(?:bernama|berinisial)\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})$/u.exec(lastSeg)?.[1]?.trim();
  if (called) return { name: called };
  // "Melanjutkan pernyataan mereka …, para menlu menulis,": the role right before the verb is the subject.
  // "Dhara Vyas, kepala eksekutif Energy UK, …": a name, then the post it holds.
  // "Dimas, selaku pengelola Sendang Seruni, menjelaskan": "selaku" or "sebagai" introduces the post.
  const post = lastSeg.replace(/^(?:selaku|sebagai)\s+/u, '');
  const postHead = post.split(/\s+/)[0]!.toLowerCase();
  // "…, Konsultan Panggul di Santosa Hospital, dr Azeta Arif, M.Kes menjelaskan": a title opens the name itself.
  const titledName = NAME_TITLES.has(postHead) && parseSpeakerPhrase(post, k).name;
  if (segments.length >= 2 && !titledName && (ROLE_HEADS.has(postHead) || (/^\p{Ll}/u.test(post) && isPersonNoun(postHead)))) {
    const person = parseSpeakerPhrase(clean(segments[segments.length - 2]!), k);
    if (person.name && !person.role) return { name: person.name, role: post };
  }
  // "Kirsty Glenn, direktur utama perusahaan koper asal Inggris, Antler, menyebut": name, post, then its company.
  if (segments.length >= 3 && ROLE_HEADS.has(segments[segments.length - 2]!.split(/\s+/)[0]!.toLowerCase())) {
    const person = parseSpeakerPhrase(clean(segments[segments.length - 3]!), k);
    if (person.name?.includes(' ') && !person.role) return { name: person.name, role: segments.slice(-2).join(', ') };
  }
  const group = /^para\s+(.+)$/u.exec(lastSeg)?.[1];
  if (group && ROLE_HEADS.has(group.split(/\s+/)[0]!.toLowerCase()) && !parseSpeakerPhrase(group, k).name) return { descriptor: group };
  for (const seg of [lastSeg, ...(segments.length > 1 ? [clean(segments[0]!)] : [])]) {
    if (!seg) continue;
    // "Pelatih yang karib disapa Didi ini": the whole phrase points back at someone, before any cut at "yang".
    const whole = seg === lastSeg ? parseSpeakerPhrase(seg, k) : undefined;
    if (whole?.refersBack) return whole;
    const head = (seg.split(PHRASE_STOP)[0] ?? '').trim();
    const parsed = parseSpeakerPhrase(head, k);
    if (parsed.name && (segments.length === 1 || seg !== lastSeg || /^\p{Lu}/u.test(head) || ROLE_HEADS.has(head.split(/\s+/)[0]!.toLowerCase()))) return parsed;
    if (parsed.name) return parsed;
  }
  const descriptor = (lastSeg.split(PHRASE_STOP)[0] ?? '').trim().replace(/^(?:seorang|sang)\s+/iu, '');
  // "Kedutaan Besar Beijing mengatakan …": an institution speaks for itself.
  if (INSTITUTION.test(descriptor)) return { descriptor };
  return descriptor && ROLE_HEADS.has(descriptor.split(/\s+/)[0]!.toLowerCase()) ? { descriptor } : {};
}

const LINKING_OPENER = /^\s*(?:Sementara itu|Selain itu|Di sisi lain|Di lain pihak|Di tempat lain|Sedangkan|Adapun|Kemudian|Lalu|Namun)\s*,\s*/u;
/** "Beda lagi kisah Ronald Edward (51), pedagang …": the person whose story the sentence opens is its subject. */
const STORY_OF = /^\s*(?:(?:Beda|Berbeda|Lain)\s+(?:lagi|halnya)\s+(?:dengan\s+)?)?(?:[Kk]isah|[Cc]erita)\s+(?=\p{Lu})/u;

/** The named subject opening one of the sentence's clauses ("Pada hari Selasa lalu, Trump secara terbuka …"). */
function clauseSubjectName(sentence: string, k: Knowledge): string | undefined {
  // "Sementara itu, Tri Agustina (45), warga asal Petompon …": a linking phrase before the subject is no part of it.
  const segments = sentence.replace(AGE, '').replace(LINKING_OPENER, '').replace(STORY_OF, '').split(',');
  const postFirst = segments[0]!.trim().split(/\s+/)[0]!.toLowerCase();
  for (const seg of segments) {
    const tokens = seg.trim().replace(OPENERS, '').split(/\s+/).filter(Boolean);
    const run: string[] = [];
    for (const t of tokens) {
      if (isNameToken(t, k)) run.push(t.replace(/[.,]+$/u, ''));
      else break;
    }
    // "Varian ini merupakan …": a capitalised noun with a demonstrative opens the sentence, not a name.
    const demonstrative = run.length === 1 && /^(?:ini|itu|tersebut)$/u.test(tokens[1] ?? '');
    if (run.length && tokens.length > run.length && /^\p{Ll}/u.test(tokens[run.length]!) && !demonstrative) return run.join(' ');
    // "Wakil Ketua Komisi VII DPR Satya Widya Yudha mendukung …": a post, then the name, then the verb.
    if (!run.length && ROLE_HEADS.has(tokens[0]?.toLowerCase() ?? '')) {
      const head = tokens.slice(0, tokens.findIndex((t, i) => i > 0 && /^\p{Ll}/u.test(t) && !ROLE_WORDS.has(t)));
      const named = head.length > 1 && head.length < tokens.length ? splitRoleName(head.join(' '), k) : undefined;
      if (named?.name?.includes(' ') && named.role) return named.name;
    }
    // "Ozil, 29 tahun, turut menyuarakan …", "Nurdin, orangtua Rindy, tak kuasa …": a name alone before an aside
    // or before what person it is is the subject too.
    if (run.length && run.length === tokens.length && seg === segments[0] && (segments.length > 2 || describedAsPerson(sentence, run.join(' ')))) return run.join(' ');
    // "Kuasa hukum penggugat, Juni Prasetyo Nugroho, meyakinkan …": a post, then the name set off by commas.
    if (run.length >= 2 && run.length === tokens.length && seg === segments[1] && segments.length > 2 && (ROLE_HEADS.has(postFirst) || isPersonNoun(postFirst))) return run.join(' ');
  }
  return undefined;
}

/** "bos pemasaran Xbox Mike Nichols yang juga mengungkapkan", "Fallon yang bercanda": the name before "yang" speaks. */
const RELATIVE_SPEAKER = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})yang\s+(?:(?:juga|pun|kemudian|lalu)\s+)?$/u;

function cueBefore(before: string, k: Knowledge): Attribution | undefined {
  const b = before.trim();
  // `Trump menyatakan "Bisa saja …"`: a speech verb right before the mark needs no comma.
  const bare = !/[,:]$/.test(b);
  if (bare && !SPEECH_VERBS.has(b.split(/\s+/).at(-1)!.toLowerCase())) return undefined;
  const body = bare ? b : b.slice(0, -1).trim();
  const via = VIA.exec(body)?.[1]?.replace(/[.,]+$/, '');
  const viaPart = via ? { via } : {};
  if (/(?:^|\s)(?:menurutnya|katanya)$/iu.test(body)) return { cue: body.split(/\s+/).at(-1)!, phrase: { pronoun: true }, ...viaPart };
  const menurut = /(?:^|[\s,])(menurut|kata)\s+([^,]+(?:,\s*[^,]+)?)$/iu.exec(body);
  if (menurut) return { cue: menurut[1]!, phrase: parseSpeakerPhrase(menurut[2]!, k), ...viaPart };
  const words = body.split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/[,:]$/, '').toLowerCase();
    if (!SPEECH_VERBS.has(w)) continue;
    const cue = words[i]!.replace(/[,:]$/, '');
    // "… kepada Jimmy Fallon yang bercanda, "…"": the name before "yang" speaks.
    const relative = RELATIVE_SPEAKER.exec(`${words.slice(0, i).join(' ')} `)?.[1];
    const named = relative ? parseSpeakerPhrase(relative.trim(), k) : undefined;
    if (named?.name) return { cue, phrase: named, ...viaPart };
    const phrase = subjectPhrase(words.slice(0, i).join(' '), k);
    if (phrase.pronoun || (!phrase.name && !phrase.descriptor)) {
      // "Trump …, tetapi dia mengatakan," / "Putin menolak menjawab, seraya mengatakan,": the clause's subject.
      const name = clauseSubjectName(words.slice(0, i).join(' '), k);
      if (name) return { cue, phrase: { name }, ...viaPart };
      return phrase.pronoun || i > 0 ? { cue, phrase: { pronoun: true }, ...viaPart } : undefined;
    }
    return { cue, phrase, ...viaPart };
  }
  return undefined;
}

/** Named subject of indirect speech: "Menurut Wang, …", "Zhang mengatakan bahwa …". */
function indirectSpeaker(sentence: string, k: Knowledge): SpeakerPhrase | undefined {
  const s = sentence.trim();
  if (/^(?:Menurutnya|Katanya)\b/u.test(s)) return undefined; // "according to him": the speaker stays who it was
  const menurut = /^(?:Menurut|Kata)\s+([^,]{2,80}),/u.exec(s);
  if (menurut) {
    const said = parseSpeakerPhrase(menurut[1]!, k);
    // "Menurut dosen pembimbing …, Lukito Prasetyo di Malang, …": the name follows the description; so it does
    // after a post named for a place ("Menurut Petugas Pos Pengamatan Gunung Semeru, Ghufron Alwi, …").
    if (said.name && PLACE_OR_BODY.test(said.name)) return withAppositiveName({ descriptor: menurut[1]! }, s.slice('Menurut '.length), k);
    return said.descriptor ? withAppositiveName(said, s.slice('Menurut '.length), k) : said;
  }
  // "Indonesia menempati posisi kelima …, kata Dirjen …, Kementerian Perindustrian Achmad Sigit Dwiwahjono.": a cue
  // closing the sentence names who said it.
  const closingCue = /,\s+((?:kata|ujar|tutur|ungkap|jelas|tegas|imbuh|tambah)\s+\p{Lu}.*)$/u.exec(s)?.[1];
  const closing = closingCue ? cueAfter(closingCue, k)?.phrase : undefined;
  if (closing?.name || closing?.descriptor) return closing;
  // "Tak hanya itu, lanjut Suratno, hujan deras …": a cue set between commas after the opening words.
  const midCue = /^[^,"“”]{2,60},\s+((?:kata|ujar|tutur|ungkap|jelas|tegas|imbuh|tambah|lanjut|sambung)\s+\p{Lu}[^,]{1,60}),/u.exec(s)?.[1];
  const mid = midCue ? cueAfter(midCue, k)?.phrase : undefined;
  if (mid?.name) return mid;
  // "Keinginan itu disampaikan Ketua Komisi IV DPRD, Asroni Paslah.": a passive closing the sentence names who spoke.
  const passive = /\sdi(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|utarakan)\s+(?:oleh\s+)?(\p{Lu}[^.!?]*?)\.?$/u.exec(s)?.[1];
  if (passive) {
    const said = parseSpeakerPhrase(passive.split(/\s(?:yang|untuk|saat|ketika|dalam|di|kepada|pada|usai|seusai|melalui|lewat|sebagai|terkait|soal)\s/u)[0]!, k);
    if (said.name) return said;
  }
  const words = s.split(/\s+/).slice(0, 24);
  // "Menanggapi pernyataan Trump, juru bicara Obama, Patrick Rodenbush, menegaskan …": an opening participle is not the verb.
  // "Keylor Navas angkat suara", "Betrand buka suara": speaking up, in two words.
  const speaksUp = (w: string, i: number) => /^(?:angkat|buka)$/iu.test(w) && /^(?:suara|bicara)\b/iu.test(words[i + 1] ?? '');
  const vi = words.findIndex((w, i) => i > 0 && (INDIRECT_SPEECH_VERBS.has(w.toLowerCase().replace(/[,:]$/, '')) || speaksUp(w, i)));
  if (vi <= 0) return undefined;
  // "… dari bos pemasaran Xbox Mike Nichols yang juga mengungkapkan": the name before "yang" speaks.
  const relative = RELATIVE_SPEAKER.exec(`${words.slice(0, vi).join(' ')} `)?.[1];
  const named = relative ? parseSpeakerPhrase(relative.trim(), k) : undefined;
  if (named?.name) return named;
  const subject = words.slice(0, vi).join(' ');
  const phrase = subjectPhrase(subject, k);
  // "Aroma kertas tua bercampur debu kayu menyambut …": a capitalised word opening a noun phrase is no name.
  const bare = withoutTrailingAdverbs(subject);
  if (phrase.name && !phrase.name.includes(' ') && bare.startsWith(phrase.name) && /^(?:\s+\p{Ll}+){3,}$/u.test(bare.slice(phrase.name.length))) return undefined;
  // "Ia lantas mengatakan, Polda Metro Jaya …": a pronoun subject is the speaker going on, not someone new.
  return phrase.name || phrase.descriptor || phrase.pronoun ? phrase : undefined;
}

function cleanQuoteText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[,]+$/, '').trim();
}

/**
 * Scare quotes, titles and short terms in quotation marks are not quotes; nor is a fragment woven into a
 * sentence (`menyatakan "kekhawatiran serius" atas "serangan …," kata …`).
 */
function isRealQuote(text: string, a: Attribution | undefined, c: Candidate, paragraphs: string[]): boolean {
  const n = wordsOf(text).length;
  if (n === 0 || /^https?:\/\/\S+(?:\s\S+)?$/u.test(text.trim())) return false; // a link, not speech
  const lead = sentenceBefore(paragraphs[c.p0]!, c.open).trim();
  if (/^\p{Ll}/u.test(text) && lead && !/[,:]$/.test(lead)) return false;
  // 'dengan judul "Demonstrasi dan protes Los Angeles"': a title, whatever cue follows it.
  if (/(?:judul|berjudul|bertajuk|tajuk|bertema|tema)\s*:?$/iu.test(lead)) return false;
  if (a) return n >= 3 || /[,.!?…]$/.test(paragraphs[c.p1]!.slice(0, c.close < 0 ? undefined : c.close).trim());
  return n >= 5 && isWholeParagraph(c, paragraphs);
}
