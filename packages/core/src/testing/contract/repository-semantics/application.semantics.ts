import { expect, it } from 'vitest';
import type { Application } from '../../../domain/application.js';
import { randomIds } from '../../../ports/ids.js';
import { pageRequest } from '../../../ports/page.js';
import { at, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: applications. */
export function applicationSemantics(scope: SemanticsScope): void {
  const { club } = scope;
  it('applications: open ones by email or account, oldest first, updates only existing rows', async () => {
    const { repos } = scope;
    const c = await club();
    const base: Application = {
      id: '',
      communityId: c,
      name: '王五',
      email: 'wang@example.com',
      company: '',
      industry: '',
      locale: 'zh-CN',
      platform: null,
      workspaceId: null,
      platformUserId: null,
      answers: [{ question: 'Why?', answer: '因为' }],
      valuesPledge: true,
      referrerMemberId: null,
      flags: [{ keyword: 'MLM', field: 'company' }],
      status: 'pending',
      decisionReason: null,
      decidedBy: null,
      decidedAt: null,
      memberId: null,
      submittedAt: at(10),
      reasonShared: false,
      infoAnswer: null,
      infoAnsweredAt: null,
      vouchedAt: null,
    };
    const newer = { ...base, id: randomIds.id(), submittedAt: at(20) };
    const older = { ...base, id: randomIds.id(), status: 'info_requested' as const };
    const decided = { ...base, id: randomIds.id(), status: 'rejected' as const, submittedAt: at(0) };
    const viaSlack = {
      ...base,
      id: randomIds.id(),
      email: null,
      platform: 'slack' as const,
      workspaceId: 'T1',
      platformUserId: 'U1',
      submittedAt: at(5),
    };
    const noPlatform = { ...viaSlack, id: randomIds.id(), platform: null, workspaceId: null, submittedAt: at(6) };
    for (const a of [newer, older, decided, viaSlack, noPlatform]) await repos.applications.create(a);
    await expect(repos.applications.create(newer)).rejects.toThrow('unique violation: id');
    expect(await repos.applications.get(c, older.id)).toEqual(older);

    expect((await repos.applications.findOpen(c, { email: 'wang@example.com' }))?.id).toBe(older.id);
    expect(await repos.applications.findOpen(c, { email: '' })).toBeNull();
    const account = { platform: 'slack' as const, workspaceId: 'T1', platformUserId: 'U1' };
    expect((await repos.applications.findOpen(c, account))?.id).toBe(viaSlack.id);
    expect(await repos.applications.findOpen(c, { ...account, workspaceId: 'T2' })).toBeNull();
    expect(await repos.applications.findOpen(c, { platformUserId: 'U1' })).toBeNull();
    expect(
      (await repos.applications.findOpen(c, { platformUserId: 'U1', platform: null, workspaceId: null }))?.id,
    ).toBe(noPlatform.id);
    expect(await repos.applications.findOpen(c, {})).toBeNull();
    expect(await repos.applications.findOpen(await club(), { email: 'wang@example.com' })).toBeNull();

    await repos.applications.update({ ...older, status: 'approved', decidedAt: at(30) });
    await repos.applications.update({ ...older, id: randomIds.id() });
    expect((await repos.applications.findOpen(c, { email: 'wang@example.com' }))?.id).toBe(newer.id);
    const all = await repos.applications.list(c, null, pageRequest(10));
    expect(all.items.map((a) => a.id)).toEqual([decided.id, viaSlack.id, noPlatform.id, ...[older.id, newer.id]]);
    expect(all.items[3]?.decidedAt).toEqual(at(30));
    const pending = await repos.applications.list(c, 'pending', pageRequest(1, 1));
    expect(pending.total).toBe(3);
    expect(pending.items.map((a) => a.id)).toEqual([noPlatform.id]);
    expect(await repos.applications.get(c, 'bad-id')).toBeNull();

    // The answer to a request for information, the vouch and the shared-reason choice are kept.
    const answered = { ...newer, reasonShared: true, infoAnswer: '深圳', infoAnsweredAt: at(40), vouchedAt: at(35) };
    await repos.applications.update(answered);
    expect(await repos.applications.get(c, newer.id)).toEqual(answered);
  });
}
