import type { Relevance } from '../domain/analysis.ts';
import { COUNTRIES, type Country, type Topic } from '../domain/topics.ts';
import type { Knowledge } from './knowledge.ts';
import { modelAdds, type ModelInput } from './relevance-model.ts';
import { splitSentences } from './sentences.ts';
import { isBoilerplate, stripDateline } from './text.ts';

/** What the relevance decision looks at, per country; exported for the evaluation's error listing. */
export interface CountryEvidence {
  title: number;
  lead: number;
  body: number;
  /** Mentions of the state itself: leaders, institutions, or a name next to a state word ("Presiden AS"). */
  state: number;
  /** State mentions in the title and lead. */
  stateTop: number;
  /** Mentions that are one item of a list of countries ("Jepang, Korea, China, hingga Vietnam"). */
  listed: number;
  /** Share of the body's paragraphs that mention the country (0..1). */
  spread: number;
  /** A leader or official of the country is named in the title. */
  leaderInTitle: boolean;
  /** The title pairs the country with another of the three ("AS-China Mulai Akur"): the title is a relation. */
  pairedInTitle: boolean;
  /** The title has the state acting ("Trump Pertimbangkan …", "Senat AS Sahkan …", "Marinir AS Bergerak"). */
  actorInTitle: boolean;
  /** An institution or place of the state acts in the title ("The Fed Tahan Suku Bunga"), not only the bare name. */
  institutionActsInTitle: boolean;
  /** The country by its own name acts in the title ("Usai AS Tetapkan Tarif", "Setelah China Cabut Insentif"). */
  countryActsInTitle: boolean;
}

const OTHER_COUNTRIES =
  /(?<![\p{L}])(?:Indonesia|Jepang|Korea|Korsel|Korut|India|Inggris|Prancis|Perancis|Jerman|Italia|Kanada|Meksiko|Brasil|Australia|Vietnam|Thailand|Malaysia|Singapura|Filipina|Eropa|Uni Eropa|Spanyol|Belanda|Taiwan|Iran|Israel|Turki|Ukraina|Arab Saudi|Pakistan|Bahrain|Argentina|Polandia|Serbia|Kuba|Slovenia|Bulgaria|Swedia|Denmark|Norwegia|Afrika|Mesir|Qatar|Kenya|Rusia|China|Tiongkok|AS|Amerika Serikat|Cina)(?![\p{L}])/gu;

const LEAD_PARAGRAPHS = 2;
/**
 * "Perang Dagang AS-China" in a title is usually the backdrop of a domestic business story ("Ekspor TOTO
 * Tak Terdampak …"), so in a title it does not count; the lead and body decide.
 */
const BACKDROP = /(?:perang|ketegangan|sengketa)\s+(?:dagang|tarif)\s+(?:AS|Amerika Serikat|China|Tiongkok)\s*[-–]\s*(?:AS|China|Tiongkok)/giu;
/**
 * When the title names the countries only as such a backdrop, the body's own mentions of the same
 * backdrop ("perang dagang antara Amerika Serikat dan Tiongkok") are the backdrop too, not the subject.
 */
const BACKDROP_IN_TEXT =
  /(?:perang|ketegangan|sengketa)\s+(?:dagang|tarif|perdagangan)\s+(?:antara\s+)?(?:AS|Amerika Serikat|China|Tiongkok)(?:\s*\((?:AS|RRT)\))?\s*(?:-|–|dan|dengan)\s*(?:AS|Amerika Serikat|China|Tiongkok)/giu;

