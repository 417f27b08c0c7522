import type { Quote, Speaker } from '../domain/analysis.ts';
import type { Knowledge } from './knowledge.ts';
import { CUE_AFTER, PHRASE_STOP, PRONOUNS, SPEECH_VERBS, VIA, WEAK_CUES } from './lexicon.ts';
import { findQuoteSpans, isQuoteMark } from './quote-marks.ts';
import { collectMentions, parseSpeakerPhrase, resolveName, type Mention, type ResolvedSpeaker, type SpeakerPhrase } from './speaker-names.ts';
import { isBoilerplate, slugify, wordsOf } from './text.ts';

/** A quoted span, possibly running over several paragraphs. */
interface Candidate {
  p0: number;
  open: number;
  p1: number;
  /** Index of the closing mark in paragraph p1, or -1 when the quote ran to the paragraph's end. */
  close: number;
  text: string;
}

interface Attribution {
  cue: string;
  phrase: SpeakerPhrase;
  via?: string;
  /** The split quote's second half, merged into this one: `"A," kata X, "B."`. */
  merged?: { text: string; close: number };
}

/**
 * Direct quotes with their speakers. Indirect speech ("Menurut Wang, …", "Zhang mengatakan bahwa …") is
 * not reported as a quote: it has no exact words to show. It does name a speaker, who is listed in
 * `speakers` and becomes the person a later "tambahnya" or "ia mengatakan" refers to.
 */
export function extractQuotes(article: { paragraphs: string[]; citedSource?: string }, k: Knowledge): { quotes: Quote[]; speakers: Speaker[] } {
  const paragraphs = article.paragraphs;
  const mentions = collectMentions(paragraphs, k);
  const speakers = new Map<string, Speaker>();
  const quotes: Quote[] = [];
  let last: ResolvedSpeaker | undefined;

  const remember = (s: ResolvedSpeaker) => {
    last = s;
    if (s.slug.startsWith('~')) return; // unnamed speakers ("seorang pejabat") are not people to list
    const seen = speakers.get(s.slug);
    const aliases = [...new Set([...(seen?.aliases ?? []), ...s.aliases])].filter((a) => a !== s.name);
    speakers.set(s.slug, { slug: s.slug, name: s.name, aliases, ...(s.role ?? seen?.role ? { role: s.role ?? seen?.role } : {}), ...(s.country ? { country: s.country } : {}) });
  };

  const candidates = findCandidates(paragraphs);
  let ci = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const par = paragraphs[p]!;
    if (isBoilerplate(par)) continue;
    const here: Candidate[] = [];
    while (ci < candidates.length && candidates[ci]!.p0 === p) here.push(candidates[ci++]!);
    // Indirect speech in sentences before the paragraph's first quote updates who "ia" is.
    const firstOpen = here.length ? here[0]!.open : par.length;
    noteIndirectSpeech(par.slice(0, firstOpen), p);
    for (let i = 0; i < here.length; i++) {
      const c = here[i]!;
      const attribution = attribute(c, paragraphs, k, here[i + 1]);
      if (attribution?.merged) {
        c.text = `${c.text.trim()} ${attribution.merged.text.trim()}`;
        c.close = attribution.merged.close;
        i++;
      }
      const speaker = attribution ? speakerFor(attribution.phrase, c.p0) : undefined;
      const text = cleanQuoteText(c.text);
      if (!isRealQuote(text, attribution, c, paragraphs)) continue;
      const who = speaker ?? (isWholeParagraph(c, paragraphs) ? last : undefined);
      if (!who) continue;
      remember(who);
      const via = attribution?.via ?? article.citedSource;
      const role = attribution?.phrase.role ?? who.role;
      quotes.push({
        text,
        speaker: who.name,
        speakerSlug: who.slug.replace(/^~/, ''),
        ...(role ? { role } : {}),
        cue: attribution?.cue ?? '',
        ...(via ? { via } : {}),
        paragraph: c.p0,
      });
    }
    if (here.length) noteIndirectSpeech(par.slice(lastClose(here, p) + 1), p);
  }
  return { quotes, speakers: [...speakers.values()] };

  function speakerFor(phrase: SpeakerPhrase, paragraph: number): ResolvedSpeaker | undefined {
    if (phrase.name) return resolveName(phrase.name, mentions, paragraph, k);
    if (phrase.descriptor) return { name: phrase.descriptor, slug: `~${slugify(phrase.descriptor)}`, aliases: [], known: false };
    return last ?? lastMentionBefore(mentions, paragraph, k);
  }

  function noteIndirectSpeech(text: string, paragraph: number) {
    for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const phrase = indirectSpeaker(sentence, k);
      if (phrase?.name) remember(resolveName(phrase.name, mentions, paragraph, k));
    }
  }
}

