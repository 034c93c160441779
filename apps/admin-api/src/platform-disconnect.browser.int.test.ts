import { systemActor } from '@snowball/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { usePanelInBrowser } from './testing/browser-harness.js';

const GUILD = '223456789012345678';
const KEPT = '323456789012345678';

describe('disconnecting a Discord server in Settings, in a real browser', () => {
  const panel = usePanelInBrowser({ locale: 'zh-CN', timeoutMs: 10_000 });
  let club: { communityId: string; ownerId: string };

  beforeAll(async () => {
    const { api } = panel;
    const slug = `unplug-${api.ports.ids.id().slice(0, 8)}`;
    const created = await api.core.setUpCommunity({ slug, name: 'Unplug Club', ownerEmail: `${slug}@example.com` });
    club = { communityId: created.community.id, ownerId: created.ownerId };
    for (const guildId of [GUILD, KEPT]) {
      await api.core.attachGuild({
        actor: systemActor(club.communityId, 'test'),
        communityId: club.communityId,
        guildId,
      });
    }
  });

  it('asks first; cancelled changes nothing, confirmed removes that server only', async () => {
    const { api, page, origin, signIn } = panel;
    await signIn(club.communityId, club.ownerId, 'owner');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${origin}/settings`);
    const card = page.getByRole('region', { name: '平台连接' });
    const row = card.getByRole('listitem').filter({ hasText: GUILD });
    await row.waitFor();

    const dialogs: string[] = [];
    let accept = false;
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await (accept ? dialog.accept() : dialog.dismiss());
    });
    await row.getByRole('button', { name: '断开连接' }).click();
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toContain(GUILD);
    expect(dialogs[0]).toContain('机器人会立即停止');
    expect((await api.ports.communities.findByWorkspace('discord', GUILD))?.id).toBe(club.communityId);

    accept = true;
    await row.getByRole('button', { name: '断开连接' }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect(await api.ports.communities.findByWorkspace('discord', GUILD)).toBeNull();
    await card.getByRole('listitem').filter({ hasText: KEPT }).waitFor();
    expect((await api.ports.communities.findByWorkspace('discord', KEPT))?.id).toBe(club.communityId);
  });
});
