/** The outcome of racing work against a deadline. */
export type Settled<T> = { readonly done: true; readonly value: T } | { readonly done: false };

/**
 * Waits at most `ms` for `work`. The work keeps running after the deadline (the caller awaits it later);
 * its rejection is the caller's to handle, so none is left unhandled here.
 */
export async function settleWithin<T>(work: Promise<T>, ms: number): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([work.then((value) => ({ done: true as const, value })), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
