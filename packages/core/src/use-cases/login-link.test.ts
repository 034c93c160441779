import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { pageRequest } from '../ports/page.js';
import type { Actor } from '../rules/actor.js';
import { hashSecret } from '../rules/secret.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { MemoryStore } from '../testing/in-memory/store.js';
import { createMemoryRepositories } from '../testing/memory-repositories.js';

async function setup() {
  const store = new MemoryStore();
  const ports = createTestPorts(createMemoryRepositories(store));
  const core = createCore(ports);
  const { community, ownerId } = await core.createCommunity({
    slug: 'club',
    name: 'Club',
    owner: { displayName: 'Olivia Owner', email: 'owner@example.com' },
  });
  const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
  return { store, ports, core, community, ownerId, owner };
}

describe('login links and admin sessions', () => {
  it('issues a 10-minute link whose token is stored only as a hash, and redeems it once into a session', async () => {
    const { store, ports, core, community, ownerId, owner } = await setup();
    const { token, expiresAt } = await core.issueLoginLink({
      actor: owner,
      communityId: community.id,
      memberId: ownerId,
      role: 'owner',
    });
    expect(expiresAt.getTime() - ports.clock.now().getTime()).toBe(10 * 60_000);
    const links = store.table('login_links');
    expect([...links.keys()]).toEqual([hashSecret(token)]);
    expect(JSON.stringify([...links.values()])).not.toContain(token);

    ports.clock.advance(9 * 60_000);
    const session = await core.redeemLoginLink({ token });
    expect(session).toMatchObject({ communityId: community.id, memberId: ownerId, role: 'owner' });
    expect(session.expiresAt.getTime() - ports.clock.now().getTime()).toBe(12 * 3_600_000);
    expect(await ports.auth.getSession(session.sessionId)).toBeNull();
    expect(await ports.auth.getSession(hashSecret(session.sessionId))).toMatchObject({ csrfToken: session.csrfToken });

    await expect(core.redeemLoginLink({ token })).rejects.toMatchObject({ code: 'auth.login_link_invalid' });
    const view = await core.getAdminSession({ sessionId: session.sessionId });
    expect(view.actor).toEqual({ kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] });
    expect(view.csrfToken).toBe(session.csrfToken);
    expect(view.community.id).toBe(community.id);

    const audit = await ports.audit.list(community.id, {}, pageRequest());
    expect(audit.items.map((e) => e.action)).toEqual(expect.arrayContaining(['auth.login_link.issue', 'auth.sign_in']));
  });

  it('refuses expired, unknown and empty tokens', async () => {
    const { ports, core, community, ownerId, owner } = await setup();
    const { token } = await core.issueLoginLink({
      actor: owner,
      communityId: community.id,
      memberId: ownerId,
      role: 'owner',
    });
    ports.clock.advance(10 * 60_000);
    await expect(core.redeemLoginLink({ token })).rejects.toMatchObject({ code: 'auth.login_link_expired' });
    await expect(core.redeemLoginLink({ token: 'nope' })).rejects.toMatchObject({ code: 'auth.login_link_invalid' });
    await expect(core.redeemLoginLink({ token: '  ' })).rejects.toMatchObject({ code: 'auth.login_link_invalid' });
  });

  it('issues links only for roles held; members only for themselves unless owner', async () => {
    const { ports, core, community, ownerId, owner } = await setup();
    const coachId = ports.ids.id();
    await ports.members.create({
      id: coachId,
      communityId: community.id,
      handle: 'coach',
      displayName: 'Coach',
      email: null,
      locale: 'en',
      timezone: null,
      reminderLeadMinutes: null,
      remindersMuted: false,
      matchingExcluded: false,
      notes: '',
      createdAt: ports.clock.now(),
      deletedAt: null,
    });
    await ports.staff.grant({ communityId: community.id, memberId: coachId, role: 'coach', grantedAt: new Date() });
    const coach: Actor = { kind: 'member', communityId: community.id, memberId: coachId, roles: ['coach'] };
    await expect(
      core.issueLoginLink({ actor: owner, communityId: community.id, memberId: coachId, role: 'moderator' }),
    ).rejects.toMatchObject({ code: 'auth.role_not_held' });
    await expect(
      core.issueLoginLink({ actor: coach, communityId: community.id, memberId: ownerId, role: 'owner' }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    await expect(
      core.issueLoginLink({
        actor: { kind: 'system', communityId: 'elsewhere', label: 'cli' },
        communityId: community.id,
        memberId: coachId,
        role: 'coach',
      }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    const own = await core.issueLoginLink({
      actor: coach,
      communityId: community.id,
      memberId: coachId,
      role: 'coach',
    });
    const byOwner = await core.issueLoginLink({
      actor: owner,
      communityId: community.id,
      memberId: coachId,
      role: 'coach',
    });
    // A role revoked after the link was issued makes the link worthless.
    await core.revokeStaffRole({ actor: owner, communityId: community.id, memberId: coachId, role: 'coach' });
    await expect(core.redeemLoginLink({ token: own.token })).rejects.toMatchObject({
      code: 'auth.login_link_invalid',
    });
    await core.grantStaffRole({ actor: owner, communityId: community.id, memberId: coachId, role: 'coach' });
    const session = await core.redeemLoginLink({ token: byOwner.token });
    // A session follows the member's current roles.
    await core.revokeStaffRole({ actor: owner, communityId: community.id, memberId: coachId, role: 'coach' });
    await expect(core.getAdminSession({ sessionId: session.sessionId })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
  });

  it('expires sessions, and signs out for good', async () => {
    const { ports, core, community, ownerId, owner } = await setup();
    const issue = () =>
      core.issueLoginLink({ actor: owner, communityId: community.id, memberId: ownerId, role: 'owner' });
    const first = await core.redeemLoginLink({ token: (await issue()).token });
    await expect(core.getAdminSession({ sessionId: null })).rejects.toMatchObject({ code: 'auth.not_signed_in' });
    await expect(core.getAdminSession({ sessionId: 'forged' })).rejects.toMatchObject({
      code: 'auth.session_expired',
    });
    ports.clock.advance(12 * 3_600_000);
    await expect(core.getAdminSession({ sessionId: first.sessionId })).rejects.toMatchObject({
      code: 'auth.session_expired',
    });
    expect(await ports.auth.getSession(hashSecret(first.sessionId))).toBeNull();

    const second = await core.redeemLoginLink({ token: (await issue()).token });
    await core.signOut({ sessionId: second.sessionId });
    await core.signOut({ sessionId: second.sessionId });
    await expect(core.getAdminSession({ sessionId: second.sessionId })).rejects.toMatchObject({
      code: 'auth.session_expired',
    });
    expect((await ports.audit.list(community.id, { action: 'auth.sign_out' }, pageRequest())).total).toBe(1);
  });
});
