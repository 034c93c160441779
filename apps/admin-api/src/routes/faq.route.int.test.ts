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

describe('the FAQ in the panel on PostgreSQL: publish with consent, list, edit, remove', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let coachId: string;
  let coach: SignedIn;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core, 'FAQ Club 常见问题');
    coachId = await addStaff(api.core, club, 'Chen Coach', 'coach');
    coach = await signIn(api, club, coachId, 'coach');
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  async function answered(consent: boolean) {
    const { id } = await api.core.askQuestion({ actor: club.owner, body: 'Owner Olivia asks: 怎么给货柜定价？' });
    const actor = { kind: 'member', communityId: club.community.id, memberId: coachId, roles: ['coach'] } as const;
    await api.core.answerQuestion({ actor, communityId: club.community.id, questionId: id, answer: '先小批量试单。' });
    await api.core.resolveQuestion({ actor: club.owner, questionId: id, rating: 5, faqConsent: consent });
    return id;
  }

  it('publishes only with consent, then lists, edits and removes the entry; hostile text comes back verbatim', async () => {
    const body = { question: '<img src=x onerror=alert(1)> 货柜怎么定价？', answer: '先小批量试单。 **Start small.**' };
    const refused = await api.app.inject({
      method: 'POST',
      url: `/api/questions/${await answered(false)}/publish`,
      headers: coach.headers,
      payload: body,
    });
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'faq.no_consent']);

    const questionId = await answered(true);
    const published = await api.app.inject({
      method: 'POST',
      url: `/api/questions/${questionId}/publish`,
      headers: coach.headers,
      payload: body,
    });
    expect(published.statusCode).toBe(201);
    expect(published.json()).toMatchObject({ questionId, ...body });
    const id = published.json().id;
    const list = await api.app.inject({ method: 'GET', url: '/api/faq', headers: coach.headers });
    expect(list.json()).toMatchObject({ total: 1, items: [{ id, ...body }] });
    expect(JSON.stringify(list.json())).not.toContain('Olivia');
    const questions = await api.app.inject({
      method: 'GET',
      url: '/api/questions?status=closed',
      headers: coach.headers,
    });
    expect(questions.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: questionId, rating: 5, faqConsent: true })]),
    );

    const edited = await api.app.inject({
      method: 'PATCH',
      url: `/api/faq/${id}`,
      headers: coach.headers,
      payload: { answer: 'Start with one pallet.' },
    });
    expect(edited.json()).toMatchObject({ question: body.question, answer: 'Start with one pallet.' });
    const hits = await api.core.searchFaq({ actor: club.owner, words: 'pallet' });
    expect(hits.map((h) => h.entry.id)).toEqual([id]);

    const removed = await api.app.inject({ method: 'DELETE', url: `/api/faq/${id}`, headers: coach.headers });
    expect(removed.statusCode).toBe(204);
    expect((await api.app.inject({ method: 'GET', url: '/api/faq', headers: coach.headers })).json().total).toBe(0);
    expect((await store.repos.questions.get(club.community.id, questionId))?.faq).toBe(false);
  });
});
