import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutletEmulator, type OutletEmulator } from '../emulators/outlets.ts';
import { spawnKabar, type KabarProcess } from '../support/kabar-process.ts';
import { countPosts, createGrowingOutlet } from '../support/outlet-setup.ts';

describe('kabar run with no chat tokens', () => {
  let emulator: OutletEmulator;
  let kabar: KabarProcess | undefined;
  beforeAll(async () => {
    emulator = await startOutletEmulator();
  });
  afterAll(async () => {
    await kabar?.kill();
    await emulator.close();
  });

  it('records the first poll, then prints each new story once, within the poll interval + 3 s', async () => {
    const outlet = createGrowingOutlet(emulator);
    const old = outlet.publish(1);
    kabar = spawnKabar(['run'], { KABAR_OUTLETS: outlet.outletsFile, KABAR_STORE: `sqlite://${join(outlet.dir, 'kabar.sqlite')}`, KABAR_HTTP_PORT: '0' });
    // The first poll records what is already on the feed.
    const firstPollDone = () => emulator.hits('/kompastv/rss') >= 1;
    for (let i = 0; i < 200 && !firstPollDone(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(firstPollDone()).toBe(true);
    await new Promise((r) => setTimeout(r, 1_500));

    const latencies: number[] = [];
    for (const n of [2, 3, 4]) {
      const article = outlet.publish(n);
      const start = Date.now();
      const printed = await kabar.waitFor((out) => countPosts(out, article.title) === 1, 1_000 + 3_000);
      expect(printed, `story ${n} printed within 4 s; stderr:\n${kabar.stderr()}`).toBe(true);
      latencies.push(Date.now() - start);
    }
    console.log(`publish → printed latency (ms), 1 s poll interval: ${latencies.join(', ')}`);
    const out = kabar.stdout();
    expect(countPosts(out, old.title)).toBe(0);
    // The post reads like a post: outlet, the quote with its speaker, the link, topic tags; no promo.
    expect(out).toContain('KompasTV');
    expect(out).toMatch(/— (Sergey )?Lavrov|— (Vladimir )?Putin|— Mao|— Wang|— Xi|— Peskov/);
    expect(out).toContain('#china_russia');
    expect(out).not.toMatch(/Baca Juga|WhatsApp/);
    await new Promise((r) => setTimeout(r, 1_500));
    for (const n of [2, 3, 4]) expect(countPosts(kabar.stdout(), outlet.published.find((p) => p.n === n)!.article.title)).toBe(1);
  }, 60_000);
});
