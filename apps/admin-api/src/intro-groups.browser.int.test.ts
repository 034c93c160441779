import { resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPaidMember, addStaff, createClub, type TestClub } from './testing/api-test-kit.js';
import { SCREENSHOTS, usePanelInBrowser } from './testing/browser-harness.js';

describe('a moderator proposes a group introduction of three in the panel, in a real browser', () => {
  const panel = usePanelInBrowser({
    locale: 'en-US',
    timeoutMs: 15_000,
    ignoreConsoleError: (text) => text.includes('status of 4'),
  });
  let club: TestClub;
  let moderatorId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { api } = panel;
    club = await createClub(api.core, 'Trio Club 三方社群');
    moderatorId = await addStaff(api.core, club, 'Mo Moderator', 'moderator');
    for (const name of ['Ada Roaster', 'Bo Importer', 'Cy Payments', 'Dee Freight', 'Pat Paused']) {
      ids[name] = await addPaidMember(api.core, club, name);
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
  });

  const form = () => panel.page.getByRole('form', { name: /Propose a group introduction of three|发起三方引荐/ });
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
    const { page, origin, store, problems, signIn } = panel;
    await signIn(club.community.id, moderatorId, 'moderator');
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
