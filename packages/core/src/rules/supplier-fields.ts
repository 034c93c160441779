import { flagApplication } from '../domain/application.js';
import { DomainError } from '../errors/domain-error.js';
import { atMost, REASONS } from '../errors/error-reasons.js';
import { cleanText } from './text.js';

/** Bounds of a supplier entry. */
export const SUPPLIER_LIMITS = {
  name: 120,
  categories: 10,
  category: 40,
  region: 80,
  contact: 200,
  description: 2000,
  notes: 2000,
} as const;

export interface SupplierFields {
  readonly name: string;
  readonly categories: readonly string[];
  readonly region: string;
  readonly contact: string;
  readonly description: string;
}

/** A name compared the way people mean it: width, case and spacing do not make another supplier. */
export function supplierKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Validates what a member submits about a supplier; categories may be a list or "a, b、c". */
export function cleanSupplierFields(
  input: {
    readonly name: unknown;
    readonly categories: unknown;
    readonly region?: unknown;
    readonly contact?: unknown;
    readonly description?: unknown;
  },
  excludedKeywords: readonly string[],
): SupplierFields {
  const name = cleanText(input.name, 'name', SUPPLIER_LIMITS.name, { required: true });
  const raw =
    typeof input.categories === 'string'
      ? input.categories.split(/[,，、;；\n]/)
      : Array.isArray(input.categories)
        ? input.categories
        : null;
  if (!raw) throw new DomainError('validation.invalid', { field: 'categories', reason: REASONS.aListOfCategories });
  const categories = [
    ...new Set(raw.map((c, i) => cleanText(c, `categories ${i + 1}`, SUPPLIER_LIMITS.category)).filter(Boolean)),
  ];
  if (categories.length === 0) throw new DomainError('validation.required', { field: 'categories' });
  if (categories.length > SUPPLIER_LIMITS.categories) {
    throw new DomainError('validation.invalid', {
      field: 'categories',
      reason: atMost(SUPPLIER_LIMITS.categories),
    });
  }
  const fields: SupplierFields = {
    name,
    categories,
    region: cleanText(input.region, 'region', SUPPLIER_LIMITS.region),
    contact: cleanText(input.contact, 'contact', SUPPLIER_LIMITS.contact),
    description: cleanText(input.description, 'description', SUPPLIER_LIMITS.description),
  };
  const flag = flagApplication(
    { name, categories: categories.join(' '), description: fields.description },
    excludedKeywords,
  )[0];
  if (flag) throw new DomainError('content.excluded', { field: flag.field, keyword: flag.keyword });
  return fields;
}