/** Counts how each country figures in the article (after dropping phrases such as "dolar AS"). */
export function gatherEvidence(article: { title: string; paragraphs: string[] }, k: Knowledge): { evidence: Record<Country, CountryEvidence>; offTopicTop: number; relationTop: number; words: number; headline: string; lead: string } {
  const backdropTitle = BACKDROP.test(article.title);
  BACKDROP.lastIndex = 0;
  const blank = (x: string) => ' '.repeat(x.length);
  const content = rechunk(article.paragraphs.filter((p) => !isBoilerplate(p)))
    .map((p, i) => (i === 0 ? stripDateline(p) : p))
    .map((p) => (backdropTitle ? p.replace(BACKDROP_IN_TEXT, blank) : p));
  const lead = content.slice(0, LEAD_PARAGRAPHS).join('\n');
  // With no title (a wire item, a bare text file), the opening sentence is the headline.
  const headline = (article.title.trim() || (splitSentences(content[0] ?? '')[0] ?? '')).replace(BACKDROP, blank);
  const body = content.slice(LEAD_PARAGRAPHS).join('\n');
  const evidence = {} as Record<Country, CountryEvidence>;
  for (const c of COUNTRIES) {
    const m = k.countries[c];
    const withoutNegatives = (s: string) => (m.negative ? s.replace(m.negative, blank) : s);
    const withoutAmbiguous = (s: string) => (m.ambiguous ? withoutNegatives(s).replace(m.ambiguous, blank) : withoutNegatives(s));
    // "Partai Demokrat" is SBY's party and "Uni Soviet" a football team of 1960 unless the article names the country itself.
    const plainlyNamed = !m.ambiguous || [headline, ...content].some((p) => withoutAmbiguous(p).search(m.mention) >= 0 || p.search(m.leader) >= 0);
    const clean = plainlyNamed ? withoutNegatives : withoutAmbiguous;
    const zones = [clean(headline), clean(lead), clean(body)];
    const e: CountryEvidence = { title: 0, lead: 0, body: 0, state: 0, stateTop: 0, listed: 0, spread: 0, leaderInTitle: false, pairedInTitle: false, actorInTitle: false, institutionActsInTitle: false, countryActsInTitle: false };
    // Most articles never name two of the three countries: one scan of the whole text says so, and spares
    // scanning every paragraph and zone again (cleaning only blanks text, so it cannot add a hit).
    const named = [headline, ...content].some((p) => p.search(m.mention) >= 0 || p.search(m.leader) >= 0);
    // Scraped bodies carry fragments ("Jakarta |", "-"); only paragraphs of real text count for spread.
    const real = content.filter((p) => p.length >= 60);
    const mentioning = named ? real.filter((p) => findHits(clean(p), m.mention, m.leader, k).some((h) => !h.listed)).length : 0;
    e.spread = real.length ? mentioning / real.length : 0;
    if (named) zones.forEach((text, zone) => {
      for (const hit of findHits(text, m.mention, m.leader, k, zone === 0)) {
        if (hit.listed) {
          e.listed++;
          continue;
        }
        if (zone === 0) {
          e.title++;
          if (hit.paired) e.pairedInTitle = true;
          if (hit.acting) e.actorInTitle = true;
          if (hit.acting && hit.named) e.institutionActsInTitle = true;
          if (hit.acting && hit.country) e.countryActsInTitle = true;
        } else if (zone === 1) e.lead++;
        else e.body++;
        if (hit.state) {
          e.state++;
          if (zone < 2) e.stateTop++;
        }
      }
    });
    e.leaderInTitle = (zones[0]!.match(m.leader)?.length ?? 0) > 0;
    evidence[c] = e;
  }
  const top = `${article.title}\n${lead}`;
  return {
    evidence,
    offTopicTop: count(top, k.offTopic),
    relationTop: count(top, k.relationWords),
    words: (lead.length + body.length) / 6,
    headline,
    lead,
  };
}

/**
 * Some outlets' bodies arrive as one long paragraph (Sindonews in the corpus); cutting those into
 * paragraph-sized runs of sentences keeps "lead" meaning the first few sentences.
 */
function rechunk(paragraphs: string[]): string[] {
  if (paragraphs.every((p) => p.length <= 700)) return paragraphs;
  const out: string[] = [];
  for (const p of paragraphs) {
    if (p.length <= 700) {
      out.push(p);
      continue;
    }
    let run = '';
    for (const s of splitSentences(p)) {
      run = run ? `${run} ${s}` : s;
      if (run.length >= 250) {
        out.push(run);
        run = '';
      }
    }
    if (run) out.push(run);
  }
  return out;
}

interface Hit {
  state: boolean;
  listed: boolean;
  /** Side by side with another of the three ("AS-China", "Rusia dan AS"). */
  paired?: boolean;
  /** The state doing something: a verb follows ("Trump Kecam"), or a state body is named ("Senat AS"). */
  acting?: boolean;
  /** A leader, institution or place ("The Fed", "Kremlin"), not the country's bare name. */
  named?: boolean;
  /** The country's bare name ("AS", "China"). */
  country?: boolean;
}

