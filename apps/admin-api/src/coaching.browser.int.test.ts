import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, createClub, type TestClub } from './testing/api-test-kit.js';
import { usePanelInBrowser } from './testing/browser-harness.js';

describe('coaching in a real browser: answer → resolve and consent → publish → FAQ', () => {
  const panel = usePanelInBrowser({ locale: 'en-US', timeoutMs: 10_000 });
  let club: TestClub;
  let coachId: string;

  beforeAll(async () => {
    club = await createClub(panel.api.core, 'Coaching Club 答疑');
    coachId = await addStaff(panel.api.core, club, 'Chen Coach', 'coach');
  });

  it('lets a coach answer, then publish the resolved question to the FAQ; hostile text stays text', async () => {
    const { api, page, origin, store, signIn } = panel;
    const hostile = '<img src=x onerror="window.pwned=1"> How do I price my first container?';
    const { id } = await api.core.askQuestion({ actor: club.owner, body: hostile });
    await signIn(club.community.id, coachId, 'coach');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByRole('heading', { name: 'Response time' }).waitFor();
    await page.goto(`${origin}/questions`);
    await page.getByText(hostile).waitFor();
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

    const answer = page.getByRole('form', { name: 'Your answer' });
    await answer.locator('textarea[name=answer]').fill('Start with a small trial order.');
    await answer.getByRole('button', { name: 'Send answer' }).click();
    await expect.poll(async () => (await store.repos.questions.get(club.community.id, id))?.status).toBe('answered');

    await api.core.resolveQuestion({ actor: club.owner, questionId: id, rating: 5, faqConsent: true });
    await page.goto(`${origin}/questions?status=closed`);
    await page.getByText('Rated 5/5').waitFor();
    await page.getByRole('button', { name: 'Publish to the FAQ' }).click();
    const publish = page.getByRole('form', { name: 'Publish to the FAQ' });
    await publish.locator('textarea').first().fill('How do I price a first container?');
    await publish.getByRole('button', { name: 'Publish to the FAQ' }).click();
    await page.getByText('In the FAQ').waitFor();

    await page.goto(`${origin}/faq`);
    await page.getByRole('heading', { name: 'How do I price a first container?' }).waitFor();
    const hits = await api.core.searchFaq({ actor: club.owner, words: 'container price' });
    expect(hits.map((h) => h.entry.questionId)).toEqual([id]);
  });
});
