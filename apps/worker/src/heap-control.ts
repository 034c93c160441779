import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { HeapControl } from '@snowball/core';

/**
 * The worker's `HeapControl`: V8's own full collection. Node exposes it only with `--expose-gc`; set at run time, the
 * flag applies to contexts created after it, so a fresh context hands the function over (the way Jest's leak detector
 * gets it), and no process needs a special command line. Undefined if the runtime refuses: the round then runs
 * without collections between its phases.
 */
export function heapControl(): HeapControl | undefined {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as (() => void) | undefined;
    } catch {
      gc = undefined;
    }
  }
  if (typeof gc !== 'function') return undefined;
  const collect = gc;
  return { collect: () => collect() };
}
