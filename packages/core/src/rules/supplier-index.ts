import type { Supplier } from '../domain/supplier.js';
import { type KnowledgeQuery, knowledgeIndex } from './knowledge-index.js';

/** Bumped when the index of a supplier changes meaning; older rows are re-indexed (`reindexSuppliers`). */
export const SUPPLIER_INDEX_VERSION = 1;

/**
 * A supplier's search index, kept beside the row so `/suppliers` reads candidates from a GIN index: every key
 * (`keys`, bilingual concepts and words of all its fields), the keys of its name and categories (`strong`,
 * which weigh three times as much in the ranking), and its text lowercased for substring (trigram) search.
 */
export interface SupplierIndex {
  readonly keys: readonly string[];
  readonly strong: readonly string[];
  readonly text: string;
}

export function supplierIndex(
  supplier: Pick<Supplier, 'name' | 'categories' | 'description' | 'region'>,
): SupplierIndex {
  const strong = knowledgeIndex([supplier.name, supplier.categories.join(', ')]);
  const all = knowledgeIndex([supplier.name, supplier.categories.join(', '), supplier.description, supplier.region]);
  return { keys: all.keys, strong: strong.keys, text: all.text };
}

/** Weight of a key shared with the name or categories, against one shared with the description or region. */
export const SUPPLIER_STRONG_WEIGHT = 3;

/**
 * How close a supplier is to a query: three points per key shared with its name or categories, one per key
 * shared only with its description or region, one for the text found as a substring. 0: no match.
 */
export function supplierScore(index: SupplierIndex, query: KnowledgeQuery): number {
  const strong = new Set(index.strong);
  const all = new Set(index.keys);
  let score = 0;
  for (const key of query.keys) {
    if (strong.has(key)) score += SUPPLIER_STRONG_WEIGHT;
    else if (all.has(key)) score += 1;
  }
  return score + (query.text !== null && index.text.includes(query.text) ? 1 : 0);
}
