import { useI18n } from '../i18n/i18n.js';

/** Server-side paging: shows the range and moves by whole pages. */
export function Pager({
  offset,
  limit,
  total,
  onChange,
}: {
  readonly offset: number;
  readonly limit: number;
  readonly total: number;
  readonly onChange: (offset: number) => void;
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
        onClick={() => onChange(offset + limit)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
