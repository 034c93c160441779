import { type FormEvent, useState } from 'react';
import { PagedTable } from '../components/paged-table.js';
import { useServerPage } from '../components/use-server-page.js';
import { useI18n } from '../i18n/i18n.js';
import { navigate, pathWith, useLocation } from '../router/router.js';

const ACTIONS = [
  'application.approve',
  'application.reject',
  'application.request_info',
  'payment.record',
  'membership.extend',
  'member.notes.update',
  'question.answer',
  'community.settings.update',
  'staff.grant',
  'staff.revoke',
  'auth.login_link.issue',
  'auth.sign_in',
  'auth.sign_out',
  'community.create',
  'moderation.case.uphold',
  'moderation.case.dismiss',
  'moderation.case.escalate',
  'moderation.appeal.grant',
  'moderation.appeal.deny',
  'moderation.rules.update',
] as const;
const LIMIT = 50;

/** A change as one line of text (rendered as text, never as markup). */
function summary(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** The audit log, newest first, filterable by action, actor and target. */
export function AuditScreen() {
  const { t, dateTime, label } = useI18n();
  const { query } = useLocation();
  const action = query.get('action') ?? '';
  const actorId = query.get('actorId') ?? '';
  const targetId = query.get('targetId') ?? '';
  const [form, setForm] = useState({ action, actorId, targetId });
  const { list, offset } = useServerPage('GET /audit', { action, actorId, targetId }, LIMIT);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(pathWith('/audit', { ...form, actorId: form.actorId.trim(), targetId: form.targetId.trim() }));
  };
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <form className="toolbar" onSubmit={submit} aria-label={t('audit.filter')}>
        <label className="inline">
          {t('audit.action')}
          <select name="action" value={form.action} onChange={(e) => setForm({ ...form, action: e.target.value })}>
            <option value="">{t('app.all')}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {label('action', a)}
              </option>
            ))}
          </select>
        </label>
        <input
          name="actorId"
          placeholder={t('audit.actorId')}
          aria-label={t('audit.actorId')}
          value={form.actorId}
          onChange={(e) => setForm({ ...form, actorId: e.target.value })}
        />
        <input
          name="targetId"
          placeholder={t('audit.targetId')}
          aria-label={t('audit.targetId')}
          value={form.targetId}
          onChange={(e) => setForm({ ...form, targetId: e.target.value })}
        />
        <button type="submit">{t('audit.filter')}</button>
      </form>
      <PagedTable
        list={list}
        offset={offset}
        limit={LIMIT}
        onPage={(next, after) => navigate(pathWith('/audit', { action, actorId, targetId, offset: next, after }))}
        headers={[t('audit.at'), t('audit.actor'), t('audit.action'), t('audit.target'), t('audit.change')]}
        row={(e) => (
          <tr key={e.id}>
            <td className="nowrap">{dateTime(e.at)}</td>
            <td>{e.actor?.displayName ?? (e.actorId ? e.actorId : t('audit.system'))}</td>
            <td>{label('action', e.action)}</td>
            <td className="muted">
              {e.targetType} <code>{e.targetId.slice(0, 8)}</code>
            </td>
            <td>
              <code className="change">
                {summary(e.before)}
                {e.before !== null && e.after !== null ? ' → ' : ''}
                {summary(e.after)}
              </code>
            </td>
          </tr>
        )}
      />
    </section>
  );
}
