import type { Ids } from '../ports/ids.js';

/** Repeatable ids that are still valid UUIDs (the database column type is uuid). */
export class SequentialIds implements Ids {
  private n = 0;
  id(): string {
    this.n += 1;
    return `00000000-0000-4000-8000-${this.n.toString(16).padStart(12, '0')}`;
  }
  code(): string {
    this.n += 1;
    return `CODE${this.n.toString().padStart(4, '0')}`;
  }
  token(): string {
    this.n += 1;
    return `token-${this.n.toString().padStart(40, '0')}`;
  }
}
