import { createHash } from 'node:crypto';
import {
  ACCESS_CHECK_LISTED,
  type AccessCheckRun,
  type AccessFailure,
  accessChange,
  type WorkspaceAccessResult,
} from '../domain/access-check.js';
import type { AuditEntry } from '../domain/audit.js';
import { communityName } from '../domain/community.js';
import type { Platform, PlatformAccount } from '../domain/member.js';
import { pricingOf } from '../domain/pricing.js';
import { accessCheckText, roleFailureText } from '../i18n/access-check-messages.js';
import type { Locale } from '../i18n/locale.js';
import type { OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';
import { notifyMember } from './notify-member.js';

const DAY_MS = 86_400_000;
/** Accounts read from the database per query (keyset pages). */
export const ACCESS_PAGE_SIZE = 1000;
/** Failures named in one owner alert (the count covers them all). */
const ALERT_LISTED = 10;

type Deps = Uow<'accessChecks' | 'accounts' | 'audit' | 'communities' | 'deliveries' | 'members' | 'staff'> &
  Pick<Ports, 'clock' | 'ids' | 'messenger' | 'roleSync' | 'accessRoster'>;

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

/** The delivery key that says owners were told about this failure: one alert per failure, not per retry. */
export function accessFailureKey(communityId: string, f: AccessFailure): string {
  return `access-failure:${communityId}:${f.platform}:${f.workspaceId}:${f.platformUserId}:${f.change}:${f.reason}`;
}

/**
 * The access check (权限校对) of one club: for every attached workspace whose platform lists its roster, compares
 * who holds the member role / members-only channels with who should (members active, expiring or in grace), and
 * fixes only the differences: gives access to members who lack it, takes it from those whose membership ended,
 * and reports access nobody here gave (a human's manual grant), taking it too only in strict mode. Staff keep
 * what they hold. The platform roster is read a page at a time, with one standing query per page; members with
 * access it did not name are counted in the database when it lists everyone (they left the server) and read in
 * keyset pages when it lists holders only (they lack access). Nothing beyond a page is kept but, for a listing of
 * holders, their ids. Each change is audited in bulk per page, each platform call is paced by the platform's own
 * limiter. Failed changes are listed on the run and owners are alerted once per failure. The run is kept as the
 * club's last one. Null when no platform can list its roster.
 */
export async function reconcileAccess(
  deps: Deps,
  input: { readonly communityId: string },
): Promise<AccessCheckRun | null> {
  const roster = deps.accessRoster;
  if (!roster) return null;
  const startedAt = deps.clock.now();
  const { community, workspaces } = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    return { community, workspaces: await repos.communities.listWorkspaces(community.id) };
  });
  const strict = pricingOf(community.settings).strictAccess === true;
  const accessAfter = new Date(startedAt.getTime() - community.settings.graceDays * DAY_MS);
  const results: WorkspaceAccessResult[] = [];
  const manualGrants: AccessCheckRun['manualGrants'][number][] = [];
  const failures: AccessFailure[] = [];
  let failedTotal = 0;
  let checked = 0;

  for (const workspace of workspaces) {
    const listing = await roster.roster(workspace.platform, workspace.workspaceId);
    if (!listing) continue;
    checked += 1;
    const counts = { listed: 0, granted: 0, revoked: 0, reported: 0, absent: 0, failed: 0 };
    const account = (platformUserId: string, memberId: string | null): PlatformAccount => ({
      communityId: community.id,
      platform: workspace.platform,
      workspaceId: workspace.workspaceId,
      platformUserId,
      memberId: memberId ?? '',
      linkedAt: startedAt,
    });
    const change = async (kind: 'grant' | 'revoke', platformUserId: string, memberId: string | null) => {
      try {
        const target = account(platformUserId, memberId);
        await (kind === 'grant' ? deps.roleSync.grant(target) : deps.roleSync.revoke(target));
        if (kind === 'grant') counts.granted += 1;
        else counts.revoked += 1;
        return auditEntry(deps, community.id, kind, workspace, platformUserId, memberId);
      } catch (error) {
        counts.failed += 1;
        failedTotal += 1;
        if (failures.length < ACCESS_CHECK_LISTED) {
          failures.push({
            platform: workspace.platform,
            workspaceId: workspace.workspaceId,
            platformUserId,
            memberId,
            change: kind,
            reason: roster.failureReason(workspace.platform, error),
            error: errorMessage(error),
          });
        }
        return null;
      }
    };

    // Users the listing named, when it lists holders only: step 2 leaves them to step 1. A listing of everyone
    // keeps nothing beyond its page (a member with access it did not name has left the server).
    const listed = listing.listsEveryone ? null : new Set<string>();
    let listedWithAccess = 0;

    // 1. The platform's listing, a page at a time, against the standing of everyone on the page (one query):
    // access a member lacks is given, access that should not be there is taken or reported.
    for await (const page of listing.pages) {
      counts.listed += page.filter((entry) => entry.access !== 'none').length;
      if (page.length === 0) continue;
      const standings = await deps.uow.run((repos) =>
        repos.accessChecks.standings(
          community.id,
          workspace,
          accessAfter,
          page.map((entry) => entry.platformUserId),
        ),
      );
      const byUser = new Map(standings.map((s) => [s.platformUserId, s]));
      const entries: AuditEntry[] = [];
      for (const { platformUserId, access } of page) {
        listed?.add(platformUserId);
        const standing = byUser.get(platformUserId);
        if (standing?.standing === 'access') listedWithAccess += 1;
        const kind = accessChange(standing?.standing ?? null, access, strict);
        if (kind === null) continue;
        if (kind === 'grant') {
          const entry = await change('grant', platformUserId, standing?.memberId ?? null);
          if (entry) entries.push(entry);
          continue;
        }
        const manual = standing?.standing !== 'ended';
        if (manual) {
          if (kind === 'report') counts.reported += 1;
          if (manualGrants.length < ACCESS_CHECK_LISTED) {
            manualGrants.push({ platform: workspace.platform, workspaceId: workspace.workspaceId, platformUserId });
          }
        }
        if (kind === 'revoke') {
          const entry = await change('revoke', platformUserId, standing?.memberId ?? null);
          if (entry) entries.push(entry);
        }
      }
      if (entries.length > 0) await deps.uow.run((repos) => repos.audit.addMany(entries));
    }

    // 2. Members with access the listing did not name. A listing of everyone: they are not on the server, nothing
    // to give them, so they are only counted (one count in the database; a membership that starts or ends while
    // the check runs can move that count by one). A listing of holders: they lack access and are given it, read in
    // keyset pages.
    if (!listed) {
      const withAccess = await deps.uow.run((repos) =>
        repos.accessChecks.accessCount(community.id, workspace, accessAfter),
      );
      counts.absent = Math.max(0, withAccess - listedWithAccess);
    } else {
      let after: string | null = null;
      for (;;) {
        const page = await deps.uow.run((repos) =>
          repos.accessChecks.accessPage(community.id, workspace, accessAfter, after, ACCESS_PAGE_SIZE),
        );
        const entries: AuditEntry[] = [];
        for (const standing of page) {
          if (listed.has(standing.platformUserId)) continue;
          const entry = await change('grant', standing.platformUserId, standing.memberId);
          if (entry) entries.push(entry);
        }
        if (entries.length > 0) await deps.uow.run((repos) => repos.audit.addMany(entries));
        if (page.length < ACCESS_PAGE_SIZE) break;
        after = page[page.length - 1]?.platformUserId ?? null;
      }
    }
    results.push({ platform: workspace.platform, workspaceId: workspace.workspaceId, ...counts });
  }
  if (checked === 0) return null;

  const run: AccessCheckRun = {
    communityId: community.id,
    startedAt,
    finishedAt: deps.clock.now(),
    strict,
    workspaces: results,
    manualGrants,
    failures,
  };
  await deps.uow.run((repos) => repos.accessChecks.saveRun(run));
  if (failedTotal > 0) await alertOwners(deps, community.id, failures, failedTotal);
  return run;
}

