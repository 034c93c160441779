import { describe, expect, it } from 'vitest';
import { errorText } from '../errors/domain-error.js';
import { pageRequest } from '../ports/page.js';
import { createClubFixture } from '../testing/club-fixture.js';

const GUILD = '111111111111111111';
const ROLE = '222222222222222222';
const roles = [{ id: GUILD }, { id: ROLE }, { id: '333333333333333333', managed: true }];

describe('attachGuild: a Discord server with its own member role', () => {
  it('stores the role checked against the guild’s roles, changes it (audited), and leaves it when not given', async () => {
    const { core, ports, communityId, owner } = await createClubFixture();
    const attach = (extra: object) => core.attachGuild({ actor: owner, communityId, guildId: GUILD, ...extra });
    expect(await attach({ memberRoleId: ROLE, guildRoles: roles })).toEqual({ attached: true, memberRoleId: ROLE });
    expect(await ports.communities.workspaceMemberRole('discord', GUILD)).toBe(ROLE);
    expect(await attach({})).toEqual({ attached: false, memberRoleId: ROLE });
    expect(await attach({ memberRoleId: '' })).toEqual({ attached: false, memberRoleId: null });
    expect(await ports.communities.workspaceMemberRole('discord', GUILD)).toBeNull();
    const audit = await ports.audit.list(communityId, { action: 'workspace.member_role' }, pageRequest(10));
    expect(audit.items.map((e) => e.after)).toEqual(
      expect.arrayContaining([{ memberRoleId: ROLE }, { memberRoleId: null }]),
    );
    expect(audit.items).toHaveLength(2);
  });

  it('refuses a malformed role, a role not in the guild, @everyone, a bot’s role, and a guild the bot cannot see: nothing written', async () => {
    const { core, ports, communityId, owner } = await createClubFixture();
    const attach = (memberRoleId: string, guildRoles: typeof roles | null) =>
      core.attachGuild({ actor: owner, communityId, guildId: GUILD, memberRoleId, guildRoles });
    const malformed = attach('role-x', roles);
    await expect(malformed).rejects.toMatchObject({ code: 'validation.invalid' });
    const error = await malformed.catch((e: unknown) => e);
    expect(errorText(error as Error, 'zh-CN')).toContain('不是有效的编号');
    for (const id of ['444444444444444444', GUILD, '333333333333333333']) {
      await expect(attach(id, roles)).rejects.toMatchObject({ code: 'discord.role_unknown' });
    }
    await expect(attach(ROLE, null)).rejects.toMatchObject({ code: 'discord.bot_not_in_guild' });
    expect(await ports.communities.findByWorkspace('discord', GUILD)).toBeNull();
    expect((await ports.audit.list(communityId, {}, pageRequest(10))).items.map((e) => e.action)).not.toContain(
      'workspace.attach',
    );
  });
});
