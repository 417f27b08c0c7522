/**
 * Runs read-modify-write updates one after another in this process, so two concurrent updates of
 * one stored list never lose each other. A failed update does not block the next.
 */
export function createSerial(): <T>(work: () => Promise<T>) => Promise<T> {
  let chain: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };
}
