import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, createClub, type TestClub } from './testing/api-test-kit.js';
import { usePanelInBrowser } from './testing/browser-harness.js';

describe('guest invitations and follow-ups in a real browser', () => {
  const panel = usePanelInBrowser({ locale: 'en-US', timeoutMs: 10_000 });
  let club: TestClub;
  let coachId: string;

  beforeAll(async () => {
    club = await createClub(panel.api.core, 'Guest Club 嘉宾');
    coachId = await addStaff(panel.api.core, club, 'Chen Coach', 'coach');
  });

  const signInAs = async (memberId: string, role: 'owner' | 'coach') => {
    await panel.signIn(club.community.id, memberId, role);
    await panel.page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  };

  it('an owner invites a guest by email and gets a one-time link that signs the guest in with guest rights', async () => {
    const { page, origin } = panel;
    await signInAs(club.ownerId, 'owner');
    await page.goto(`${origin}/staff`);
    const form = page.getByRole('form', { name: 'Invite a guest expert' });
    await form.locator('input[name=guestName]').fill('Mira <b>Expert</b>');
    await form.locator('input[name=guestEmail]').fill('mira@example.com');
    await form.getByRole('button', { name: 'Invite' }).click();
    const link = page.getByRole('textbox', { name: 'Sign-in link', exact: true });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toContain('/login?token=');
    await page.getByText('Mira <b>Expert</b>', { exact: false }).first().waitFor();
    expect(await page.locator('b', { hasText: 'Expert' }).count()).toBe(0);

    await page.context().clearCookies();
    // The link names the configured public URL; the test server listens elsewhere.
    const invite = new URL(url);
    await page.goto(`${origin}${invite.pathname}${invite.search}`);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const session = await page.evaluate(async () => (await fetch('/api/session')).json());
    expect(session).toMatchObject({ roles: ['guest'] });
    expect(await page.evaluate(async () => (await fetch('/api/members')).status)).toBe(403);
  });

  it('a coach asks a follow-up from the queue; the member’s reply shows under it as text', async () => {
    const { api, page, origin, store } = panel;
    await page.context().clearCookies();
    const q = await api.core.askQuestion({ actor: club.owner, body: 'Which CRM should we use?' });
    await signInAs(coachId, 'coach');
    await page.goto(`${origin}/questions`);
    const followUp = page.getByRole('form', { name: 'Ask the member a follow-up' });
    await followUp.locator('textarea[name=followUp]').fill('How many salespeople?');
    await followUp.getByRole('button', { name: 'Send to the member' }).click();
    await expect
      .poll(async () => (await store.repos.questions.get(club.community.id, q.id))?.awaitingMemberSince ?? null)
      .not.toBeNull();

    const hostile = '<img src=x onerror="window.pwned=1"> three of them';
    await api.core.replyToQuestion({ actor: club.owner, body: hostile });
    await page.goto(`${origin}/questions?status=claimed`);
    await page.getByText(hostile).waitFor();
    await page.getByText('How many salespeople?').waitFor();
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });
});
