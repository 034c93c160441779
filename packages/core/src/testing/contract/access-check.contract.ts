import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessCheckRun } from '../../domain/access-check.js';
import { DEFAULT_SETTINGS } from '../../domain/community.js';
import type { Member } from '../../domain/member.js';
import { randomIds } from '../../ports/ids.js';
import type { ContractSubject } from './repositories.contract.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const DAY = 86_400_000;
const GUILD = { platform: 'discord' as const, workspaceId: 'g-access' };

/**
 * The access check's questions: a workspace's accounts with access in keyset pages (byte order of the user id,
 * other workspaces and clubs left out, deleted members out, the access edge exclusive) and their count, the
 * standing of a list of users (access, staff, ended, never; unknown users absent), and the last run kept per club.
 */
export function describeAccessCheckContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`access check: ${name}`, () => {
    let subject: ContractSubject;
    let repos: ContractSubject['repos'];
    let club: string;
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      subject = await open();
      repos = subject.repos;
      club = await newClub();
      const other = await newClub();
      const accessAfter = new Date(NOW.getTime() - 7 * DAY);
      // user id → [latest end, deleted, staff]
      const people: [string, Date | null, boolean, boolean][] = [
        ['B2', new Date(NOW.getTime() + 100 * DAY), false, false],
        ['a1', new Date(NOW.getTime() + 100 * DAY), false, false],
        ['Z9', new Date(NOW.getTime() - 3 * DAY), false, false], // in grace: access
        ['edge', accessAfter, false, false], // grace ends exactly now: no access
        ['old', new Date(NOW.getTime() - 30 * DAY), false, false],
        ['gone', new Date(NOW.getTime() + 100 * DAY), true, false],
        ['none', null, false, false],
        ['boss', null, false, true],
      ];
      for (const [user, end, deleted, staff] of people) {
        ids[user] = await member(club, user, end, deleted, staff);
      }
      // The same user id elsewhere: another club's workspace, another workspace of the club.
      await member(other, 'a1', new Date(NOW.getTime() + 100 * DAY), false, false, 'g-third');
      await member(club, 'a1', new Date(NOW.getTime() + 100 * DAY), false, false, 'g-other');
    });
    afterAll(async () => {
      await subject?.close?.();
    });

    async function newClub(): Promise<string> {
      const id = randomIds.id();
      await repos.communities.create({
        id,
        slug: `acc-${randomIds.code().toLowerCase()}`,
        name: 'Access',
        settings: DEFAULT_SETTINGS,
        createdAt: new Date(NOW.getTime() - 400 * DAY),
      });
      return id;
    }

    async function member(
      c: string,
      user: string,
      end: Date | null,
      deleted: boolean,
      staff: boolean,
      workspaceId = GUILD.workspaceId,
    ): Promise<string> {
      const m: Member = {
        id: randomIds.id(),
        communityId: c,
        handle: `h-${randomIds.code().toLowerCase()}`,
        displayName: `M ${user}`,
        email: null,
        locale: null,
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: new Date(NOW.getTime() - 400 * DAY),
        deletedAt: deleted ? new Date(NOW.getTime() - DAY) : null,
      };
      await repos.members.create(m);
      if (end) {
        await repos.memberships.add({
          id: randomIds.id(),
          communityId: c,
          memberId: m.id,
          startsAt: new Date(end.getTime() - 365 * DAY),
          endsAt: end,
          kind: 'initial',
          paymentId: null,
          createdAt: new Date(end.getTime() - 365 * DAY),
        });
      }
      if (staff) await repos.staff.grant({ communityId: c, memberId: m.id, role: 'owner', grantedAt: NOW });
      await repos.accounts.link({
        communityId: c,
        platform: 'discord',
        workspaceId,
        platformUserId: user,
        memberId: m.id,
        linkedAt: NOW,
      });
      return m.id;
    }

    const accessAfter = () => new Date(NOW.getTime() - 7 * DAY);

    it('pages through the accounts with access in byte order of the user id', async () => {
      const first = await repos.accessChecks.accessPage(club, GUILD, accessAfter(), null, 2);
      expect(first.map((s) => s.platformUserId)).toEqual(['B2', 'Z9']);
      expect(first.every((s) => s.standing === 'access')).toBe(true);
      const rest = await repos.accessChecks.accessPage(club, GUILD, accessAfter(), 'Z9', 2);
      expect(rest).toEqual([{ platformUserId: 'a1', memberId: ids.a1, standing: 'access' }]);
      expect(await repos.accessChecks.accessPage(club, GUILD, accessAfter(), 'a1', 2)).toEqual([]);
    });

    it('counts the accounts with access of one workspace', async () => {
      // a1, B2 and Z9: not the edge, the lapsed, the deleted, the never paid, the staff, nor other workspaces.
      expect(await repos.accessChecks.accessCount(club, GUILD, accessAfter())).toBe(3);
      expect(await repos.accessChecks.accessCount(club, { ...GUILD, workspaceId: 'g-other' }, accessAfter())).toBe(1);
      expect(await repos.accessChecks.accessCount(club, { ...GUILD, workspaceId: 'g-none' }, accessAfter())).toBe(0);
      // Five days later Z9's grace has run out.
      expect(await repos.accessChecks.accessCount(club, GUILD, new Date(NOW.getTime() - 2 * DAY))).toBe(2);
    });

    it('tells the standing of the listed users only', async () => {
      const standings = await repos.accessChecks.standings(club, GUILD, accessAfter(), [
        'a1',
        'edge',
        'old',
        'gone',
        'none',
        'boss',
        'stranger',
      ]);
      expect(Object.fromEntries(standings.map((s) => [s.platformUserId, s.standing]))).toEqual({
        a1: 'access',
        edge: 'ended',
        old: 'ended',
        gone: 'ended',
        none: 'never',
        boss: 'staff',
      });
      expect(standings.find((s) => s.platformUserId === 'boss')?.memberId).toBe(ids.boss);
      expect(await repos.accessChecks.standings(club, GUILD, accessAfter(), [])).toEqual([]);
    });

    it('keeps the last run of each club', async () => {
      expect(await repos.accessChecks.lastRun(club)).toBeNull();
      const run = (at: Date, granted: number): AccessCheckRun => ({
        communityId: club,
        startedAt: at,
        finishedAt: new Date(at.getTime() + 1000),
        strict: false,
        workspaces: [{ ...GUILD, listed: 3, granted, revoked: 0, reported: 1, absent: 0, failed: 0 }],
        manualGrants: [{ ...GUILD, platformUserId: 'stranger' }],
        failures: [],
      });
      await repos.accessChecks.saveRun(run(NOW, 1));
      await repos.accessChecks.saveRun(run(new Date(NOW.getTime() + DAY), 2));
      expect(await repos.accessChecks.lastRun(club)).toEqual(run(new Date(NOW.getTime() + DAY), 2));
    });
  });
}