const BARE_NAME = /^(?:China|Tiongkok|Cina|RRT|RRC|Rusia|Russia|AS|Amerika|Amerika Serikat|USA|Sino|Chinese|Russian|American|Negeri Tirai Bambu|Negeri Beruang Merah|Paman Sam|Federasi Rusia|United States)$/;
/** A country name followed by a verb is the state acting: "Rusia memperingatkan", "China Umumkan", "AS Larang"; a headline verb in -kan ("Sahkan") too. */
const ACTOR_VERB =
  /^\s*(?:dan \p{Lu}\p{L}+\s+)?(?:(?:[Tt]idak [Ll]agi|[Tt]idak|[Tt]ak|[Jj]uga|pun|[Tt]elah|[Aa]kan|[Kk]embali|[Rr]esmi|[Ss]udah|[Tt]engah|[Tt]erus|[Ss]ecara \p{L}+)\s+)?(?:(?:me|mem|men|meng|meny|ber)\p{Ll}{3,}|[dD]i\p{Ll}{4,}|Umumkan|Larang|Tolak|Tahan|Pangkas|Desak|Kecam|Ancam|Tangkap|Minta|Tawarkan|Tuding|Tuduh|Balas|Sebut|Peringatkan|Wanti-wanti|Cabut|Tunda|Blokir|Usulkan|Kirim|Serang|Gelar|Bantah|Klaim|Bidik|Siapkan|Dukung|Jatuhkan|Sanksi|Kerahkan|Pertimbangkan|Rayu|Ajak|Protes|Respons|Kritik|Akui|Bakal|Siap|bekerja ?sama|Bekerja ?sama|Setujui|Kunjungi|Hadiri|Temui|Akhiri|Perbarui|Kuasai|Tuntut|Puji|Sindir|Tegur|Pecat|Teken|Tandatangani|Sepakati|Perketat|Perpanjang|Restui|\p{Lu}\p{Ll}{2,}kan)(?![\p{L}])/u;
/** "AS, Australia dan Jepang meminta …": the verb after a list of names makes each of them an actor. */
const COORDINATED = /^(?:\s*(?:,|dan|serta)\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?){1,4}/u;
/**
 * A country that is the object of a relation ("melawan Amerika Serikat", "mengajak Rusia", "sanksi
 * terhadap Rusia", "melawan upaya AS") is a state being acted on, not a place.
 */
const RELATION_BEFORE =
  /(?<![\p{L}])(?:(?:bereaksi|reaksi|protes|kecaman|respons|tanggapan)(?: keras)? (?:terhadap|atas) (?:aksi|serangan|langkah|keputusan|tindakan)|melawan|menentang|mengecam|mengajak|menuduh|menuding|mengancam|memperingatkan|menekan|mengkritik|menyalahkan|membalas|bersekutu dengan|(?:bekerja ?sama|kerja ?sama|hubungan|berunding|bernegosiasi|[Nn]egosiasi|[Pp]erundingan|[Pp]erjanjian)(?: \p{L}+)? dengan|(?:sanksi|tarif|embargo) (?:terhadap|atas|kepada)|(?:[Ll]awatan|[Kk]unjungan)(?: (?:kenegaraan|kerja|resmi))?(?: \p{Lu}[\p{L}-]+){1,3} ke)\s+(?:(?:upaya|kebijakan|politik|hegemoni|dominasi|pemerintah|pemerintahan)\s+)?$/u;
/** "AS-China", "AS dan China", "Rusia ke AS": two of the three side by side are a relation, hence states. */
const PAIRED = /^\s*(?:\((?:AS|RRT|RRC)\)\s*)?(?:-|–|\/|dan|dengan|ke|terhadap|versus|vs\.?)\s*(?:China|Tiongkok|Cina|Rusia|AS|Amerika Serikat|Beijing|Moskow|Washington)(?![\p{L}])/u;
const PAIRED_BEFORE = /(?:China|Tiongkok|Cina|Rusia|AS|Amerika Serikat|Beijing|Moskow|Washington)\)?\s*(?:-|–|\/|dan|dengan|ke|terhadap|versus|vs\.?)\s*$/u;

