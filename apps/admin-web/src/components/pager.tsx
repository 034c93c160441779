import { useI18n } from '../i18n/i18n.js';

/**
 * Server-side paging: shows the range and moves by whole pages. With a `nextCursor` (lists paged by keyset) the
 * next page is asked for after the last row, so deep pages stay fast; going back uses the offset.
 */
export function Pager({
  offset,
  limit,
  total,
  nextCursor,
  onChange,
}: {
  readonly offset: number;
  readonly limit: number;
  readonly total: number;
  readonly nextCursor?: string | null | undefined;
  readonly onChange: (offset: number, after?: string) => void;
}) {
  const { t } = useI18n();
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label="pagination">
      <span className="muted">{t('pager.range', { from, to, total })}</span>
      <button
        type="button"
        className="button-secondary"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('pager.previous')}
      </button>
      <button
        type="button"
        className="button-secondary"
        disabled={offset + limit >= total}
        onClick={() => onChange(offset + limit, nextCursor ?? undefined)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
