export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
}

export const MAX_PAGE_SIZE = 100;

/** Clamps a requested page so no caller can load a whole table. */
export function pageRequest(limit = 25, offset = 0): PageRequest {
  return {
    limit: Math.min(Math.max(1, Math.trunc(limit) || 25), MAX_PAGE_SIZE),
    offset: Math.max(0, Math.trunc(offset) || 0),
  };
}
