import type { SetupChecklistWire } from '@snowball/admin-api/contract';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import type { TextKey } from '../i18n/texts.js';
import { Link } from '../router/router.js';
import { ErrorBanner } from './error-banner.js';
import { useApi } from './use-api.js';

type ItemId = SetupChecklistWire['items'][number]['id'];

/** Where each step is done: the settings screen's fields, the platform card, the staff screen. */
const WHERE: Readonly<Record<ItemId, string>> = {
  names: '/settings',
  fee: '/settings',
  membership: '/settings',
  timezone: '/settings',
  language: '/settings',
  values: '/settings',
  paymentInstructions: '/settings',
  excludedKeywords: '/settings',
  discord: '/settings',
  slack: '/settings',
  staff: '/staff',
};

/**
 * The new club's setup checklist (owners): each step done or not, as the core computes it from the settings.
 * `onlyUntilEssentialsDone`: the dashboard's copy disappears once every essential step is done.
 */
export function SetupChecklistCard({
  onlyUntilEssentialsDone = false,
}: {
  readonly onlyUntilEssentialsDone?: boolean;
}) {
  const { t } = useI18n();
  const loaded = useApi(() => call('GET /settings/checklist'), []);
  const checklist = loaded.data;
  if (checklist && onlyUntilEssentialsDone && checklist.essentialsDone) return null;
  const done = checklist?.items.filter((item) => item.done).length ?? 0;
  return (
    <section className="card setup-checklist" aria-label={t('setup.title')}>
      <h2>{t('setup.title')}</h2>
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {checklist && (
        <>
          <p className="muted">
            {t('setup.hint')} {t('setup.progress', { done, total: checklist.items.length })}
          </p>
          <ul className="checklist">
            {checklist.items.map((item) => (
              <li key={item.id} data-item={item.id} data-done={item.done ? 'yes' : 'no'}>
                <span className={item.done ? 'badge badge-active' : 'badge badge-none'}>
                  {item.done ? `✓ ${t('setup.done')}` : t('setup.notDone')}
                </span>{' '}
                <Link to={WHERE[item.id]}>{t(`setup.item.${item.id}` as TextKey)}</Link>
                {item.essential && <span className="muted"> · {t('setup.essential')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
