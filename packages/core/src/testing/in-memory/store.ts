import { AsyncLocalStorage } from 'node:async_hooks';
import { uniqueViolation } from '../../errors/unique-violation.js';

type Undo = () => void;

/**
 * A table that, inside a transaction, remembers how to undo each change. Rolling back replays the undo log
 * backwards, so a failed unit of work costs what it wrote, not a copy of the whole store.
 */
class JournaledTable<V> extends Map<string, V> {
  constructor(private readonly journal: () => Undo[] | undefined) {
    super();
  }
  override set(key: string, value: V): this {
    const log = this.journal();
    if (log) {
      const had = super.has(key);
      const before = super.get(key);
      log.push(() => (had ? super.set(key, before as V) : super.delete(key)));
    }
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    const log = this.journal();
    if (log && super.has(key)) {
      const before = super.get(key) as V;
      log.push(() => super.set(key, before));
    }
    return super.delete(key);
  }
  override clear(): void {
    const log = this.journal();
    if (log) {
      const rows = [...super.entries()];
      log.push(() => {
        for (const [k, v] of rows) super.set(k, v);
      });
    }
    super.clear();
  }
}

/** The in-memory database behind every in-memory repository: named tables of rows, with transactions. */
export class MemoryStore {
  private readonly tables = new Map<string, Map<string, unknown>>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The undo log of the transaction the current async context runs in. */
  private readonly inside = new AsyncLocalStorage<Undo[]>();

  table<T>(name: string): Map<string, T> {
    let table = this.tables.get(name);
    if (!table) {
      table = new JournaledTable<unknown>(() => this.inside.getStore());
      this.tables.set(name, table);
    }
    return table as Map<string, T>;
  }

  /** Runs `work` alone; on failure every change it made is undone. Nested calls join the outer one. */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return work();
    const run = async (): Promise<T> => {
      const journal: Undo[] = [];
      try {
        return await this.inside.run(journal, work);
      } catch (error) {
        for (const undo of journal.reverse()) undo();
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

/**
 * Orders strings by code point, which is the byte order of their UTF-8 form: what PostgreSQL does under
 * `COLLATE "C"`. `localeCompare` would depend on the machine's ICU locale and could not be matched in SQL.
 */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return (a.codePointAt(i) ?? 0) < (b.codePointAt(i) ?? 0) ? -1 : 1;
  }
  return a.length - b.length;
}

/** Adds a row under a new key; like a primary key, an existing key is refused rather than overwritten. */
export function insertNew<T>(table: Map<string, T>, key: string, row: T): void {
  if (table.has(key)) throw uniqueViolation('id');
  table.set(key, copy(row));
}

/** Replaces a row only if it exists in the same club, as `UPDATE ... WHERE id = ? AND community_id = ?` does. */
export function replaceExisting<T extends { readonly communityId: string }>(
  table: Map<string, T>,
  key: string,
  row: T,
): void {
  if (table.get(key)?.communityId === row.communityId) table.set(key, copy(row));
}

/** What a value reads back as after a trip through a jsonb column: Dates become ISO strings, undefined null. */
export function jsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
