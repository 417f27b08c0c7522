import type { Target } from './subscription.ts';

export type DeliveryState = 'pending' | 'sending' | 'sent' | 'gone' | 'failed';

/** One (story, target) pair in the outbox. Persisted before and after each send. */
export interface Delivery {
  storyId: string;
  /** The target the story was queued for (the record's key). */
  target: Target;
  /** Where to send instead, when the chat moved (a Telegram group migrated to a supergroup). */
  sendTo?: Target;
  state: DeliveryState;
  attempts: number;
  /** Epoch ms before which no retry is made. */
  notBefore: number;
  lastError?: string;
  messageId?: string;
  sentAt?: string;
}

/** What a platform reports after one send. */
export type SendResult =
  | { kind: 'sent'; messageId?: string }
  | { kind: 'retry'; afterMs: number; reason: string }
  | { kind: 'gone'; reason: string }
  | { kind: 'moved'; target: Target; reason: string };
