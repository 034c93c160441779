import { type FormEvent, useState } from 'react';
import { call } from '../../api/client.js';
import type { Lesson } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorBanner } from '../error-banner.js';
import { useAction } from '../use-api.js';

/** Materials and replay links, sent to attendees by the core. */
export function MaterialsForm({
  lesson,
  onDone,
}: {
  readonly lesson: Lesson;
  readonly onDone: (text: string) => void;
}) {
  const { t } = useI18n();
  const [materialsUrl, setMaterialsUrl] = useState(lesson.materialsUrl ?? '');
  const [replayUrl, setReplayUrl] = useState(lesson.replayUrl ?? '');
  const post = useAction(() =>
    call('POST /lessons/:id/materials', {
      params: { id: lesson.id },
      body: {
        materialsUrl: materialsUrl.trim() || null,
        replayUrl: replayUrl.trim() || null,
      },
    }),
  );
  return (
    <form
      className="card form"
      aria-label={t('lessons.materialsForm')}
      onSubmit={async (event: FormEvent) => {
        event.preventDefault();
        const result = await post.run();
        if (result) onDone(t('lessons.materialsSent', { count: result.notified?.sent ?? 0 }));
      }}
    >
      <h2>{t('lessons.materialsForm')}</h2>
      <p className="muted">{t('lessons.materialsHelp')}</p>
      <div className="form-row">
        <label className="grow">
          {t('lessons.materialsUrl')}
          <input
            name="materialsUrl"
            type="url"
            value={materialsUrl}
            onChange={(e) => setMaterialsUrl(e.target.value)}
          />
        </label>
        <label className="grow">
          {t('lessons.replayUrl')}
          <input name="replayUrl" type="url" value={replayUrl} onChange={(e) => setReplayUrl(e.target.value)} />
        </label>
      </div>
      <ErrorBanner error={post.error} />
      <button type="submit" disabled={post.pending}>
        {t('lessons.sendMaterials')}
      </button>
    </form>
  );
}