/** The state's own policy named in a few words: "Tarif Impor AS", "Visa Turis ke Amerika", "kebijakan AS". */
const POLICY = String.raw`(?<![\p{L}])(?:[Tt]arif|[Vv]isa|[Bb]ea [Mm]asuk|[Kk]ebijakan|[Ll]arangan|[Dd]eportasi|[Ii]migrasi)(?:\s+[\p{L}\d%]+){0,3}\s+(?:ke\s+)?`;
const POLICY_BEFORE = new RegExp(`${POLICY}$`, 'u');
const POLICY_PHRASE = new RegExp(`${POLICY}(?:AS|Amerika Serikat|Amerika|China|Tiongkok|Rusia)(?![\\p{L}])`, 'gu');

/** A leader's title or a conjunction before the name keeps the leader the subject ("Presiden Trump", "Paus Leo dan Trump"). */
const LEADER_TITLE_BEFORE = /(?:Presiden|Wapres|PM|Perdana Menteri|Menlu|Kanselir|Raja|Pemimpin|dan|serta)\s+$/u;

/** "Senat AS", "Marinir AS", "Bom AS": a state body, or the state's arms, named right before the country. */
const STATE_BODY_BEFORE = /(?<![\p{L}])(?:Senat|Kongres|Marinir|Militer|Pasukan|Tentara|Presiden|Pemerintah|Pemerintahan|Departemen|Kementerian|Menlu|Menhan|Kedubes|Dubes|Angkatan \p{L}+|Pengadilan|Mahkamah Agung|Bank Sentral|Jaksa Agung|Bom|Rudal|Jet Tempur|Kapal Perang|Kapal Induk)\s+$/u;

function findHits(text: string, mention: RegExp, leader: RegExp, k: Knowledge, inTitle = false): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(leader)) {
    // "Trump Klaim …" acts; "Perusahaan Trump Klaim …" is his company acting.
    const before = text.slice(Math.max(0, m.index! - 30), m.index!);
    const subject = !/\p{L}+\s+$/u.test(before) || LEADER_TITLE_BEFORE.test(before);
    hits.push({ state: true, listed: false, named: true, country: false, acting: subject && ACTOR_VERB.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40)) });
  }
  for (const m of text.matchAll(mention)) {
    const at = m.index!;
    const end = at + m[0].length;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(end, end + 40);
    const bare = BARE_NAME.test(m[0]);
    const policy = POLICY_BEFORE.test(before);
    // "Lawatan Prabowo ke Rusia": a state visit's "ke" is a relation, not a destination.
    const relation = RELATION_BEFORE.test(before);
    if (bare && !policy && !relation && k.incidentalBefore.test(before) && !PAIRED.test(after) && !PAIRED_BEFORE.test(before)) continue;
    const around = text.slice(Math.max(0, at - 45), end + 30);
    const listed = bare && (around.match(OTHER_COUNTRIES)?.length ?? 0) >= 4 && (around.match(/,/g)?.length ?? 0) >= 2;
    const paired = PAIRED.test(after) || PAIRED_BEFORE.test(before);
    const listTail = text.slice(end, end + 90).replace(COORDINATED, '');
    // In a title the other party of a relation is a subject whoever acts ("Negosiasi Nuklir dengan AS").
    const related = relation && (inTitle || actorIsOneOfThree(text, at));
    const verb = ACTOR_VERB.test(after) || ACTOR_VERB.test(listTail);
    const state = !bare || paired || policy || related || verb || countIn(text.slice(Math.max(0, at - 30), end + 20), k.stateWords) > 0;
    const acting = verb || policy || STATE_BODY_BEFORE.test(before) || (inTitle && related);
    // "Bursa Moskow Luncurkan …" is the exchange acting, not the state.
    hits.push({ state, listed, paired, acting, named: !bare && !k.incidentalBefore.test(before), country: bare });
  }
  return hits;
}

const ACTORS = /(?<![\p{L}])(?:Indonesia|Jepang|Korea|Korsel|Korut|India|Inggris|Prancis|Perancis|Jerman|Uni Eropa|Eropa|Taiwan|Iran|Israel|Turki|Ukraina|Kiev|Kyiv|NATO|Rusia|China|Tiongkok|Cina|AS|Amerika Serikat|Beijing|Moskow|Kremlin|Washington|Gedung Putih)(?![\p{L}])/gu;
const THREE = /^(?:Rusia|China|Tiongkok|Cina|AS|Amerika Serikat|Beijing|Moskow|Kremlin|Washington|Gedung Putih)$/u;

