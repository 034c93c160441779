/** Snowflakes compare as numbers: the shorter is smaller, equal lengths compare as text. */
export function compareSnowflakes(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

const SNOWFLAKE = /^\d+$/;

/** The position of the first id in `sorted` greater than `after`. */
function firstAfter(sorted: readonly string[], after: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareSnowflakes(sorted[mid] as string, after) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A Map whose keys are also kept in snowflake order, grouped by `split(key)` (e.g. `guildId:userId` grouped by
 * guild), so listing "the ids after X" costs a binary search and the page, not a sort of everything. Keys whose
 * id is not a snowflake are stored but not indexed (Discord never lists them).
 */
export class SnowflakeIndexedMap<V> extends Map<string, V> {
  private index: Map<string, string[]> | undefined;

  /** `split` gives a key's group and snowflake; the default indexes every key in one group, `''`. */
  constructor(private readonly split: (key: string) => readonly [group: string, id: string] = (key) => ['', key]) {
    super();
  }

  private groups(): Map<string, string[]> {
    this.index ??= new Map();
    return this.index;
  }

  override set(key: string, value: V): this {
    if (!this.has(key)) {
      const [group, id] = this.split(key);
      if (SNOWFLAKE.test(id)) {
        const groups = this.groups();
        const ids = groups.get(group) ?? [];
        groups.set(group, ids);
        const at = firstAfter(ids, id);
        if (ids[at - 1] !== id) ids.splice(at, 0, id);
      }
    }
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    if (this.has(key)) {
      const [group, id] = this.split(key);
      const ids = this.index?.get(group);
      const at = ids ? firstAfter(ids, id) - 1 : -1;
      if (ids && ids[at] === id) ids.splice(at, 1);
    }
    return super.delete(key);
  }

  override clear(): void {
    this.index?.clear();
    super.clear();
  }

  /** The group's snowflakes in order, from the first one greater than `after`. */
  *idsAfter(group: string, after: string): Generator<string> {
    const ids = this.index?.get(group) ?? [];
    for (let i = firstAfter(ids, after); i < ids.length; i++) yield ids[i] as string;
  }
}

/** Merges ascending snowflake streams into one ascending stream without repeats. */
export function* mergeSnowflakes(...streams: Iterator<string>[]): Generator<string> {
  const heads = streams.map((s) => s.next());
  for (;;) {
    let least: string | undefined;
    for (const head of heads) {
      if (!head.done && (least === undefined || compareSnowflakes(head.value, least) < 0)) least = head.value;
    }
    if (least === undefined) return;
    yield least;
    heads.forEach((head, i) => {
      if (!head.done && head.value === least) heads[i] = (streams[i] as Iterator<string>).next();
    });
  }
}
