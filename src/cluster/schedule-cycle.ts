import cron from 'node-cron';

/**
 * The length of one poll cycle of a cron schedule: the shortest gap between its next firings. Exact
 * for the regular schedules outlets use (every N seconds/minutes/hours); for an irregular one
 * (`*\/7` minutes wraps at the hour) the cycle is the shortest gap, so a source may be polled a bit
 * more often than the schedule says, never less.
 */
export async function cycleMsOf(schedule: string): Promise<number> {
  const task = cron.createTask(schedule, () => undefined);
  try {
    const runs = task.getNextRuns(6).map((d) => d.getTime());
    const gaps = runs.slice(1).map((t, i) => t - runs[i]).filter((g) => g > 0);
    return gaps.length > 0 ? Math.min(...gaps) : 300_000;
  } finally {
    await task.destroy();
  }
}
