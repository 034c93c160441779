import { DomainError } from '../errors/domain-error.js';
import { atMost } from '../errors/error-reasons.js';
import { cleanText } from './text.js';

export const MAX_LIBRARY_TAGS = 8;

/** Tags as typed (`#定价, pricing  #海外`): without `#`, NFKC-lowercased, unique, at most 8 of 30 characters each. */
export function cleanLibraryTags(value: unknown): string[] {
  const text = cleanText(Array.isArray(value) ? value.join(' ') : value, 'tags', 400);
  const tags = [
    ...new Set(
      text
        .split(/[\s,，、;；]+/)
        .map((t) =>
          t
            .replace(/^[#＃]+/, '')
            .normalize('NFKC')
            .toLowerCase(),
        )
        .filter(Boolean),
    ),
  ];
  if (tags.length > MAX_LIBRARY_TAGS)
    throw new DomainError('validation.invalid', { field: 'tags', reason: atMost(MAX_LIBRARY_TAGS) });
  for (const tag of tags) cleanText(tag, 'tags', 30);
  return tags;
}

/** `/library` input: `#tag` words pick a tag (the first one), the rest are words to search. */
export function splitLibrarySearch(input: string): { readonly words: string; readonly tag: string | null } {
  const parts = input.trim().split(/\s+/).filter(Boolean);
  const tags = parts.filter((p) => /^[#＃]./.test(p));
  const words = parts.filter((p) => !/^[#＃]./.test(p)).join(' ');
  const [first] = tags.length > 0 ? cleanLibraryTags(tags[0]) : [];
  return { words, tag: first ?? null };
}
