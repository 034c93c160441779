import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClub,
  type SignedIn,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

describe('the staff channel and weekly digest settings (PostgreSQL)', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let owner: SignedIn;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core);
    owner = await signIn(api, club, club.ownerId, 'owner');
  });

  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  it('saves a channel per platform and the digest languages, and shows them back', async () => {
    const saved = await api.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      headers: owner.headers,
      payload: {
        staffChannels: { discord: '1180000000000000001', slack: 'C0STAFF01' },
        digestChannels: { feishu: 'oc_digest01' },
        digestBothLanguages: true,
      },
    });
    expect(saved.statusCode).toBe(200);
    const read = await api.app.inject({ method: 'GET', url: '/api/settings', headers: owner.headers });
    expect(read.json().settings).toMatchObject({
      staffChannels: { discord: '1180000000000000001', slack: 'C0STAFF01' },
      digestChannels: { feishu: 'oc_digest01' },
      digestBothLanguages: true,
    });
  });

  it('refuses a channel id of the wrong form in the reader’s language and changes nothing', async () => {
    const bad = await api.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      headers: { ...owner.headers, 'accept-language': 'zh-CN' },
      payload: { staffChannels: { slack: '#staff' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    const read = await api.app.inject({ method: 'GET', url: '/api/settings', headers: owner.headers });
    expect(read.json().settings.staffChannels).toEqual({ discord: '1180000000000000001', slack: 'C0STAFF01' });
  });
});
