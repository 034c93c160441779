import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addStaff,
  createClub,
  type SignedIn,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

describe('the 精华 library in the panel on PostgreSQL: list, approve, retag, remove', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let mod: SignedIn;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core, 'Library Club 精华');
    const modId = await addStaff(api.core, club, 'Mia Moderator', 'moderator');
    mod = await signIn(api, club, modId, 'moderator');
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  it('curates a saved message and lists it by tag with its open count; hostile text comes back verbatim', async () => {
    const body = '<img src=x onerror=alert(1)> 先找三家货代比价';
    const application = await api.core.submitApplication({
      communityId: club.community.id,
      name: 'Ann 会员',
      email: 'ann-library@example.com',
      answers: [],
      valuesPledge: true,
      locale: 'en',
    });
    const { memberId } = await api.core.approveApplication({
      actor: club.owner,
      communityId: club.community.id,
      applicationId: application.id,
    });
    await api.core.recordPayment({
      actor: club.owner,
      communityId: club.community.id,
      memberId: memberId as string,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'bank_transfer',
      reference: 'LIB-1',
    });
    const ann = { kind: 'member', communityId: club.community.id, memberId: memberId as string, roles: [] } as const;
    const { entry } = await api.core.saveToLibrary({
      actor: ann,
      platform: 'slack',
      workspaceId: 'T1',
      channelId: 'C1',
      messageId: '1700000000.000100',
      authorUserId: 'U-unknown',
      body,
    });
    const pending = await api.app.inject({ method: 'GET', url: '/api/library?status=pending', headers: mod.headers });
    expect(pending.json()).toMatchObject({ total: 1, items: [{ id: entry.id, body, status: 'pending', opens: 0 }] });

    const approved = await api.app.inject({
      method: 'POST',
      url: `/api/library/${entry.id}/approve`,
      headers: mod.headers,
      payload: {},
    });
    expect(approved.json()).toMatchObject({ status: 'approved' });
    const retagged = await api.app.inject({
      method: 'PATCH',
      url: `/api/library/${entry.id}`,
      headers: mod.headers,
      payload: { title: 'Forwarders 货代', tags: ['#物流', 'Logistics'] },
    });
    expect(retagged.json()).toMatchObject({ title: 'Forwarders 货代', tags: ['物流', 'logistics'] });
    await api.core.openLibraryEntry({ actor: ann, entryId: entry.id });
    const byTag = await api.app.inject({
      method: 'GET',
      url: `/api/library?tag=${encodeURIComponent('物流')}`,
      headers: mod.headers,
    });
    expect(byTag.json().items.map((e: { id: string; opens: number }) => [e.id, e.opens])).toEqual([[entry.id, 1]]);
    const none = await api.app.inject({ method: 'GET', url: '/api/library?tag=finance', headers: mod.headers });
    expect(none.json().total).toBe(0);

    const removed = await api.app.inject({ method: 'DELETE', url: `/api/library/${entry.id}`, headers: mod.headers });
    expect(removed.statusCode).toBe(204);
    expect((await api.app.inject({ method: 'GET', url: '/api/library', headers: mod.headers })).json().total).toBe(0);
  });
});
