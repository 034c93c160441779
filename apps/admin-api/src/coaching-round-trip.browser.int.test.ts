import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, createClub, type TestClub } from './testing/api-test-kit.js';
import { usePanelInBrowser } from './testing/browser-harness.js';

// The panel's side of issue #15's coaching round trip: the coach claims, answers and replies in the panel; the
// member's side (ask, writing back in the DM, resolve and rate, consent) goes through the use cases the chat
// platforms call (on the platform fakes: apps/cli/src/compose/coaching-round-trip.int.test.ts).
describe('the coaching round trip in the panel (real browser)', () => {
  const panel = usePanelInBrowser({ locale: 'en-US', timeoutMs: 10_000 });
  let club: TestClub;
  let coachId: string;

  beforeAll(async () => {
    club = await createClub(panel.api.core, 'Round Trip Club 往返');
    coachId = await addStaff(panel.api.core, club, 'Chen Coach', 'coach');
  });

  it('claim → answer → the member writes back → coach replies → resolved and rated → publish → FAQ', async () => {
    const { api, page, origin, store, signIn } = panel;
    const body = 'Should I ship by sea or by rail to Poland?';
    const { id } = await api.core.askQuestion({ actor: club.owner, body });
    const status = async () => (await store.repos.questions.get(club.community.id, id))?.status;
    await signIn(club.community.id, coachId, 'coach');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();

    // Claim and answer in the queue.
    await page.goto(`${origin}/questions`);
    const card = () => page.locator('article', { hasText: body });
    await card().getByRole('button', { name: 'Claim', exact: true }).click();
    await expect.poll(status).toBe('claimed');
    await page.goto(`${origin}/questions?status=claimed`);
    await card().getByText('Claimed by you').waitFor();
    const answer = card().getByRole('form', { name: 'Your answer' });
    await answer.locator('textarea[name=answer]').fill('Rail: about 18 days, half the price of air.');
    await answer.getByRole('button', { name: 'Send answer' }).click();
    await expect.poll(status).toBe('answered');

    // The member writes back in the bot conversation (no question named): it goes under the answered question,
    // which is back with the coach.
    await api.core.replyToQuestion({ actor: club.owner, body: 'Does rail take 40ft containers?' });
    expect(await status()).toBe('claimed');
    await page.goto(`${origin}/questions?status=claimed`);
    const thread = card().getByRole('list', { name: 'Conversation' });
    await thread.getByText('Does rail take 40ft containers?').waitFor();
    const reply = card().getByRole('form', { name: 'Ask the member a follow-up' });
    await reply.getByText('Reply to the member').waitFor();
    await reply.locator('textarea[name=followUp]').fill('Yes, 40ft and 40HC both go by rail.');
    await reply.getByRole('button', { name: 'Send to the member' }).click();
    await expect.poll(status).toBe('answered');

    // The member resolves, rates and consents; the closed tab shows it all, and the coach publishes it.
    await api.core.resolveQuestion({
      actor: club.owner,
      questionId: id,
      rating: 4,
      comment: 'Clear, thanks',
      faqConsent: true,
    });
    await page.goto(`${origin}/questions?status=closed`);
    await card().getByText('Rated 4/5').waitFor();
    await card().getByText('Clear, thanks').waitFor();
    await card().getByText('May be published to the FAQ').waitFor();
    expect(await card().getByRole('list', { name: 'Conversation' }).getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('Does rail take 40ft containers?'),
      expect.stringContaining('Yes, 40ft and 40HC both go by rail.'),
    ]);
    await card().getByRole('button', { name: 'Publish to the FAQ' }).click();
    const publish = page.getByRole('form', { name: 'Publish to the FAQ' });
    await publish.locator('textarea').first().fill('Sea or rail from China to Poland?');
    await publish.getByRole('button', { name: 'Publish to the FAQ' }).click();
    await card().getByText('In the FAQ').waitFor();

    await page.goto(`${origin}/faq`);
    await page.getByRole('heading', { name: 'Sea or rail from China to Poland?' }).waitFor();
    const hits = await api.core.searchFaq({ actor: club.owner, words: 'rail Poland' });
    expect(hits.map((h) => h.entry.questionId)).toEqual([id]);
  });
});
