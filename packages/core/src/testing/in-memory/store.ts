import { AsyncLocalStorage } from 'node:async_hooks';

/** The in-memory database behind every in-memory repository: named tables of rows, with transactions. */
export class MemoryStore {
  private tables = new Map<string, Map<string, unknown>>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly inside = new AsyncLocalStorage<true>();

  table<T>(name: string): Map<string, T> {
    let table = this.tables.get(name);
    if (!table) {
      table = new Map();
      this.tables.set(name, table);
    }
    return table as Map<string, T>;
  }

  /** Runs `work` alone; on failure every table is put back as it was. Nested calls join the outer one. */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return work();
    const run = async (): Promise<T> => {
      const snapshot = structuredClone(this.tables);
      try {
        return await this.inside.run(true, work);
      } catch (error) {
        this.tables = snapshot;
        throw error;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

/** Rows are copied in and out so callers can never mutate the stored state by accident. */
export function copy<T>(row: T): T {
  return structuredClone(row);
}
