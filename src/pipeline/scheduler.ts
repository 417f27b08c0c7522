import cron, { type ScheduledTask } from 'node-cron';
import type { OutletConfig } from '../../config/schema.ts';
import type { Logger } from '../ops/logger.ts';

export interface Scheduler {
  stop(): Promise<void>;
}

/**
 * Runs `job` for each outlet on its own cron schedule. A run never overlaps the previous run of the
 * same outlet, and one outlet's failure is logged without touching the others.
 */
export function scheduleOutlets(outlets: OutletConfig[], job: (outlet: OutletConfig) => Promise<unknown>, logger: Logger): Scheduler {
  const running = new Set<Promise<unknown>>();
  const tasks: ScheduledTask[] = outlets
    .filter((o) => o.enabled)
    .map((outlet) =>
      cron.schedule(
        outlet.schedule,
        async () => {
          const run = job(outlet).catch((err) => logger.error({ err, outlet: outlet.id }, 'outlet poll failed'));
          running.add(run);
          await run;
          running.delete(run);
        },
        { name: `poll:${outlet.id}`, noOverlap: true },
      ),
    );
  return {
    async stop() {
      await Promise.all(tasks.map((t) => t.stop()));
      await Promise.all(running);
    },
  };
}