/**
 * In "China mengajak Rusia … melawan AS" the one acting is itself one of the three, so the relation is
 * theirs; in "Zelensky … konflik melawan Rusia" the actor is Ukraine and Russia is only the opponent.
 * Looks at the nearest country named earlier in the same sentence.
 */
function actorIsOneOfThree(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 160), at);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  let last: string | undefined;
  for (const m of sentence.matchAll(ACTORS)) last = m[0];
  return last !== undefined && THREE.test(last);
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
const countIn = count;

/**
 * Is this country a principal subject, given its evidence? A title mention needs a little support from
 * the body; a lead-only or body-only presence needs more. Thresholds measured on eval/labels/relevance.json.
 */
function isPrincipal(e: CountryEvidence, offTopicTop: number): boolean {
  const total = e.title + e.lead + e.body;
  const minState = offTopicTop >= 2 ? 4 : 2;
  // The state acting in the title is a subject even beside market words ("Pasar … Usai Senat AS Sahkan RUU");
  // a leader acting in a one-paragraph teaser that names him again ("Trump Tuntut Teheran Menyerah") has no room for a third mention.
  if (e.title > 0 && e.actorInTitle && e.state >= 2 && (total >= 3 || (e.leaderInTitle && e.spread >= 0.5))) return true;
  // A leader named in the title carries a roundup item ("Prabowo Sebut Pertemuan dengan Putin …").
  if (e.title > 0) return e.state >= minState && total >= 3 && e.spread >= (e.leaderInTitle || e.pairedInTitle ? 0.1 : e.stateTop > 0 ? 0.2 : 0.3);
  if (e.lead > 0) return e.stateTop > 0 && e.state >= Math.max(4, minState) && e.spread >= 0.25;
  return (e.state >= 8 && e.spread >= 0.25) || (offTopicTop < 2 && e.state >= 6 && e.spread >= 0.5);
}

/**
 * In a market report the state is a subject when it acts at the top ("IHSG Dibuka Menguat Usai AS Tetapkan
 * Tarif", a lead on Trump weighing a strike), is in a relation in the title ("Jelang Negosiasi Tarif
 * AS-China") or runs through more than half the body (a Fed decision explained at length); a market
 * merely watching Washington is not enough. The country acting in the headline by its own name ("Setelah China
 * Cabut Insentif Pajak") is the news the market moves on, once the body names the state again.
 */
function centralToMarket(e: CountryEvidence): boolean {
  return (e.stateTop >= 2 && e.state >= 4) || (e.state >= 7 && e.spread > 0.5) || (e.pairedInTitle && e.state >= 4) || (e.countryActsInTitle && e.state >= 3);
}

/** A numbered or dashed item heading in a roundup ("1. Kenapa …", "- Rekor, Rusia …"). */
const ITEM_HEADING = /^(?:[-–•]|\d{1,2}[.)])\s+(\p{Lu}.{9,160})$/u;

/**
 * Roundups ("5 Berita Terpopuler", "Kabar Dunia Sepekan") put several stories in one article, so no country
 * spreads over the whole body; each item, its heading read as a title, is judged like an article of its own.
 * Three or more headings make a roundup.
 */
function roundupItems(paragraphs: string[]): { title: string; paragraphs: string[] }[] {
  const items: { title: string; paragraphs: string[] }[] = [];
  for (const p of paragraphs) {
    const heading = ITEM_HEADING.exec(p.trim());
    if (heading) items.push({ title: heading[1]!, paragraphs: [] });
    else items[items.length - 1]?.paragraphs.push(p);
  }
  return items.length >= 3 ? items : [];
}

/** What the learned layer reads of each country (also what eval/train-relevance.ts trains on). */
export function modelInputs(article: { title: string; paragraphs: string[] }, k: Knowledge): Record<Country, ModelInput> {
  const g = gatherEvidence(article, k);
  return inputsFrom(g, hasMarketTitle(article.title, k));
}

/** "IHSG …", "Harga Emas …": the headline is a market report's. */
function hasMarketTitle(title: string, k: Knowledge): boolean {
  return count(title, k.marketTitle) > 0;
}