function lastClose(here: Candidate[], p: number): number {
  const tail = here[here.length - 1]!;
  return tail.p1 === p && tail.close >= 0 ? tail.close : Number.MAX_SAFE_INTEGER - 1;
}

function lastMentionBefore(mentions: Mention[], paragraph: number, k: Knowledge): ResolvedSpeaker | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.paragraph <= paragraph && (m.role || k.peopleByName.has(m.name.toLowerCase()))) return resolveName(m.name, mentions, paragraph, k);
  }
  return undefined;
}

/** Pairs quote marks across the article; a quote left open continues in a paragraph that reopens one. */
function findCandidates(paragraphs: string[]): Candidate[] {
  const out: Candidate[] = [];
  let skipFirstOf = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const par = paragraphs[p]!;
    const spans = findQuoteSpans(par);
    for (let si = 0; si < spans.length; si++) {
      if (si === 0 && skipFirstOf === p) continue;
      const s = spans[si]!;
      if (s.close >= 0) {
        out.push({ p0: p, open: s.open, p1: p, close: s.close, text: par.slice(s.open + 1, s.close) });
        continue;
      }
      const parts = [par.slice(s.open + 1)];
      let q = p;
      let close = -1;
      while (q + 1 < paragraphs.length && isQuoteMark(paragraphs[q + 1]!.trimStart()[0] ?? '')) {
        q++;
        const next = paragraphs[q]!;
        const first = findQuoteSpans(next)[0]!;
        skipFirstOf = q;
        if (first.close >= 0) {
          parts.push(next.slice(first.open + 1, first.close));
          close = first.close;
          break;
        }
        parts.push(next.slice(first.open + 1));
      }
      out.push({ p0: p, open: s.open, p1: q, close, text: parts.join(' ') });
      if (q > p) break;
    }
  }
  return out;
}

/** Finds the cue after the closing mark (`,” ujar Wang`) or before the opening one (`Ia mengatakan, “`). */
function attribute(c: Candidate, paragraphs: string[], k: Knowledge, next: Candidate | undefined): Attribution | undefined {
  const endPar = paragraphs[c.p1]!;
  if (c.close >= 0) {
    const nextOpen = next && next.p0 === c.p1 ? next.open : endPar.length;
    const after = endPar.slice(c.close + 1, nextOpen);
    const found = cueAfter(after, k);
    if (found) {
      const tail = after.trimEnd();
      const merged = next && next.p0 === c.p1 && next.p1 === c.p1 && /,$/.test(tail) && !/[.!?]/.test(after.slice(0, -1)) && next.close >= 0
        ? { text: next.text, close: next.close }
        : undefined;
      return { ...found, ...(merged ? { merged } : {}) };
    }
  }
  const startPar = paragraphs[c.p0]!;
  const before = sentenceBefore(startPar, c.open);
  return cueBefore(before, k);
}

function cueAfter(after: string, k: Knowledge): Attribution | undefined {
  const sentence = after.replace(/^[\s,]+/, '').split(/(?<=[^A-Z.][.!?])\s/u)[0] ?? '';
  const m = /^(?:demikian\s+|begitu\s+)?([\p{L}]+)(.*)$/su.exec(sentence);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  let rest = m[2]!;
  const via = VIA.exec(sentence)?.[1]?.replace(/[.,]+$/, '');
  const viaPart = via ? { via } : {};
  if (CUE_AFTER.has(word)) {
    if (WEAK_CUES.has(word) && !/^\s*(\p{Lu}|ia\b|dia\b|beliau\b|[.,]|$)/u.test(rest)) return undefined;
    if (word.endsWith('nya') && word !== 'tanya') return { cue: m[1]!, phrase: { pronoun: true }, ...viaPart };
    rest = rest.replace(/^\s*(?:lagi|pula|juga)\b/u, '');
    const phrase = rest.split(PHRASE_STOP)[0]!.trim();
    return { cue: m[1]!, phrase: phrase ? parseSpeakerPhrase(phrase, k) : { pronoun: true }, ...viaPart };
  }
  // `,” ia menambahkan.` / `,” Wang menegaskan.`
  const verb = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}?|(?:ia|dia|beliau)\s+)(?:\s*(?:pun|juga|lalu|kemudian|kembali)\s+)?(\p{L}+)/u.exec(sentence);
  if (verb && SPEECH_VERBS.has(verb[2]!.toLowerCase()) && verb[1]!.trim()) {
    return { cue: verb[2]!, phrase: parseSpeakerPhrase(verb[1]!, k), ...viaPart };
  }
  return undefined;
}

