/** A prefix tree over text units (Chinese characters and stemmed words) whose leaves are ids. */
export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  ids: number[] | undefined;
}

export function createTrie(): TrieNode {
  return { next: undefined, ids: undefined };
}

export function addToTrie(root: TrieNode, units: readonly string[], id: number): void {
  let node = root;
  for (const unit of units) {
    node.next ??= new Map();
    let child = node.next.get(unit);
    if (!child) {
      child = createTrie();
      node.next.set(unit, child);
    }
    node = child;
  }
  node.ids ??= [];
  if (!node.ids.includes(id)) node.ids.push(id);
}

/** One dictionary hit: units [start, end) name these ids. */
export interface TrieMatch {
  readonly start: number;
  readonly end: number;
  readonly ids: readonly number[];
  /** Both ends fall on word boundaries found by Intl.Segmenter. */
  readonly aligned: boolean;
}

/**
 * The longest entry starting at each unit, then a non-overlapping choice: matches on word boundaries
 * first ("出海|运营" is not 海运), then longer ones ("跨境物流" over "物流"), then earlier ones.
 */
export function findMatches(
  root: TrieNode,
  units: readonly string[],
  wordStarts: readonly boolean[] | null,
): TrieMatch[] {
  const found: TrieMatch[] = [];
  const n = units.length;
  for (let i = 0; i < n; i++) {
    let node: TrieNode | undefined = root;
    let best: TrieMatch | null = null;
    for (let j = i; j < n && node?.next; j++) {
      node = node.next.get(units[j]!);
      if (!node) break;
      if (node.ids) {
        const aligned = !wordStarts || (wordStarts[i] === true && (j + 1 === n || wordStarts[j + 1] === true));
        // Prefer an aligned shorter match over a misaligned longer one from the same start.
        if (!best || aligned || !best.aligned) best = { start: i, end: j + 1, ids: node.ids, aligned };
      }
    }
    if (best) found.push(best);
  }
  if (found.length <= 1) return found;
  found.sort(
    (a, b) => Number(b.aligned) - Number(a.aligned) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken = new Uint8Array(n);
  const chosen: TrieMatch[] = [];
  for (const m of found) {
    let free = true;
    for (let k = m.start; k < m.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let k = m.start; k < m.end; k++) taken[k] = 1;
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
