import { expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../domain/community.js';
import { randomIds } from '../../../ports/ids.js';
import { at, byId, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: communities. */
export function communitySemantics(scope: SemanticsScope): void {
  const { club } = scope;
  it('communities: unique slug and id, workspaces, settings, lookups by malformed ids', async () => {
    const { repos } = scope;
    const id = await club();
    const community = await repos.communities.get(id);
    expect(community).toMatchObject({ id, name: '语义 Club', settings: DEFAULT_SETTINGS });
    expect(community?.createdAt).toEqual(at(0));
    await expect(
      repos.communities.create({ ...(community as NonNullable<typeof community>), id: randomIds.id() }),
    ).rejects.toThrow('unique violation: slug');
    await expect(
      repos.communities.create({ ...(community as NonNullable<typeof community>), slug: `sem-${randomIds.code()}` }),
    ).rejects.toThrow('unique violation: id');
    expect(await repos.communities.get('not-a-uuid')).toBeNull();
    expect(await repos.communities.get(randomIds.id())).toBeNull();
    expect(await repos.communities.getBySlug(community?.slug ?? '')).toMatchObject({ id });

    const twins = [await club(), await club()];
    const listed = (await repos.communities.list()).map((c) => c.id).filter((c) => twins.includes(c) || c === id);
    expect(listed).toEqual([id, ...twins].sort(byId));

    const settings = { ...DEFAULT_SETTINGS, graceDays: 3, excludedKeywords: ['资金盘'] };
    await repos.communities.updateSettings(id, settings);
    await repos.communities.updateSettings(randomIds.id(), settings);
    expect((await repos.communities.get(id))?.settings).toEqual(settings);

    const workspace = `ws-${randomIds.code()}`;
    await repos.communities.attachWorkspace(id, 'slack', workspace);
    expect(await repos.communities.findByWorkspace('slack', workspace)).toMatchObject({ id, settings });
    expect(await repos.communities.findByWorkspace('discord', workspace)).toBeNull();
    await repos.communities.attachWorkspace(twins[0] as string, 'slack', workspace);
    expect((await repos.communities.findByWorkspace('slack', workspace))?.id).toBe(twins[0]);
  });

  it("communities: listWorkspaces by platform then id in code-point order, only the club's own", async () => {
    const { repos } = scope;
    const c = await club();
    const other = await club();
    const tag = randomIds.code();
    for (const [platform, workspaceId] of [
      ['slack', `T-${tag}-b`],
      ['discord', `${tag}-Z`],
      ['slack', `T-${tag}-B`],
      ['discord', `${tag}-a`],
      ['simulator', `sim-${tag}`],
    ] as const) {
      await repos.communities.attachWorkspace(c, platform, workspaceId);
    }
    await repos.communities.attachWorkspace(other, 'discord', `${tag}-other`);
    expect(await repos.communities.listWorkspaces(c)).toEqual([
      { platform: 'discord', workspaceId: `${tag}-Z` },
      { platform: 'discord', workspaceId: `${tag}-a` },
      { platform: 'simulator', workspaceId: `sim-${tag}` },
      { platform: 'slack', workspaceId: `T-${tag}-B` },
      { platform: 'slack', workspaceId: `T-${tag}-b` },
    ]);
    await repos.communities.attachWorkspace(other, 'slack', `T-${tag}-b`);
    expect((await repos.communities.listWorkspaces(c)).map((w) => w.workspaceId)).not.toContain(`T-${tag}-b`);
    expect(await repos.communities.listWorkspaces(randomIds.id())).toEqual([]);
    expect(await repos.communities.listWorkspaces('not-a-uuid')).toEqual([]);
  });

  it('communities: a workspace’s own member role, set, listed, cleared; none for a workspace not attached', async () => {
    const { repos } = scope;
    const c = await club();
    const guild = `${randomIds.code()}-g`;
    await repos.communities.attachWorkspace(c, 'discord', guild);
    expect(await repos.communities.workspaceMemberRole('discord', guild)).toBeNull();
    await repos.communities.setWorkspaceMemberRole('discord', guild, '222222222222222222');
    expect(await repos.communities.workspaceMemberRole('discord', guild)).toBe('222222222222222222');
    expect(await repos.communities.workspaceMemberRole('slack', guild)).toBeNull();
    expect(await repos.communities.listWorkspaces(c)).toEqual([
      { platform: 'discord', workspaceId: guild, memberRoleId: '222222222222222222' },
    ]);
    await repos.communities.setWorkspaceMemberRole('discord', guild, null);
    expect(await repos.communities.listWorkspaces(c)).toEqual([{ platform: 'discord', workspaceId: guild }]);
    const loose = `${randomIds.code()}-loose`;
    await repos.communities.setWorkspaceMemberRole('discord', loose, '333333333333333333');
    expect(await repos.communities.workspaceMemberRole('discord', loose)).toBeNull();
  });

  it('communities: detachWorkspace disconnects one workspace and its member role; again, or unknown, is false', async () => {
    const { repos } = scope;
    const c = await club();
    const guild = `${randomIds.code()}-d`;
    const kept = `${randomIds.code()}-k`;
    await repos.communities.attachWorkspace(c, 'discord', guild);
    await repos.communities.attachWorkspace(c, 'discord', kept);
    await repos.communities.setWorkspaceMemberRole('discord', guild, '444444444444444444');
    expect(await repos.communities.detachWorkspace('slack', guild)).toBe(false);
    expect(await repos.communities.detachWorkspace('discord', guild)).toBe(true);
    expect(await repos.communities.findByWorkspace('discord', guild)).toBeNull();
    expect(await repos.communities.workspaceMemberRole('discord', guild)).toBeNull();
    expect(await repos.communities.listWorkspaces(c)).toEqual([{ platform: 'discord', workspaceId: kept }]);
    expect(await repos.communities.detachWorkspace('discord', guild)).toBe(false);
    await repos.communities.attachWorkspace(c, 'discord', guild);
    expect(await repos.communities.workspaceMemberRole('discord', guild)).toBeNull();
  });
}
