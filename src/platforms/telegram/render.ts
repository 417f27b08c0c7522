import type { Reply } from '../../../commands/types.ts';
import type { Post } from '../../domain/post.ts';

/** Telegram's limit on one message's text. We hold the HTML source to it, so the visible text always fits. */
export const MAX_MESSAGE = 4096;
/** Outlets named in a byline; a story carried everywhere would otherwise crowd the post. */
const MAX_OUTLETS = 6;

/** Escapes text for parse_mode HTML, quotes included so the same function serves attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A link when the URL is http(s) and of sane length, the bare escaped text otherwise (a javascript:
 * URL never becomes a link). The text is cut to `maxText` escaped characters.
 */
export function link(text: string, url: string | undefined, maxText = 1000): string {
  const shown = fitEscaped(text, maxText);
  return url && /^https?:\/\//i.test(url) && url.length <= 2000 ? `<a href="${escapeHtml(url)}">${shown}</a>` : shown;
}

/**
 * The longest prefix of `text` whose escaped form fits in `max` characters, cut after a sentence when
 * one ends late enough, else after a word, and marked with "…". Cutting before escaping means a cut
 * can never fall inside an entity.
 */
export function fitEscaped(text: string, max: number): string {
  const full = escapeHtml(text);
  if (full.length <= max) return full;
  if (max < 2) return '';
  let used = 0;
  let cut = 0;
  for (let i = 0; i < text.length; i++) {
    const size = escapeHtml(text[i]).length;
    if (used + size > max - 1) break;
    used += size;
    cut = i + 1;
  }
  let prefix = text.slice(0, cut);
  const sentence = Math.max(prefix.lastIndexOf('. '), prefix.lastIndexOf('? '), prefix.lastIndexOf('! '));
  const word = prefix.lastIndexOf(' ');
  if (sentence > cut * 0.6) prefix = prefix.slice(0, sentence + 1);
  else if (word > cut * 0.6) prefix = prefix.slice(0, word);
  return `${escapeHtml(prefix.trimEnd())}…`;
}

// A fixed table: Intl month names cost more than the rest of a post's rendering.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const month = MONTHS[d.getUTCMonth()];
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} UTC`;
}

function hashtags(post: Post): string {
  return post.topics.map((t) => `#${t.replace(/-/g, '_')}`).join(' ');
}

/**
 * A post as one Telegram HTML message: linked English title, outlets and time, summary, quotes with
 * speakers, topic hashtags. Too long, the quotes that do not fit are dropped and the summary is cut
 * on a sentence, so a post is always one message (the outbox tracks one message per delivery).
 */
export function renderPostHtml(post: Post, limit = MAX_MESSAGE): string {
  const title = `<b>${link(post.title, post.url, 600)}</b>`;
  const notice = post.translated ? '' : '<i>Not yet translated — original Indonesian text.</i>';
  const distinct = [...new Map(post.outlets.map((o) => [o.name, o])).values()];
  const outlets = [
    ...distinct.slice(0, MAX_OUTLETS).map((o) => link(o.name, o.url, 80)),
    ...(distinct.length > MAX_OUTLETS ? [`+${distinct.length - MAX_OUTLETS} more`] : []),
  ].join(', ');
  const time = formatTime(post.publishedAt);
  const byline = [outlets, escapeHtml(time)].filter(Boolean).join(' · ');
  const tags = escapeHtml(hashtags(post));
  const head = [title, notice, byline].filter(Boolean).join('\n');
  const fixed = [head, tags].filter(Boolean);
  const sep = '\n\n';
  let budget = limit - fixed.join(sep).length - sep.length;

  const quotes: string[] = [];
  const summaryMin = Math.min(escapeHtml(post.summary).length, 600);
  for (const q of post.quotes) {
    const who = `— <b>${escapeHtml(q.speaker)}</b>${q.role ? `, ${escapeHtml(q.role)}` : ''}`;
    const html = `<blockquote>${escapeHtml(`“${q.text}”`)}</blockquote>${who}`;
    // Quotes only take room the summary's first few sentences do not need.
    if (html.length + sep.length > budget - summaryMin - sep.length) break;
    quotes.push(html);
    budget -= html.length + sep.length;
  }
  const summary = post.summary ? fitEscaped(post.summary, Math.max(budget - sep.length, 0)) : '';
  const parts = [head, summary, ...quotes, tags].filter(Boolean);
  return parts.join(sep);
}

interface Fragment {
  html: string;
  /** List items sit on consecutive lines; other fragments are paragraphs. */
  item: boolean;
}

/** The HTML fragments of a command reply, each self-contained (its tags closed). */
function replyFragments(reply: Reply, limit: number): Fragment[] {
  const out: Fragment[] = [];
  const push = (html: string, item = false) => html && out.push({ html, item });
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'heading':
        push(`<b>${fitEscaped(block.text, limit - 7)}</b>`);
        break;
      case 'text':
        for (const para of block.text.split(/\n{2,}/)) push(fitEscaped(para, limit));
        break;
      case 'list':
        for (const item of block.items) {
          const main = `• ${link(item.text, item.url, 1000)}`;
          push(item.detail ? `${main}\n   <i>${fitEscaped(item.detail, 500)}</i>` : main, true);
        }
        break;
      case 'post':
        push(renderPostHtml(block.post, limit));
        break;
    }
  }
  return out;
}

/**
 * A command reply as one or more HTML messages. Fragments are packed in order and a message is only
 * ever split between two fragments (a paragraph, a list item), never inside a tag or an entity.
 */
export function renderReplyHtml(reply: Reply, limit = MAX_MESSAGE): string[] {
  const messages: string[] = [];
  let current = '';
  let previousWasItem = false;
  for (const { html, item } of replyFragments(reply, limit)) {
    const joiner = current ? (item && previousWasItem ? '\n' : '\n\n') : '';
    if (current && current.length + joiner.length + html.length > limit) {
      messages.push(current);
      current = html;
    } else {
      current += joiner + html;
    }
    previousWasItem = item;
  }
  if (current) messages.push(current);
  return messages;
}
