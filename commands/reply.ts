import type { Post } from '../src/domain/post.ts';
import type { Reply, ReplyBlock } from './types.ts';
import { formatTime } from './text.ts';

/** A reply of plain paragraphs. */
export function textReply(...paragraphs: string[]): Reply {
  return { blocks: paragraphs.map((text): ReplyBlock => ({ type: 'text', text })) };
}

/** A reply only the asker needs to see (a mistake, a refusal). */
export function privateReply(...paragraphs: string[]): Reply {
  return { ...textReply(...paragraphs), ephemeral: true };
}

/** "KompasTV, CNN Indonesia · 20 Nov 2026, 02:30 UTC" */
export function postByline(post: Post): string {
  const outlets = [...new Set(post.outlets.map((o) => o.name))].join(', ');
  return `${outlets || 'unknown outlet'} · ${formatTime(post.publishedAt)}${post.translated ? '' : ' · not translated'}`;
}
