import type { ChatPlatform } from '../../delivery/platform.ts';
import type { Post } from '../../domain/post.ts';

/** Plain-text rendering of a post, as a person would read it in a terminal. */
export function renderPostText(post: Post): string {
  const lines = [`━━ ${post.title}${post.translated ? '' : '  [untranslated]'}`];
  lines.push(`${post.outlets.map((o) => o.name).join(', ')} · ${post.publishedAt}`);
  if (post.summary) lines.push('', post.summary);
  for (const q of post.quotes) lines.push('', `  “${q.text}”`, `    — ${q.speaker}${q.role ? `, ${q.role}` : ''}`);
  lines.push('', post.url);
  if (post.topics.length) lines.push(post.topics.map((t) => `#${t.replace(/-/g, '_')}`).join(' '));
  return lines.join('\n') + '\n';
}

/**
 * The platform used when no chat token is set: prints each post to stdout, so a newcomer sees
 * what the bot would send.
 */
export function createConsolePlatform(write: (text: string) => void = (t) => process.stdout.write(t)): ChatPlatform {
  let counter = 0;
  return {
    name: 'console',
    async send(_target, post) {
      write(renderPostText(post) + '\n');
      return { kind: 'sent', messageId: String(++counter) };
    },
  };
}
