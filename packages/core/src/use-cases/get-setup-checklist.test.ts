import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { createTestPorts } from '../testing/create-test-ports.js';

async function newClub() {
  const ports = createTestPorts();
  const core = createCore(ports);
  const { community, ownerId } = await core.setUpCommunity({
    slug: 'fresh',
    name: 'Fresh Club',
    ownerEmail: 'owner@example.com',
  });
  const owner = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] } as const;
  return { ports, core, community, owner };
}

describe('getSetupChecklist', () => {
  it('starts a new club with the texts members read not done, and ticks each step as the owner does it', async () => {
    const { ports, core, community, owner } = await newClub();
    const done = async () =>
      Object.fromEntries(
        (await core.getSetupChecklist({ actor: owner, communityId: community.id })).items.map((i) => [i.id, i.done]),
      );
    expect(await done()).toEqual({
      names: false,
      fee: true,
      membership: true,
      timezone: true,
      language: true,
      values: false,
      paymentInstructions: false,
      excludedKeywords: true,
      discord: false,
      slack: false,
      staff: false,
    });
    expect((await core.getSetupChecklist({ actor: owner, communityId: community.id })).essentialsDone).toBe(false);

    // One language is not enough.
    await core.updateCommunitySettings({
      actor: owner,
      communityId: community.id,
      patch: { names: { en: 'Fresh Club' }, valuesStatementByLocale: { en: 'We give first.', 'zh-CN': '  ' } },
    });
    expect(await done()).toMatchObject({ names: false, values: false });

    await core.updateCommunitySettings({
      actor: owner,
      communityId: community.id,
      patch: {
        names: { en: 'Fresh Club', 'zh-CN': '新鲜俱乐部' },
        valuesStatementByLocale: { en: 'We give first.', 'zh-CN': '先付出。' },
        paymentInstructionsByLocale: { en: 'Bank transfer to ACME', 'zh-CN': '银行转账至 ACME' },
      },
    });
    const checklist = await core.getSetupChecklist({ actor: owner, communityId: community.id });
    expect(checklist.essentialsDone).toBe(true);
    expect(checklist.items.filter((i) => !i.done).map((i) => i.id)).toEqual(['discord', 'slack', 'staff']);

    await core.attachGuild({ actor: owner, communityId: community.id, guildId: 'guild-1' });
    await ports.communities.attachWorkspace(community.id, 'slack', 'T1');
    expect(await done()).toMatchObject({ discord: true, slack: true, staff: false });
  });

  it('is for owners only', async () => {
    const { core, community } = await newClub();
    const moderator = { kind: 'member', communityId: community.id, memberId: 'm', roles: ['moderator'] } as const;
    await expect(core.getSetupChecklist({ actor: moderator, communityId: community.id })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
  });
});