function sentenceBefore(par: string, open: number): string {
  const head = par.slice(0, open);
  const cut = Math.max(head.search(/[^.!?]*$/u), head.lastIndexOf('”') + 1, head.lastIndexOf('"') + 1);
  return head.slice(cut);
}

const ADVERBS = /\s+(?:juga|pun|kembali|lalu|kemudian|bahkan|pula|sempat|telah|sudah|lantas|sebelumnya|menambahkan)$/u;

function cueBefore(before: string, k: Knowledge): Attribution | undefined {
  const b = before.trim();
  if (!/[,:]$/.test(b)) return undefined;
  const body = b.slice(0, -1).trim();
  const via = VIA.exec(body)?.[1]?.replace(/[.,]+$/, '');
  const viaPart = via ? { via } : {};
  const menurut = /(?:^|[\s,])(menurut|kata)\s+([^,]+(?:,\s*[^,]+)?)$/iu.exec(body);
  if (menurut) return { cue: menurut[1]!, phrase: parseSpeakerPhrase(menurut[2]!, k), ...viaPart };
  const words = body.split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/[,:]$/, '').toLowerCase();
    if (!SPEECH_VERBS.has(w)) continue;
    let subject = words.slice(0, i).join(' ');
    subject = subject.slice(subject.lastIndexOf(',') + 1).trim();
    while (ADVERBS.test(` ${subject}`) && subject) subject = ` ${subject}`.replace(ADVERBS, '').trim();
    subject = subject.replace(/^(?:lebih lanjut|selanjutnya|sementara itu|sementara|namun|adapun|kemudian|lalu|di sisi lain)\s+/iu, '');
    const lastWord = subject.split(/\s+/).pop()?.toLowerCase() ?? '';
    if (PRONOUNS.has(lastWord)) return { cue: words[i]!.replace(/[,:]$/, ''), phrase: { pronoun: true }, ...viaPart };
    if (!subject) return undefined;
    const phrase = parseSpeakerPhrase(subject, k);
    return phrase.name || phrase.descriptor ? { cue: words[i]!.replace(/[,:]$/, ''), phrase, ...viaPart } : undefined;
  }
  return undefined;
}

/** Named subject of indirect speech: "Menurut Wang, …", "Zhang mengatakan bahwa …". */
function indirectSpeaker(sentence: string, k: Knowledge): SpeakerPhrase | undefined {
  const s = sentence.trim();
  const menurut = /^(?:Menurut|Kata)\s+([^,]{2,80}),/u.exec(s);
  if (menurut) return parseSpeakerPhrase(menurut[1]!, k);
  const words = s.split(/\s+/).slice(0, 14);
  const vi = words.findIndex((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[,:]$/, '')));
  if (vi <= 0) return undefined;
  let subject = words.slice(0, vi).join(' ');
  subject = subject.slice(subject.lastIndexOf(',') + 1).trim();
  while (ADVERBS.test(` ${subject}`) && subject) subject = ` ${subject}`.replace(ADVERBS, '').trim();
  subject = subject.replace(/^(?:lebih lanjut|selanjutnya|sementara itu|sementara|namun|adapun|kemudian|lalu)\s+/iu, '');
  if (!/^\p{Lu}/u.test(subject)) return undefined;
  return parseSpeakerPhrase(subject, k);
}

function cleanQuoteText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[,]+$/, '').trim();
}

function isWholeParagraph(c: Candidate, paragraphs: string[]): boolean {
  const start = paragraphs[c.p0]!.slice(0, c.open).trim();
  const end = c.close < 0 ? '' : paragraphs[c.p1]!.slice(c.close + 1).trim();
  return start === '' && /^[.,]?$/.test(end);
}

/** Scare quotes, titles and short terms in quotation marks are not quotes. */
function isRealQuote(text: string, a: Attribution | undefined, c: Candidate, paragraphs: string[]): boolean {
  const n = wordsOf(text).length;
  if (n === 0) return false;
  if (a) return n >= 3 || /[,.!?…]$/.test(paragraphs[c.p1]!.slice(0, c.close < 0 ? undefined : c.close).trim());
  return n >= 5 && isWholeParagraph(c, paragraphs);
}
