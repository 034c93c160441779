import type { RecordingMessenger } from '@snowball/core/testing';
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

describe('a decision from the panel DMs the applicant once (PostgreSQL)', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let owner: SignedIn;
  let n = 0;

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

  const messenger = () => api.ports.messenger as RecordingMessenger;
  const dmsTo = (userId: string) => messenger().sent.filter((s) => s.account.platformUserId === userId);

  async function applicant() {
    n += 1;
    const userId = `U-DM-${n}`;
    const application = await api.core.submitApplication({
      communityId: club.community.id,
      name: `Applicant ${n}`,
      answers: [{ question: 'What do you do?', answer: 'Freight' }],
      valuesPledge: true,
      locale: 'en',
      account: { platform: 'slack', workspaceId: 'T-DM', platformUserId: userId },
    });
    return { id: application.id, userId };
  }

  const post = (url: string, payload: object = {}) =>
    api.app.inject({ method: 'POST', url: `/api${url}`, headers: owner.headers, payload });

  it('approve: one welcome DM; the same request again is refused and sends nothing', async () => {
    const { id, userId } = await applicant();
    expect((await post(`/applications/${id}/approve`)).statusCode).toBe(200);
    expect(dmsTo(userId).map((s) => s.message.title)).toEqual(['Welcome: your application is approved']);
    expect((await post(`/applications/${id}/approve`)).statusCode).toBe(409);
    expect(dmsTo(userId)).toHaveLength(1);
  });

  it('reject and request-info: one DM each, the shared reason only when shared', async () => {
    const asked = await applicant();
    const question = await post(`/applications/${asked.id}/request-info`, { message: 'Which ports?' });
    expect(question.statusCode).toBe(200);
    expect(dmsTo(asked.userId).map((s) => s.message.title)).toEqual(['A question about your application']);

    const rejected = await applicant();
    const response = await post(`/applications/${rejected.id}/reject`, {
      reason: 'Outside our trades',
      shareReason: true,
    });
    expect(response.statusCode).toBe(200);
    const [dm, ...more] = dmsTo(rejected.userId);
    expect(more).toEqual([]);
    expect(dm?.message.fields?.map((f) => f.value)).toEqual(['Outside our trades']);
    expect((await post(`/applications/${rejected.id}/reject`, { reason: 'Again' })).statusCode).toBe(409);
    expect(dmsTo(rejected.userId)).toHaveLength(1);
  });
});
