import type { APIEmbed, APIEmbedField, RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { Reply } from '../../../commands/types.ts';
import type { Post } from '../../domain/post.ts';
import type { Topic } from '../../domain/topics.ts';

/** Discord's documented embed limits (characters, as Discord counts them: code points). */
export const EMBED_LIMITS = { title: 256, description: 4096, fieldName: 256, fieldValue: 1024, fields: 25, footer: 2048, author: 256, total: 6000, embeds: 10, content: 2000, threadName: 100 } as const;

/** One colour per topic so a channel's posts can be told apart at a glance. */
const TOPIC_COLOURS: Record<Topic, number> = {
  china: 0xde2910,
  russia: 0x0039a6,
  us: 0x3c3b6e,
  'china-russia': 0x8e24aa,
  'china-us': 0xef6c00,
  'russia-us': 0x00897b,
  triangle: 0xf9a825,
};
const NEUTRAL_COLOUR = 0x607d8b;

/** Nobody is ever pinged by what kabar posts, whatever the article says ("@everyone", "<@&id>"). */
export const NO_MENTIONS = { parse: [] as [] };

const length = (s: string | undefined) => (s ? [...s].length : 0);

/** Cuts to `max` code points with an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(max - 1, 0)).join('').trimEnd()}…`;
}

/** Markdown that would change how an article's own text reads: *bold*, _italic_, `code`, [links](…), quotes. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_`~|\[\]]/g, '\\$&').replace(/^([>#-])/gm, '\\$1');
}

/** Characters an embed spends against the 6,000 total. */
export function embedSize(e: APIEmbed): number {
  return (
    length(e.title) +
    length(e.description) +
    length(e.footer?.text) +
    length(e.author?.name) +
    (e.fields ?? []).reduce((n, f) => n + length(f.name) + length(f.value), 0)
  );
}

function colourOf(topics: Topic[]): number {
  // The most specific topic wins: a pair says more than one country, and "triangle" is every story.
  const pick = topics.find((t) => t.includes('-')) ?? topics.find((t) => t !== 'triangle') ?? topics[0];
  return pick ? TOPIC_COLOURS[pick] : NEUTRAL_COLOUR;
}

function outletsField(post: Post): APIEmbedField | undefined {
  const seen = new Set<string>();
  const links: string[] = [];
  for (const o of post.outlets) {
    if (seen.has(o.name)) continue;
    seen.add(o.name);
    links.push(o.url ? `[${escapeMarkdown(o.name)}](${o.url})` : escapeMarkdown(o.name));
  }
  if (!links.length || length(links[0]) > EMBED_LIMITS.fieldValue) return undefined;
  let value = '';
  for (const link of links) {
    const next = value ? `${value} · ${link}` : link;
    if (length(next) > EMBED_LIMITS.fieldValue) break;
    value = next;
  }
  return { name: links.length > 1 ? 'Outlets' : 'Outlet', value, inline: false };
}

function quoteField(q: Post['quotes'][number]): APIEmbedField {
  const name = truncate(q.role ? `${q.speaker} (${q.role})` : q.speaker, EMBED_LIMITS.fieldName) || 'Unnamed speaker';
  return { name, value: truncate(`“${q.text}”`, EMBED_LIMITS.fieldValue) };
}

/**
 * A story post as one embed: title linked to the original, summary, quotes as fields, outlets,
 * published time, image, topic colour and the story id in the footer, trimmed to Discord's limits
 * (the summary gives way first, then the last quotes).
 */
export function renderPostEmbed(post: Post): APIEmbed {
  const marker = post.translated ? '' : '*Not translated: original Indonesian text.*\n\n';
  const footer = { text: truncate(`story ${post.storyId}${post.translated ? '' : ' · not translated'}`, EMBED_LIMITS.footer) };
  const quoteFields = post.quotes.map(quoteField);
  const outlets = outletsField(post);
  const fields = [...quoteFields.slice(0, EMBED_LIMITS.fields - (outlets ? 1 : 0)), ...(outlets ? [outlets] : [])];
  const embed: APIEmbed = {
    title: truncate(post.title || 'Untitled story', EMBED_LIMITS.title),
    ...(post.url ? { url: post.url } : {}),
    // Discord refuses an empty description; a post without a summary simply has none.
    ...(marker || post.summary.trim() ? { description: truncate(marker + escapeMarkdown(post.summary), EMBED_LIMITS.description) } : {}),
    fields,
    color: colourOf(post.topics),
    footer,
    ...(isTimestamp(post.publishedAt) ? { timestamp: new Date(post.publishedAt).toISOString() } : {}),
    ...(post.image && /^https?:\/\//.test(post.image) ? { image: { url: post.image } } : {}),
  };
  // Over the total: shorten the summary (keeping at least a few lines), then drop quotes from the end.
  const shrinkSummary = (floor: number) => {
    const over = embedSize(embed) - EMBED_LIMITS.total;
    if (over > 0 && embed.description) embed.description = truncate(embed.description, Math.max(length(embed.description) - over, floor));
  };
  shrinkSummary(200);
  while (embedSize(embed) > EMBED_LIMITS.total && embed.fields!.length > (outlets ? 1 : 0)) {
    embed.fields!.splice(embed.fields!.length - (outlets ? 2 : 1), 1);
  }
  shrinkSummary(1);
  return embed;
}

function isTimestamp(value: string | undefined): value is string {
  return !!value && !Number.isNaN(new Date(value).getTime());
}

/** The message body for one story post: embed only, no content, no pings. */
export function renderPost(post: Post): RESTPostAPIChannelMessageJSONBody & { allowed_mentions: { parse: [] } } {
  return { embeds: [renderPostEmbed(post)], allowed_mentions: NO_MENTIONS };
}

/** A forum post's title (thread name): the story title, within 100 characters. */
export function forumThreadName(post: Post): string {
  return truncate((post.title || `Story ${post.storyId}`).replace(/\s+/g, ' ').trim(), EMBED_LIMITS.threadName);
}

export interface RenderedReply {
  embeds: APIEmbed[];
  /** Only the user who asked sees it (message flag 64). */
  ephemeral: boolean;
}

function listLine(item: { text: string; url?: string; detail?: string }): string {
  // Link text may not contain "]" unescaped; the title is escaped, so it reads as written.
  const head = item.url ? `[${escapeMarkdown(truncate(item.text, 200))}](${item.url})` : escapeMarkdown(item.text);
  return `• ${head}${item.detail ? `\n  ${escapeMarkdown(item.detail)}` : ''}`;
}

/**
 * A neutral command reply as one embed (heading as title, paragraphs and list lines as the
 * description) plus one embed per story post, within the per-message limits.
 */
export function renderReply(reply: Reply): RenderedReply {
  const embeds: APIEmbed[] = [];
  let title: string | undefined;
  const lines: string[] = [];
  const posts: APIEmbed[] = [];
  for (const block of reply.blocks) {
    if (block.type === 'heading') {
      if (title === undefined && !lines.length) title = block.text;
      else lines.push(`**${escapeMarkdown(block.text)}**`);
    } else if (block.type === 'text') lines.push(escapeMarkdown(block.text));
    else if (block.type === 'list') lines.push(block.items.map(listLine).join('\n'));
    else posts.push(renderPostEmbed(block.post));
  }
  if (title !== undefined || lines.length) {
    const description = fitLines(lines, EMBED_LIMITS.description);
    embeds.push({
      ...(title !== undefined ? { title: truncate(title, EMBED_LIMITS.title) } : {}),
      ...(description ? { description } : {}),
      color: reply.ephemeral ? NEUTRAL_COLOUR : TOPIC_COLOURS.triangle,
    });
  }
  let total = embeds.reduce((n, e) => n + embedSize(e), 0);
  for (const p of posts) {
    if (embeds.length >= EMBED_LIMITS.embeds || total + embedSize(p) > EMBED_LIMITS.total) break;
    embeds.push(p);
    total += embedSize(p);
  }
  return { embeds, ephemeral: !!reply.ephemeral };
}

/** Joins paragraphs up to `max`; what does not fit is cut at a line with a note. */
function fitLines(lines: string[], max: number): string {
  const text = lines.join('\n\n');
  if (length(text) <= max) return text;
  const note = '\n…(more not shown)';
  const kept = [...text].slice(0, max - note.length).join('');
  const cut = kept.lastIndexOf('\n');
  return (cut > max / 2 ? kept.slice(0, cut) : kept) + note;
}
