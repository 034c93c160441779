import type { RoleFailureReason } from '../domain/access-check.js';
import type { Locale } from './locale.js';
import { type Catalogue, translate } from './translate.js';

/** Texts of the access check's alerts to owners, in zh-CN and en. */
export const accessCheckMessages = {
  'alert.title': { en: 'Access check: role changes failed', 'zh-CN': '权限校对：角色变更失败' },
  'alert.text': {
    en: 'The access check of {club} could not change the access of {count} account(s). It tries again on every run; this message is sent once per failure.',
    'zh-CN': '{club} 的权限校对有 {count} 个账号的权限未能变更。每次校对都会重试；每个失败只提醒一次。',
  },
  'alert.entry': {
    en: '{change} {platform} user {user}: {reason}',
    'zh-CN': '{change} {platform} 用户 {user}：{reason}',
  },
  'alert.more': {
    en: '…and {count} more (see the Payments screen)',
    'zh-CN': '……还有 {count} 个（见“付款与定价”页面）',
  },
  'alert.failures': { en: 'Failures', 'zh-CN': '失败' },
  'change.grant': { en: 'Give access to', 'zh-CN': '授予权限：' },
  'change.revoke': { en: 'Remove access from', 'zh-CN': '移除权限：' },
  'reason.missing_permission': {
    en: 'the bot lacks permission (Manage Roles, or its role is below the member role)',
    'zh-CN': '机器人缺少权限（管理角色权限，或机器人角色低于会员角色）',
  },
  'reason.member_left': { en: 'the person left the server', 'zh-CN': '此人已离开服务器' },
  'reason.unknown_role': {
    en: 'the member role or channel no longer exists',
    'zh-CN': '会员角色或频道已不存在',
  },
  'reason.not_installed': { en: 'the app is not installed there', 'zh-CN': '应用未安装在该处' },
  'reason.other': { en: 'the platform refused the change', 'zh-CN': '平台拒绝了此变更' },
} as const satisfies Catalogue;

export type AccessCheckMessageKey = keyof typeof accessCheckMessages;

export function accessCheckText(
  locale: Locale,
  key: AccessCheckMessageKey,
  params?: Readonly<Record<string, unknown>>,
): string {
  return translate(accessCheckMessages, locale, key, params);
}

/** Why a role change failed, for an owner reading `locale`. */
export function roleFailureText(locale: Locale, reason: RoleFailureReason): string {
  return accessCheckText(locale, `reason.${reason}`);
}
