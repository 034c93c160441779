import { FORMER_MEMBER_NAME } from '@snowball/core';
import type { RecordingMessenger } from '@snowball/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addStaff,
  createClub,
  PUBLIC_URL,
  type SignedIn,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

describe('members’ data rights from the member page, and the export download (PostgreSQL)', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let owner: SignedIn;
  let coach: SignedIn;
  let memberId: string;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core);
    owner = await signIn(api, club, club.ownerId, 'owner');
    coach = await signIn(api, club, await addStaff(api.core, club, 'Casey Coach', 'coach'), 'coach');
    memberId = await addStaff(api.core, club, 'Mira Member', 'coach');
    await api.ports.accounts.link({
      communityId: club.community.id,
      platform: 'discord',
      workspaceId: 'G1',
      platformUserId: 'U-MIRA',
      memberId,
      linkedAt: new Date(),
    });
  });

  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  const post = (who: SignedIn, url: string) => api.app.inject({ method: 'POST', url, headers: who.headers });

  it('export: the member gets a single-use link by DM; staff get no data; the download works once', async () => {
    const messenger = api.ports.messenger as RecordingMessenger;
    const sentBefore = messenger.sent.length;
    const response = await post(owner, `/api/members/${memberId}/privacy/export`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'sent', delivered: 1 });
    expect(response.body).not.toContain('Mira');
    const dm = messenger.sent
      .slice(sentBefore)
      .map((s) => s.message.text)
      .join('\n');
    const url = dm.match(/https?:\/\/\S+/)?.[0] ?? '';
    expect(url.startsWith(`${PUBLIC_URL}/privacy/export/`)).toBe(true);
    const path = url.slice(PUBLIC_URL.length);

    const download = await api.app.inject({ url: path });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="my-data-/);
    expect(download.headers['cache-control']).toBe('no-store');
    const body = download.json<{ memberId: string; tables: Record<string, unknown[]> }>();
    expect(body.memberId).toBe(memberId);
    expect(JSON.stringify(body.tables.members)).toContain('Mira Member');
    const again = await api.app.inject({ url: path });
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ error: { code: 'privacy.export_link_invalid' } });
  });

  it('is refused to a coach and to an anonymous caller', async () => {
    expect((await post(coach, `/api/members/${memberId}/privacy/export`)).statusCode).toBe(403);
    expect((await post(coach, `/api/members/${memberId}/privacy/erase`)).statusCode).toBe(403);
    const anonymous = await api.app.inject({ method: 'POST', url: `/api/members/${memberId}/privacy/erase` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('erase: pending for the cooling-off, cancellable, then carried out; every run audited', async () => {
    const state = await api.app.inject({ url: `/api/members/${memberId}/privacy`, headers: owner.headers });
    expect(state.json()).toEqual({ erasure: null, coolingOffHours: 24 });
    const requested = await post(owner, `/api/members/${memberId}/privacy/erase`);
    expect(requested.json()).toMatchObject({ status: 'pending' });
    expect((await post(owner, `/api/members/${memberId}/privacy/erase/cancel`)).statusCode).toBe(200);
    expect((await post(owner, `/api/members/${memberId}/privacy/erase/cancel`)).statusCode).toBe(409);

    await post(owner, `/api/members/${memberId}/privacy/erase`);
    api.ports.clock.advance(25 * 3_600_000);
    expect(await api.core.eraseDueMembers({})).toEqual({ erased: 1 });
    const member = await api.ports.members.get(club.community.id, memberId);
    expect(member?.displayName).toBe(FORMER_MEMBER_NAME);
    // The clock moved past the session's expiry: sign in again to read the audit log.
    const later = await signIn(api, club, club.ownerId, 'owner');
    const audit = await api.app.inject({ url: '/api/audit?limit=50', headers: later.headers });
    expect(audit.statusCode).toBe(200);
    const actions = audit.json<{ items: { action: string }[] }>().items.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'privacy.export.request',
        'privacy.export.download',
        'privacy.erase.request',
        'privacy.erase.cancel',
        'privacy.erase.done',
      ]),
    );
  });
});
