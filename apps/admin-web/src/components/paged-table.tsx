import type { ReactNode } from 'react';
import type { Page } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner } from './error-banner.js';
import { Pager } from './pager.js';
import type { Loaded } from './use-api.js';

/** A server-side list as a table card: its error with a retry, the rows (or a line saying there are none) and the pager. */
export function PagedTable<T>({
  list,
  offset,
  limit,
  onPage,
  headers,
  row,
  empty,
}: {
  readonly list: Loaded<Page<T> & { readonly nextCursor?: string | null }>;
  readonly offset: number;
  readonly limit: number;
  readonly onPage: (offset: number, after?: string) => void;
  readonly headers: readonly string[];
  readonly row: (item: T) => ReactNode;
  readonly empty?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data && (
        <div className="card table-card">
          {list.data.items.length === 0 ? (
            <p className="muted">{empty ?? t('app.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  {headers.map((header) => (
                    <th key={header}>{header}</th>
                  ))}
                </tr>
              </thead>
              <tbody>{list.data.items.map((item) => row(item))}</tbody>
            </table>
          )}
          <Pager
            offset={offset}
            limit={limit}
            total={list.data.total}
            nextCursor={list.data.nextCursor}
            onChange={onPage}
          />
        </div>
      )}
    </>
  );
}
