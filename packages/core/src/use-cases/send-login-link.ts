import type { Platform, StaffRole } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Locale } from '../i18n/locale.js';
import { type Catalogue, translate } from '../i18n/translate.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { loginUrl } from '../rules/login-url.js';
import { issueLoginLink } from './issue-login-link.js';

const texts = {
  title: { en: 'Your admin panel link', 'zh-CN': '你的管理后台登录链接' },
  body: {
    en: 'Sign in as {role} (valid 10 minutes, works once): {url}',
    'zh-CN': '以「{role}」身份登录（10 分钟内有效，仅可使用一次）：{url}',
  },
} as const satisfies Catalogue;

const RANK: readonly StaffRole[] = ['owner', 'moderator', 'coach'];

/** `/mod login`: a one-time admin-panel link, sent by DM to the account that asked (never shown in a channel). */
export async function sendLoginLink(
  deps: Uow<'audit' | 'auth' | 'members' | 'staff'> & Pick<Ports, 'clock' | 'ids' | 'accounts' | 'messenger'>,
  input: {
    readonly actor: Actor;
    readonly publicUrl: string;
    readonly platform: Platform;
    readonly workspaceId: string;
    readonly platformUserId: string;
    readonly locale: Locale;
  },
): Promise<{ role: StaffRole; expiresAt: Date }> {
  const memberId = actorId(input.actor);
  if (!memberId || input.actor.kind !== 'member') throw new DomainError('auth.staff_only');
  const role = RANK.find((r) => input.actor.kind === 'member' && input.actor.roles.includes(r));
  if (!role) throw new DomainError('auth.staff_only');
  const account = await deps.accounts.find(input.platform, input.workspaceId, input.platformUserId);
  if (!account || account.memberId !== memberId) throw new DomainError('account.not_linked');
  const { token, expiresAt } = await issueLoginLink(deps, {
    actor: input.actor,
    communityId: input.actor.communityId,
    memberId,
    role,
  });
  await deps.messenger.send(account, {
    title: translate(texts, input.locale, 'title'),
    text: translate(texts, input.locale, 'body', { role, url: loginUrl(input.publicUrl, token) }),
  });
  return { role, expiresAt };
}
