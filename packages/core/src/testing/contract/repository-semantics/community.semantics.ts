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
}
