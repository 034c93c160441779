import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionHealth } from '../api-context.js';
import { addStaff, createClub, signIn, startTestApi, type TestApi, type TestClub } from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

describe('GET /api/settings/platforms/health (PostgreSQL)', () => {
  let store: TestRepositories;
  let api: TestApi;
  let bare: TestApi;
  let club: TestClub;
  const asked: string[][] = [];
  // The platform adapters compute it (apps/cli wires `reportDiscordConnections` against Discord; tested there
  // on the fake Discord); here the route's part: the club's own servers in, the report out, owners only.
  const health: ConnectionHealth = async ({ discordGuilds }) => {
    asked.push([...discordGuilds]);
    return discordGuilds.map((workspaceId) => ({
      platform: 'discord' as const,
      workspaceId,
      checked: true,
      ok: false,
      problems: [
        { problem: { en: 'Role too low.', 'zh-CN': '身份组太低。' }, fix: { en: 'Drag it up.', 'zh-CN': '拖上去。' } },
      ],
    }));
  };

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos, { connectionHealth: health });
    bare = await startTestApi(store.repos);
    club = await createClub(api.core);
    await api.core.attachGuild({ actor: club.owner, communityId: club.community.id, guildId: '123456789012345678' });
  });

  afterAll(async () => {
    await api?.app.close();
    await bare?.app.close();
    await store?.close();
  });

  it('asks about the club’s own servers and shows the problem and the fix; owners only', async () => {
    const owner = await signIn(api, club, club.ownerId, 'owner');
    const response = await api.app.inject({ url: '/api/settings/platforms/health', headers: owner.headers });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      checked: true,
      items: [
        {
          platform: 'discord',
          workspaceId: '123456789012345678',
          checked: true,
          ok: false,
          problems: [
            {
              problem: { en: 'Role too low.', 'zh-CN': '身份组太低。' },
              fix: { en: 'Drag it up.', 'zh-CN': '拖上去。' },
            },
          ],
        },
      ],
    });
    expect(asked).toEqual([['123456789012345678']]);

    const moderator = await signIn(api, club, await addStaff(api.core, club, 'Mo', 'moderator'), 'moderator');
    const denied = await api.app.inject({ url: '/api/settings/platforms/health', headers: moderator.headers });
    expect(denied.statusCode).toBe(403);
  });

  it('says nothing could be asked when no bot is configured', async () => {
    const owner = await signIn(bare, club, club.ownerId, 'owner');
    const response = await bare.app.inject({ url: '/api/settings/platforms/health', headers: owner.headers });
    expect(response.json()).toEqual({ checked: false, items: [] });
  });
});
