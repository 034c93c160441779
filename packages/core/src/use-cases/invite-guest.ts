import { handleFrom, type Member, PLATFORMS, type Platform } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import { normalizeLocale } from '../i18n/locale.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { uniqueHandle } from '../rules/load.js';
import { hashSecret } from '../rules/secret.js';
import { cleanEmail, cleanText } from '../rules/text.js';

/**
 * How long an invitation's sign-in link works. Longer than a chat login link (10 minutes): the owner sends it by
 * email and the guest may open it days later. It still works once only and only its hash is stored.
 */
export const GUEST_INVITE_DAYS = 7;

export interface GuestInvitation {
  readonly memberId: string;
  /** False when the email or the platform account already belonged to someone of the club. */
  readonly created: boolean;
  /** For an email invitation: a one-time sign-in token with the guest role (the caller makes it a URL). */
  readonly login: { readonly token: string; readonly expiresAt: Date } | null;
}

/**
 * An owner invites a guest expert (嘉宾) who need not be a member: by email (a one-time sign-in link to the panel,
 * for the owner to send) and/or by a platform account (linked at once, so the guest uses the bot). The person gets
 * the `guest` role only — no membership — so they see their routed questions and talks and nothing else.
 * Inviting the same email or account again reuses that person (and issues a fresh link).
 */
export async function inviteGuest(
  deps: Uow<'accounts' | 'audit' | 'auth' | 'communities' | 'members' | 'staff'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly displayName: string;
    readonly email?: string | null;
    readonly locale?: string | null;
    readonly account?: {
      readonly platform: Platform;
      readonly platformUserId: string;
      /** The Discord server, Slack team or Feishu tenant; defaults to the club's only one on that platform. */
      readonly workspaceId?: string | null;
    } | null;
  },
): Promise<GuestInvitation> {
  requireRole(input.actor, input.communityId, ['owner']);
  const displayName = cleanText(input.displayName, 'displayName', 100, { required: true });
  const email = cleanEmail(input.email ?? '');
  const platform = input.account?.platform;
  if (platform !== undefined && !PLATFORMS.includes(platform)) {
    throw new DomainError('validation.invalid', { field: 'platform', reason: PLATFORMS.join(', ') });
  }
  const platformUserId = input.account ? cleanText(input.account.platformUserId, 'platformUserId', 100) : '';
  const wantedWorkspace = input.account ? cleanText(input.account.workspaceId ?? '', 'workspaceId', 128) : '';
  if (!email && !platformUserId) throw new DomainError('guest.contact_required');
  if (platformUserId && !platform) throw new DomainError('validation.required', { field: 'platform' });
  const now = deps.clock.now();
  const token = email ? deps.ids.token() : null;
  const expiresAt = new Date(now.getTime() + GUEST_INVITE_DAYS * 86_400_000);

  return deps.uow.run(async (repos) => {
    let account: { platform: Platform; workspaceId: string; platformUserId: string } | null = null;
    if (platform && platformUserId) {
      const workspaces = (await repos.communities.listWorkspaces(input.communityId)).filter(
        (w) => w.platform === platform,
      );
      const workspace = wantedWorkspace
        ? workspaces.find((w) => w.workspaceId === wantedWorkspace)
        : workspaces.length === 1
          ? workspaces[0]
          : undefined;
      if (!workspace) throw new DomainError('guest.workspace_unknown', { platform });
      account = { platform, workspaceId: workspace.workspaceId, platformUserId };
    }
    const linked = account
      ? await repos.accounts.find(account.platform, account.workspaceId, account.platformUserId)
      : null;
    if (linked && linked.communityId !== input.communityId) throw new DomainError('account.already_linked');
    let member: Member | null = linked ? await repos.members.get(input.communityId, linked.memberId) : null;
    if (!member && email) member = await repos.members.getByEmail(input.communityId, email);
    if (member?.deletedAt) throw new DomainError('member.not_found', { memberId: member.id });
    const created = !member;
    if (!member) {
      member = {
        id: deps.ids.id(),
        communityId: input.communityId,
        handle: await uniqueHandle(repos, input.communityId, handleFrom(displayName)),
        displayName,
        email,
        locale: normalizeLocale(input.locale ?? null) ?? null,
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: now,
        deletedAt: null,
      };
      await repos.members.create(member);
    }
    if (account && !linked) {
      await repos.accounts.link({ communityId: input.communityId, memberId: member.id, linkedAt: now, ...account });
    }
    const before = await repos.staff.rolesOf(input.communityId, member.id);
    if (!before.includes('guest')) {
      await repos.staff.grant({ communityId: input.communityId, memberId: member.id, role: 'guest', grantedAt: now });
    }
    if (token) {
      await repos.auth.createLoginLink({
        tokenHash: hashSecret(token),
        communityId: input.communityId,
        memberId: member.id,
        role: 'guest',
        expiresAt,
        usedAt: null,
      });
    }
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'staff.guest_invite',
      targetType: 'member',
      targetId: member.id,
      before: { roles: before },
      after: {
        roles: [...new Set([...before, 'guest'])],
        created,
        ...(account ? { account: { platform: account.platform, workspaceId: account.workspaceId } } : {}),
        ...(token ? { loginLinkExpiresAt: expiresAt } : {}),
      },
    });
    return { memberId: member.id, created, login: token ? { token, expiresAt } : null };
  });
}
