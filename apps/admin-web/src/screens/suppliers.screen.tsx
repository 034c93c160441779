import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import type { Supplier, VettingStatus } from '../api/types.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Pager } from '../components/pager.js';
import { Tabs } from '../components/tabs.js';
import { useAction } from '../components/use-api.js';
import { useServerPage } from '../components/use-server-page.js';
import { useI18n } from '../i18n/i18n.js';
import { navigate, pathWith, useLocation } from '../router/router.js';

const TABS: readonly VettingStatus[] = ['pending', 'vetted', 'rejected'];
const LIMIT = 25;

function VetForm({ supplier, onDone }: { readonly supplier: Supplier; readonly onDone: () => void }) {
  const { t } = useI18n();
  const [notes, setNotes] = useState(supplier.vettingNotes);
  const vet = useAction((decision: 'vetted' | 'rejected') =>
    call('POST /suppliers/:id/vet', { params: { id: supplier.id }, body: { decision, notes } }),
  );
  const decide = async (event: FormEvent, decision: 'vetted' | 'rejected') => {
    event.preventDefault();
    if (await vet.run(decision)) onDone();
  };
  return (
    <form className="form" aria-label={supplier.name} onSubmit={(e) => decide(e, 'vetted')}>
      <label>
        {t('suppliers.notes')}
        <textarea rows={2} maxLength={2000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <ErrorBanner error={vet.error} />
      <div className="toolbar">
        <button type="submit" disabled={vet.pending}>
          {t('suppliers.vet')}
        </button>
        <button type="button" className="button-danger" disabled={vet.pending} onClick={(e) => decide(e, 'rejected')}>
          {t('suppliers.reject')}
        </button>
      </div>
    </form>
  );
}

/** Suppliers members recommended, to vet; and the vetted directory. */
export function SuppliersScreen() {
  const { t } = useI18n();
  const { query } = useLocation();
  const status = (query.get('status') as VettingStatus | null) ?? 'pending';
  const { list, offset } = useServerPage('GET /suppliers', { status }, LIMIT);
  return (
    <section>
      <h1>{t('suppliers.title')}</h1>
      <Tabs
        tabs={TABS}
        current={status}
        label={(tab) => t(`suppliers.status.${tab}`)}
        onSelect={(tab) => navigate(pathWith('/suppliers', { status: tab }))}
      />
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="card muted">{t('app.empty')}</p>}
      {list.data?.items.map((s) => (
        <article key={s.id} className="card">
          <h2>{s.name}</h2>
          <p>
            {s.categories.map((c) => (
              <span key={c} className="badge">
                {c}
              </span>
            ))}
            {s.region && <span className="muted"> · {s.region}</span>}
          </p>
          {s.description && <p className="quote">{s.description}</p>}
          <p className="muted">
            {s.contact && `${t('suppliers.contact')}: ${s.contact} · `}
            {s.recommendedBy && `${t('suppliers.recommendedBy', { name: s.recommendedBy.displayName })} · `}
            {t('suppliers.endorsements', { count: s.endorsements })}
          </p>
          {s.status === 'pending' ? (
            <VetForm supplier={s} onDone={list.reload} />
          ) : (
            s.vettingNotes && <p className="quote">{s.vettingNotes}</p>
          )}
        </article>
      ))}
      {list.data && (
        <Pager
          offset={offset}
          limit={LIMIT}
          total={list.data.total}
          onChange={(next) => navigate(pathWith('/suppliers', { status, offset: next }))}
        />
      )}
    </section>
  );
}