function inputsFrom(g: ReturnType<typeof gatherEvidence>, market: boolean): Record<Country, ModelInput> {
  const out = {} as Record<Country, ModelInput>;
  for (const c of COUNTRIES) out[c] = { title: g.headline, lead: g.lead, evidence: g.evidence[c], offTopicTop: g.offTopicTop, relationTop: g.relationTop, market };
  return out;
}

/** Principal countries, topic tags and a 0..1 score for the China–Russia–US beat. */
export function scoreRelevance(article: { title: string; paragraphs: string[] }, k: Knowledge): Relevance {
  const gathered = gatherEvidence(article, k);
  const { evidence, offTopicTop, relationTop } = gathered;
  // "Trump Pertimbangkan Biaya Visa Turis", "Harga Emas Naik Usai The Fed Tahan Suku Bunga": a leader or
  // institution acting in the title outweighs the travel or market word beside it.
  const leaderActs = COUNTRIES.some((c) => (evidence[c].leaderInTitle || evidence[c].institutionActsInTitle) && evidence[c].actorInTitle && evidence[c].state >= 4 && evidence[c].spread >= 0.3);
  // "Biaya Tambahan Visa Turis ke Amerika": a travel word inside the state's policy is the policy's object.
  const vetoed = count(article.title.replace(POLICY_PHRASE, ''), k.titleVeto) > 0 && !leaderActs;
  const marketWords = hasMarketTitle(article.title, k);
  // A market report ("IHSG …", "Harga Emas …") is about a state only when the state is central to it.
  const market = marketWords && !leaderActs;
  const items = roundupItems(article.paragraphs);
  const itemEvidence = vetoed ? [] : items.map((item) => gatherEvidence(item, k));
  const plainItem = (title: string) => count(title, k.titleVeto) + count(title, k.marketTitle) === 0;
  const learned = k.relevanceModel && !vetoed ? modelAdds(k.relevanceModel, inputsFrom(gathered, marketWords)) : [];
  const celebrity = inCelebrityLife(article, k);
  const principal = vetoed
    ? []
    : COUNTRIES.filter(
        (c) =>
          !celebrity(c) &&
          ((isPrincipal(evidence[c], offTopicTop) && (!market || centralToMarket(evidence[c]))) ||
            itemEvidence.some((it, i) => plainItem(items[i]!.title) && isPrincipal(it.evidence[c], it.offTopicTop)) ||
            learned.includes(c)),
      );
  const topics: Topic[] = [...principal];
  const pairs: [Country, Country, Topic][] = [
    ['china', 'russia', 'china-russia'],
    ['china', 'us', 'china-us'],
    ['russia', 'us', 'russia-us'],
  ];
  for (const [a, b, tag] of pairs) {
    if (!principal.includes(a) || !principal.includes(b)) continue;
    const bothOnTop = evidence[a].title + evidence[a].lead > 0 && evidence[b].title + evidence[b].lead > 0;
    const bothInTitle = evidence[a].title > 0 && evidence[b].title > 0;
    if (bothInTitle || (bothOnTop && relationTop > 0)) topics.push(tag);
  }
  if (topics.length > principal.length) topics.push('triangle');
  const strength = Math.max(0, ...COUNTRIES.map((c) => strengthOf(evidence[c])));
  const score = principal.length === 0 ? Math.min(0.3, strength * 0.3) : Math.min(1, 0.5 + 0.1 * principal.length + 0.2 * strength + (topics.includes('triangle') ? 0.1 : 0));
  return { principal, topics, score: Math.round(score * 100) / 100 };
}

/**
 * "Joe Biden Muncul di Lokasi Syuting", a first lady's gown, an ex-president's holiday: amid words of private
 * or celebrity life, a leader is a celebrity. A country the article itself names more than four times (its
 * state, its places) stays in the running.
 */
function inCelebrityLife(article: { title: string; paragraphs: string[] }, k: Knowledge): (c: Country) => boolean {
  const text = [article.title, ...article.paragraphs].join('\n');
  if (count(text, k.softNews) < 3) return () => false;
  return (c) => count(text, k.countries[c].mention) <= 4;
}

function strengthOf(e: CountryEvidence): number {
  return Math.min(1, (2 * Math.min(e.title, 1) + Math.min(e.lead, 2) + Math.min(e.state, 6) / 2) / 6);
}
