import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutletEmulator, type OutletEmulator } from '../emulators/outlets.ts';
import { spawnKabar } from '../support/kabar-process.ts';
import { countPosts, createGrowingOutlet } from '../support/outlet-setup.ts';

/** Kill/restart cycles; the target is 50 (the default). */
const CYCLES = Number(process.env.KABAR_CRASH_CYCLES ?? 50);

describe('crash test: kabar run killed with SIGKILL at random moments', () => {
  let emulator: OutletEmulator;
  beforeAll(async () => {
    emulator = await startOutletEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });

  it(`${CYCLES} kill/restart cycles: every story posted, at most one duplicate per kill`, async () => {
    const outlet = createGrowingOutlet(emulator);
    outlet.publish(0); // on the feed before the first poll: recorded, never posted
    const env = { KABAR_OUTLETS: outlet.outletsFile, KABAR_STORE: `sqlite://${join(outlet.dir, 'kabar.sqlite')}` };
    const outputs: string[] = [];
    let seed = 20261122;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // A first run records what is on the feed (the first poll posts nothing), and exits cleanly.
    const bootstrap = spawnKabar(['run'], env);
    for (let i = 0; i < 300 && emulator.hits('/kompastv/rss') === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1_000));
    await bootstrap.kill('SIGTERM');
    expect(emulator.hits('/kompastv/rss')).toBeGreaterThan(0);
    let n = 1;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const kabar = spawnKabar(['run'], env);
      // Publish while it boots, polls, extracts and delivers; kill it somewhere in there.
      const count = 1 + Math.floor(random() * 2);
      for (let i = 0; i < count; i++) outlet.publish(n++);
      await new Promise((r) => setTimeout(r, 600 + random() * 2_400));
      await kabar.kill('SIGKILL');
      outputs.push(kabar.stdout());
    }
    // A last run with no kill lets everything still pending go out.
    const expected = outlet.published.filter((p) => p.n > 0).map((p) => p.article.title);
    const backlog = expected.filter((t) => countPosts(outputs.join(''), t) === 0).length;
    const final = spawnKabar(['run'], env);
    const all = () => outputs.join('') + final.stdout();
    // The last run fetches the backlog under the per-host politeness delay (about 2 s an article when
    // the machine is idle, near 4 s when another test file runs beside it on two cores), so its deadline
    // grows with the backlog: on a loaded machine the killed runs post little.
    const started = Date.now();
    await final.waitFor(() => expected.every((t) => countPosts(all(), t) >= 1), 60_000 + 5_000 * backlog);
    console.log(`crash test: the last run posted a backlog of ${backlog} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await new Promise((r) => setTimeout(r, 1_500));
    await final.kill('SIGTERM');
    const counts = expected.map((t) => countPosts(all(), t));
    const lost = counts.filter((c) => c === 0).length;
    const duplicates = counts.reduce((sum, c) => sum + Math.max(0, c - 1), 0);
    console.log(`crash test: ${CYCLES} kills, ${expected.length} stories, ${lost} lost, ${duplicates} duplicates`);
    expect(lost, final.stderr()).toBe(0);
    expect(duplicates).toBeLessThanOrEqual(CYCLES);
    expect(countPosts(all(), outlet.published[0].article.title)).toBe(0);
  }, 900_000);
});
