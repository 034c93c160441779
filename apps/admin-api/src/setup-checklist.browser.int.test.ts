import { beforeAll, describe, expect, it } from 'vitest';
import { usePanelInBrowser } from './testing/browser-harness.js';

describe('a new club’s setup checklist in a real browser', () => {
  const panel = usePanelInBrowser({ locale: 'en-US', timeoutMs: 10_000 });
  let club: { communityId: string; ownerId: string };

  const checklist = () => panel.page.getByRole('region', { name: 'Set up your club' });
  const item = (id: string) => checklist().locator(`li[data-item=${id}]`);

  beforeAll(async () => {
    const { api } = panel;
    // As `snowball club create` makes it: an empty club and its first owner.
    const slug = `fresh-${api.ports.ids.id().slice(0, 8)}`;
    const created = await api.core.setUpCommunity({ slug, name: 'Fresh Club', ownerEmail: `${slug}@example.com` });
    club = { communityId: created.community.id, ownerId: created.ownerId };
  });

  it('walks the owner through the checklist until the essentials are done', async () => {
    const { api, page, signIn, shot } = panel;
    await signIn(club.communityId, club.ownerId, 'owner');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await checklist().waitFor();
    await expect.poll(() => item('names').getAttribute('data-done')).toBe('no');
    expect(await item('fee').getAttribute('data-done')).toBe('yes');
    expect(await item('values').getAttribute('data-done')).toBe('no');
    expect(await item('paymentInstructions').getAttribute('data-done')).toBe('no');
    expect(await item('discord').getAttribute('data-done')).toBe('no');
    await shot('setup-checklist-dashboard');

    await item('names').getByRole('link').click();
    await page.getByRole('form', { name: 'Club settings' }).waitFor();
    await page.locator('input[name=nameZh]').fill('新鲜俱乐部');
    await page.locator('input[name=nameEn]').fill('Fresh Club');
    await page.locator('textarea[name=valuesZh]').fill('先付出，再索取。');
    await page.locator('textarea[name=valuesEn]').fill('Give before you take.');
    // One language only: not done yet.
    await page.locator('textarea[name=paymentZh]').fill('银行转账至 ACME 有限公司，账号 123');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.').waitFor();
    await expect.poll(() => item('names').getAttribute('data-done')).toBe('yes');
    expect(await item('values').getAttribute('data-done')).toBe('yes');
    expect(await item('paymentInstructions').getAttribute('data-done')).toBe('no');

    await page.locator('textarea[name=paymentEn]').fill('Bank transfer to ACME Ltd, account 123');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => item('paymentInstructions').getAttribute('data-done')).toBe('yes');
    const saved = await api.core.getCommunitySettings({
      actor: { kind: 'member', communityId: club.communityId, memberId: club.ownerId, roles: ['owner'] },
      communityId: club.communityId,
    });
    expect(saved.settings.names).toEqual({ 'zh-CN': '新鲜俱乐部', en: 'Fresh Club' });
    expect(saved.settings.paymentInstructionsByLocale?.en).toBe('Bank transfer to ACME Ltd, account 123');

    // Connect Discord: a bad id is refused with a clear message and changes nothing; a good one is connected.
    const connect = page.getByRole('form', { name: 'Connect a Discord server' });
    await connect.locator('input[name=guildId]').fill('not-a-server');
    await connect.getByRole('button', { name: 'Connect' }).click();
    await connect.getByText(/guildId has an invalid format/).waitFor();
    expect(await item('discord').getAttribute('data-done')).toBe('no');
    await connect.locator('input[name=guildId]').fill('123456789012345678');
    await connect.getByRole('button', { name: 'Connect' }).click();
    await connect.getByText('Connected.').waitFor();
    await expect.poll(() => item('discord').getAttribute('data-done')).toBe('yes');
    await page.getByRole('region', { name: 'Platform connections' }).getByText('123456789012345678').waitFor();
    await shot('setup-checklist-settings');

    // Essentials done: the dashboard no longer shows the checklist.
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByText('Applications waiting').waitFor();
    expect(await checklist().count()).toBe(0);
  });

  it('lets staff change a member’s own settings on the member page, refusing a bad value clearly', async () => {
    const { api, page, origin, shot } = panel;
    await page.goto(`${origin}/members/${club.ownerId}`);
    const card = page.getByRole('form', { name: 'Member’s settings' });
    await card.waitFor();
    await card.locator('input[name=timezone]').fill('Mars/Olympus');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByRole('alert').waitFor();
    const actor = { kind: 'member', communityId: club.communityId, memberId: club.ownerId, roles: ['owner'] } as const;
    expect((await api.core.getMemberSettings({ actor, communityId: club.communityId })).timezone).toBeNull();

    await card.locator('input[name=timezone]').fill('Europe/Berlin');
    await card.locator('input[name=leaderboard]').check();
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByText('Saved.').waitFor();
    expect(await api.core.getMemberSettings({ actor, communityId: club.communityId })).toMatchObject({
      timezone: 'Europe/Berlin',
      leaderboard: true,
    });
    await shot('member-settings');
  });
});
