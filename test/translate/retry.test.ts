import { describe, expect, it } from 'vitest';
import { TranslateApiError, withRetry } from '../../src/translate/retry.ts';

describe('withRetry', () => {
  it('reports the last real failure when a late-waking sleep used up the time bound', async () => {
    let now = 0;
    const timeouts: number[] = [];
    const attempt = async (timeoutMs: number) => {
      timeouts.push(timeoutMs);
      throw new TranslateApiError('Google Translate v2: HTTP 500', 500, true);
    };
    // Each sleep is asked for its delay but, as on a loaded machine, wakes 5 s late, past the whole bound.
    const sleep = async (ms: number) => {
      now += ms + 5_000;
    };
    const err = await withRetry(attempt, { maxMs: 5_000, baseMs: 500, nowMs: () => now, sleep, random: () => 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranslateApiError);
    expect((err as Error).message).toMatch(/HTTP 500/);
    expect(timeouts.every((t) => t > 1)).toBe(true);
  });

  it('does not spend the last few milliseconds of the bound on an attempt that can only time out', async () => {
    let now = 0;
    const timeouts: number[] = [];
    const attempt = async (timeoutMs: number) => {
      timeouts.push(timeoutMs);
      now += 10; // the emulated server answers 500 at once
      throw new TranslateApiError('Google Translate v2: HTTP 500', 500, true);
    };
    // The sleeps wake a little late, so the bound is left with under a tenth of a second.
    const sleep = async (ms: number) => {
      now += ms + 40;
    };
    const err = await withRetry(attempt, { maxMs: 1_620, baseMs: 500, nowMs: () => now, sleep, random: () => 1 }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/HTTP 500/);
    expect(Math.min(...timeouts)).toBeGreaterThanOrEqual(250);
  });
});