function auditEntry(
  deps: Pick<Ports, 'clock' | 'ids'>,
  communityId: string,
  kind: 'grant' | 'revoke',
  workspace: { readonly platform: Platform; readonly workspaceId: string },
  platformUserId: string,
  memberId: string | null,
): AuditEntry {
  return {
    id: deps.ids.id(),
    communityId,
    actorId: null,
    actorLabel: 'access check',
    action: kind === 'grant' ? 'access.grant' : 'access.revoke',
    targetType: memberId ? 'member' : 'platform_user',
    targetId: memberId ?? `${workspace.platform}:${platformUserId}`,
    before: null,
    after: { platform: workspace.platform, workspaceId: workspace.workspaceId, platformUserId },
    at: deps.clock.now(),
  };
}

/**
 * Tells each owner, by DM in their language, about the failures not reported before. A failure is marked as
 * reported (a delivery under `accessFailureKey`) only once every owner's alert went out, so a failed alert is
 * tried again on the next run and a failure that persists across runs is reported once.
 */
async function alertOwners(
  deps: Deps,
  communityId: string,
  failures: readonly AccessFailure[],
  failedTotal: number,
): Promise<void> {
  const keyed = failures.map((f) => ({ failure: f, key: accessFailureKey(communityId, f) }));
  const { community, owners, known } = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, communityId);
    const owners = (await repos.staff.list(community.id)).filter((s) => s.role === 'owner').map((s) => s.memberId);
    const known = new Set((await repos.deliveries.getMany(keyed.map((k) => k.key))).map((d) => d.key));
    return { community, owners, known };
  });
  const fresh = keyed.filter((k) => !known.has(k.key));
  // Failures beyond those listed on the run are counted only; they alert once the listed ones are dealt with.
  if (fresh.length === 0) return;
  const batch = fresh
    .map((k) => k.key)
    .sort()
    .join('|');
  const message = (locale: Locale): OutboundMessage => {
    const lines = fresh.slice(0, ALERT_LISTED).map(({ failure }) =>
      accessCheckText(locale, 'alert.entry', {
        change: accessCheckText(locale, failure.change === 'grant' ? 'change.grant' : 'change.revoke'),
        platform: failure.platform,
        user: failure.platformUserId,
        reason: roleFailureText(locale, failure.reason),
      }),
    );
    const more = Math.max(fresh.length, failedTotal) - lines.length;
    if (more > 0) lines.push(accessCheckText(locale, 'alert.more', { count: more }));
    return {
      title: accessCheckText(locale, 'alert.title'),
      text: accessCheckText(locale, 'alert.text', {
        club: communityName(community, locale),
        count: Math.max(fresh.length, failedTotal),
      }),
      fields: [{ name: accessCheckText(locale, 'alert.failures'), value: lines.join('\n') }],
    };
  };
  let allTold = true;
  for (const ownerId of owners) {
    try {
      await notifyMember(deps, {
        communityId,
        memberId: ownerId,
        key: `access-alert:${communityId}:${ownerId}:${createHash('sha256').update(batch).digest('hex').slice(0, 16)}`,
        kind: 'access.alert',
        message: ({ locale }) => message(locale),
      });
    } catch {
      allTold = false;
    }
  }
  if (!allTold) return;
  const now = deps.clock.now();
  await deps.uow.run(async (repos) => {
    for (const { key } of fresh) {
      await repos.deliveries.claim({
        key,
        communityId,
        memberId: null,
        kind: 'access.failure',
        status: 'pending',
        attempts: 0,
        error: null,
        createdAt: now,
        sentAt: null,
      });
      await repos.deliveries.markSent(key, now);
    }
  });
}
