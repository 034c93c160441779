/**
 * Hands memory back between the phases of a large job. A matching round over 100,000 members leaves a few hundred MB
 * of garbage from reading the club and ranking it; the runtime collects it only once the heap has grown well past
 * what is live, so without a collection between phases the process peaked at 1.0–1.2 GB, over the round's 1 GiB
 * target (`docs/performance.md`). Without this port, the runtime collects when it chooses.
 */
export interface HeapControl {
  /** A full collection now (a fraction of a second at 100,000 members). */
  collect(): void;
}
