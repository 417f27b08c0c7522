import type { Topic } from './topics.ts';

export const PLATFORMS = ['telegram', 'discord', 'console'] as const;
export type PlatformName = (typeof PLATFORMS)[number];

/** Where posts go: a chat or channel, optionally a forum topic / thread inside it. */
export interface Target {
  platform: PlatformName;
  chatId: string;
  threadId?: string;
}

export function targetKey(t: Target): string {
  return t.threadId ? `${t.platform}:${t.chatId}:${t.threadId}` : `${t.platform}:${t.chatId}`;
}

export function parseTargetKey(key: string): Target {
  const [platform, chatId, threadId] = key.split(':');
  return threadId ? { platform: platform as PlatformName, chatId, threadId } : { platform: platform as PlatformName, chatId };
}

export interface Subscription {
  target: Target;
  topics: Topic[];
  outlets?: string[];
  speakers?: string[];
  keywords?: string[];
  active: boolean;
  createdAt: string;
  createdBy?: string;
  /** Why the subscription was deactivated (bot kicked, channel deleted). */
  inactiveReason?: string;
}
