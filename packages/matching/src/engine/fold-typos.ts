/**
 * Folds rare misspelt words into the common word they are one slip away from ("cfofee" → coffee,
 * "singapro" → singapor): a word written by few members that shares a one-character deletion with a word
 * written by several times as many is read as that word. Only Latin-letter words of five letters or more
 * are folded (Chinese terms and short words are left alone: one slip there is a different word).
 *
 * Returns, per term id, the id it is read as (itself when kept). Linear in the total length of the terms.
 */
export function foldTypos(terms: readonly string[], df: Int32Array, rareDf: number, ratio = 3): Int32Array {
  const canon = new Int32Array(terms.length);
  for (let t = 0; t < terms.length; t++) canon[t] = t;
  const eligible: number[] = [];
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]!;
    if (term.length >= 4 && term.length <= 24 && /^[a-z]+$/.test(term)) eligible.push(t);
  }
  // Frequent words first, so each deletion key is held by the most common word that has it.
  eligible.sort((x, y) => df[y]! - df[x]! || x - y);
  const owner = new Map<string, number>();
  for (const t of eligible) {
    const term = terms[t]!;
    const keys = [term];
    for (let i = 0; i < term.length; i++) keys.push(term.slice(0, i) + term.slice(i + 1));
    if (term.length >= 5 && df[t]! <= rareDf) {
      let target = -1;
      for (const key of keys) {
        const o = owner.get(key);
        if (o !== undefined && o !== t && df[o]! >= ratio * df[t]! && terms[o]!.length >= 4) {
          target = o;
          break;
        }
      }
      if (target >= 0) {
        canon[t] = canon[target]!;
        continue;
      }
    }
    for (const key of keys) if (!owner.has(key)) owner.set(key, t);
  }
  return canon;
}
