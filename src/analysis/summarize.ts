import type { Summary } from '../domain/analysis.ts';
import { findQuoteSpans } from './quote-marks.ts';
import { splitSentences } from './sentences.ts';
import { isBoilerplate, stripDateline, unglue, wordsOf } from './text.ts';

/**
 * Default size: leaves room for two or three quotes in one Telegram/Discord message. 500 rather than 600:
 * ROUGE-1 on IndoSum rose (0.672 → 0.684; references average ~420 chars) and translation fell under 30%
 * of the body's characters (npm run eval, npm run eval:translate).
 */
export const DEFAULT_SUMMARY_CHARS = 500;

const STOPWORDS = new Set(
  (
    'yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga karena oleh sebagai atau adalah ada telah ' +
    'sudah bisa dapat lebih para saat secara kata ujar ia dia mereka kami kita saya anda tersebut bahwa jika namun ' +
    'tetapi hingga sejak agar sementara serta masih baru belum harus menjadi hal lain setelah sebelum antara bagi ' +
    'tak pun lagi nya mengatakan menurut seperti banyak sangat hanya kini sendiri the of and to in a'
  ).split(' '),
);

/** Lines that are never summary material even if cleaning missed them. */
const NOT_SUMMARY = /baca juga|simak (juga )?video|advertisement|scroll to continue|gabung ke channel|klik (di )?sini|download aplikasi|https?:\/\/|^foto\s*:|^ilustrasi|^sumber\s*:|^editor\s*:|\[gambas/i;

interface Candidate {
  text: string;
  order: number;
  score: number;
}

interface Sentence {
  text: string;
  /** Share of the sentence inside a direct quote, counting quotes that span sentences or paragraphs. */
  quoted: number;
}

/**
 * A sentence at least this much inside quotation marks is a direct quote: each post shows and translates
 * the quotes on their own, so repeating one in the summary costs characters and says nothing new.
 */
const QUOTE_SENTENCE = 0.5;

/**
 * Extractive summary in the article's language: the sentences that best match the title and the
 * article's main words, with a lead bias, kept in article order and cut to `maxChars`. Sentences that
 * are mostly inside a direct quote (also one spanning sentences or paragraphs) are left out, because
 * quotes are shown and translated beside the summary; short scare quotes do not count.
 */
export function summarize(article: { title: string; paragraphs: string[] }, opts: { maxChars?: number } = {}): Summary {
  const maxChars = opts.maxChars ?? DEFAULT_SUMMARY_CHARS;
  const candidates = candidatesOf(article);
  if (candidates.length === 0) return { sentences: [], text: '' };
  const picked: Candidate[] = [];
  let used = 0;
  for (const c of [...candidates].sort((a, b) => b.score - a.score || a.order - b.order)) {
    const cost = c.text.length + (picked.length ? 1 : 0);
    if (used + cost > maxChars) continue;
    picked.push(c);
    used += cost;
  }
  if (picked.length === 0) picked.push({ ...candidates[0]!, text: cut(candidates[0]!.text, maxChars) });
  const sentences = picked.sort((a, b) => a.order - b.order).map((c) => c.text);
  return { sentences, text: sentences.join(' ') };
}

/** The first three sentences (the usual baseline), under the same cleaning. */
export function leadSentences(article: { title: string; paragraphs: string[] }, n = 3): string[] {
  return sentencesOf(article)
    .slice(0, n)
    .map((s) => s.text);
}

function sentencesOf(article: { paragraphs: string[] }): Sentence[] {
  const out: Sentence[] = [];
  let first = true;
  // A paragraph that ends inside a quote carries it into the next one when that one reopens with a mark.
  let carried = false;
  for (const raw of article.paragraphs) {
    if (isBoilerplate(raw) || NOT_SUMMARY.test(raw)) continue;
    const p = unglue(first ? stripDateline(raw) : raw);
    first = false;
    const spans = findQuoteSpans(p);
    const inside = new Uint8Array(p.length);
    for (const q of spans) inside.fill(1, q.open, q.close < 0 ? p.length : q.close + 1);
    if (carried && spans.length === 0) inside.fill(1);
    carried = spans.length > 0 && spans[spans.length - 1]!.close < 0;
    let from = 0;
    for (const s of splitSentences(p)) {
      const at = p.indexOf(s, from);
      if (at >= 0) from = at + s.length;
      if (NOT_SUMMARY.test(s) || wordsOf(s).length < 4) continue;
      let n = 0;
      if (at >= 0) for (let i = at; i < at + s.length; i++) n += inside[i]!;
      out.push({ text: s, quoted: at >= 0 ? n / s.length : quotedShare(s) });
    }
  }
  return out;
}

function candidatesOf(article: { title: string; paragraphs: string[] }): Candidate[] {
  // A plain-text article's first line is often both its title and its first paragraph.
  const title = wordsOf(article.title).join(' ');
  const all = sentencesOf(article).filter((s) => wordsOf(s.text).join(' ') !== title);
  const reported = all.filter((s) => s.quoted < QUOTE_SENTENCE);
  // An article that is all quotes still gets a summary.
  const sentences = (reported.length ? reported : all).map((s) => s.text);
  const docFreq = new Map<string, number>();
  const bags = sentences.map((s) => contentWords(s));
  for (const bag of bags) for (const w of new Set(bag)) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
  const titleWords = new Set(contentWords(article.title));
  return sentences.map((text, order) => {
    const bag = bags[order]!;
    const unique = new Set(bag);
    const titleOverlap = titleWords.size ? [...unique].filter((w) => titleWords.has(w)).length / titleWords.size : 0;
    const centrality = unique.size ? [...unique].reduce((sum, w) => sum + Math.min(docFreq.get(w)! - 1, 4), 0) / (4 * Math.sqrt(unique.size) * 2) : 0;
    const position = 1 / (1 + order * 0.6);
    const quoted = quotedShare(text);
    const lengthFit = text.length < 50 ? 0.5 : text.length > 350 ? 0.7 : 1;
    const score = (1.4 * position + 1.0 * titleOverlap + 0.5 * centrality) * lengthFit * (1 - 0.9 * quoted);
    return { text, order, score };
  });
}

function contentWords(text: string): string[] {
  return wordsOf(text).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}

function quotedShare(sentence: string): number {
  let inside = 0;
  for (const s of findQuoteSpans(sentence)) inside += (s.close < 0 ? sentence.length : s.close) - s.open;
  return sentence.length ? inside / sentence.length : 0;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), max / 2))}…`;
}
