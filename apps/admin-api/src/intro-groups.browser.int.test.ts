import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loginUrl, systemActor } from '@snowball/core';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, createClub, startTestApi, type TestApi, type TestClub } from './testing/api-test-kit.js';
import { openBrowser } from './testing/browser.js';
import { ensurePanelBuilt } from './testing/build-panel.js';
import { openTestRepositories, type TestRepositories } from './testing/test-repositories.js';

const SCREENSHOTS = resolve(import.meta.dirname, '../../../test-output/screenshots');

describe('a moderator proposes a group introduction of three in the panel, in a real browser', () => {
  let store: TestRepositories;
  let api: TestApi;
  let origin: string;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  let club: TestClub;
  let moderatorId: string;
  const ids: Record<string, string> = {};
  const problems: string[] = [];

  async function addPaidMember(name: string): Promise<string> {
    const communityId = club.community.id;
    const application = await api.core.submitApplication({
      communityId,
      name,
      email: `${name.split(' ')[0]?.toLowerCase()}-${club.community.slug}@example.com`,
      answers: [],
      valuesPledge: true,
      locale: 'en',
    });
    const approved = await api.core.approveApplication({
      actor: club.owner,
      communityId,
      applicationId: application.id,
    });
    await api.core.recordPayment({
      actor: club.owner,
      communityId,
      applicationId: application.id,
      amountMinor: club.community.settings.fee.amountMinor,
      currency: club.community.settings.fee.currency,
      method: 'bank_transfer',
      reference: `REF-${application.id}`,
    });
    return approved.memberId as string;
  }

  beforeAll(async () => {
    const webRoot = ensurePanelBuilt();
    await mkdir(SCREENSHOTS, { recursive: true });
    store = await openTestRepositories();
    api = await startTestApi(store.repos, { webRoot });
    origin = await api.app.listen({ host: '127.0.0.1', port: 0 });
    club = await createClub(api.core, 'Trio Club 三方社群');
    moderatorId = await addStaff(api.core, club, 'Mo Moderator', 'moderator');
    for (const name of ['Ada Roaster', 'Bo Importer', 'Cy Payments', 'Dee Freight', 'Pat Paused']) {
      ids[name] = await addPaidMember(name);
    }
    const communityId = club.community.id;
    // Pat paused introductions; Ada and Dee already had an introduction (each pair has one, ever).
    await api.core.updateMemberSettings({
      actor: { kind: 'member', communityId, memberId: ids['Pat Paused'] as string, roles: [] },
      communityId,
      patch: { introductions: 'paused', pausedUntil: new Date(Date.now() + 30 * 86_400_000) },
    });
    await api.ports.introductions.create({
      id: api.ports.ids.id(),
      communityId,
      memberA: ids['Ada Roaster'] as string,
      memberB: ids['Dee Freight'] as string,
      answerA: 'pending',
      answerB: 'pending',
      status: 'proposed',
      score: 0.7,
      reason: 'Both ship to Penang',
      roundId: null,
      introducedAt: null,
      followUpAt: null,
      followUpOutcome: null,
      createdAt: new Date(),
    });
    browser = await openBrowser({ locale: 'en-US' });
    page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('status of 4')) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
    await store?.close();
  });

  const form = () => page.getByRole('form', { name: /Propose a group introduction of three|发起三方引荐/ });
  const slot = (n: number) => form().locator(`fieldset[data-slot="${n}"]`);
  async function choose(n: number, search: string, name: string) {
    const s = slot(n);
    await s.getByRole('searchbox').fill(search);
    const row = s.locator('li', { hasText: name });
    await row.getByRole('button').click();
    await s.locator('.intro-group-picked', { hasText: name }).waitFor();
  }
  const alert = (within: Locator) => within.getByRole('alert');

  it('picks three members through the server-side search, shows each refusal clearly, then lists the group once', async () => {
    const { token } = await api.core.issueLoginLink({
      actor: systemActor(club.community.id, 'test'),
      communityId: club.community.id,
      memberId: moderatorId,
      role: 'moderator',
    });
    await page.goto(loginUrl(origin, token));
    await page.getByRole('navigation', { name: 'main' }).waitFor();
    await page.goto(`${origin}/introductions?status=proposed`);
    await page.getByRole('button', { name: 'Propose a group of three' }).click();
    await form().getByRole('heading', { name: 'Propose a group introduction of three' }).waitFor();

    // Fewer than three: said at once, nothing sent.
    await form()
      .getByRole('textbox', { name: /Why they should meet/ })
      .fill('Ada roasts; Bo imports; Cy collects');
    await form().getByRole('button', { name: 'Ask all three' }).click();
    expect(await alert(form()).textContent()).toContain('Choose three different members.');

    // The same member cannot be chosen twice: the second search shows her as already chosen.
    await choose(1, 'Ada', 'Ada Roaster');
    await slot(2).getByRole('searchbox').fill('Ada');
    await slot(2).locator('li', { hasText: 'Ada Roaster' }).getByText('already chosen').waitFor();
    expect(await slot(2).locator('li', { hasText: 'Ada Roaster' }).getByRole('button').count()).toBe(0);

    // A paused member: the API's refusal, in English, names her; nothing is created.
    await choose(2, 'Pat', 'Pat Paused');
    await choose(3, 'Bo', 'Bo Importer');
    await form().getByRole('button', { name: 'Ask all three' }).click();
    await alert(form()).getByText('Pat Paused cannot receive introductions at the moment').waitFor();

    // A pair that already had an introduction.
    await slot(2).getByRole('button', { name: 'Change' }).click();
    await choose(2, 'Dee', 'Dee Freight');
    await form().getByRole('button', { name: 'Ask all three' }).click();
    await alert(form())
      .getByText(/Ada Roaster and Dee Freight already have \(or had\) an introduction/)
      .waitFor();
    expect((await store.repos.introductions.listForCommunity(club.community.id)).filter((i) => i.groupId)).toHaveLength(
      0,
    );

    // Three who can meet: sent, and the list shows the group as one entry with its three members and answers.
    await slot(2).getByRole('button', { name: 'Change' }).click();
    await choose(2, 'Cy', 'Cy Payments');
    await form().getByRole('button', { name: 'Ask all three' }).click();
    await form()
      .getByRole('status')
      .getByText('Sent: Ada Roaster, Cy Payments, Bo Importer each got the proposal.')
      .waitFor();
    // The form is empty again, ready for the next group.
    for (const n of [1, 2, 3]) expect(await slot(n).getByRole('searchbox').inputValue()).toBe('');
    expect(await slot(1).locator('li').count()).toBe(0);
    const stored = (await store.repos.introductions.listForCommunity(club.community.id)).filter((i) => i.groupId);
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((i) => i.reason))).toEqual(new Set(['Ada roasts; Bo imports; Cy collects']));
    const groupRow = page.locator('tbody tr', { hasText: 'group of three' });
    await expect.poll(() => groupRow.count()).toBe(1);
    const text = (await groupRow.textContent()) ?? '';
    for (const name of ['Ada Roaster', 'Bo Importer', 'Cy Payments']) expect(text).toContain(name);
    expect(text.match(/no answer yet/g)).toHaveLength(3);
    // The proposed tab holds Ada and Dee's pair and the group: two entries, not four rows.
    const introRows = page
      .locator('table', { has: page.getByRole('columnheader', { name: 'Why', exact: true }) })
      .locator('tbody tr');
    await expect.poll(() => introRows.count()).toBe(2);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'intro-group-form.png'), fullPage: true });

    // The same form and refusals in Chinese.
    await page.getByRole('button', { name: '中文' }).click();
    await form().getByRole('heading', { name: '发起三方引荐' }).waitFor();
    await form()
      .getByRole('textbox', { name: /引荐理由/ })
      .fill('再试一次');
    await form().getByRole('button', { name: '发送给三位会员' }).click();
    expect(await alert(form()).textContent()).toContain('请选择三位不同的会员。');
    await choose(1, 'Ada', 'Ada Roaster');
    await choose(2, 'Bo', 'Bo Importer');
    await choose(3, 'Cy', 'Cy Payments');
    await form().getByRole('button', { name: '发送给三位会员' }).click();
    await alert(form())
      .getByText(/之间已经有（或有过）一条引荐/)
      .waitFor();
    await page.locator('tbody tr', { hasText: '三方引荐' }).getByText('未回复').first().waitFor();
    expect(problems).toEqual([]);
  });
});
