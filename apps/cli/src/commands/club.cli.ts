import {
  type Catalogue,
  type CommunitySetupProblem,
  communityName,
  communitySetupProblemTexts,
  errorText,
  formatMoney,
  isDomainError,
  type Locale,
  loginUrl,
  type SetUpCommunityInput,
  translate,
} from '@snowball/core';
import { cliLocale } from '../cli-locale.js';
import type { System } from '../compose/open-system.js';
import { linkBase } from '../compose/server-address.js';

const texts = {
  created: {
    en: 'Created the club "{name}" ({slug}): fee {fee} a year, time zone {timezone}, language {language}.',
    'zh-CN': '已创建社群「{name}」（{slug}）：会费每年 {fee}，时区 {timezone}，默认语言 {language}。',
  },
  owner: { en: 'Owner: {email}', 'zh-CN': '群主：{email}' },
  link: {
    en: 'Admin panel (one-time login link for the owner, valid until {until}):',
    'zh-CN': '管理后台（群主的一次性登录链接，有效期至 {until}）：',
  },
  next: {
    en: 'Next: try the member commands with `pnpm snowball chat --community {slug} --as {email}`, connect Discord or Slack (README), or get another link with `pnpm snowball admin invite --community {slug}`.',
    'zh-CN':
      '下一步：用 `pnpm snowball chat --community {slug} --as {email}` 试用会员命令，连接 Discord 或 Slack（见 README），或用 `pnpm snowball admin invite --community {slug}` 获取新的登录链接。',
  },
  none: {
    en: 'No clubs yet: create one with `snowball club create --slug SLUG --name NAME --owner EMAIL` (or load the demo with `snowball demo`).',
    'zh-CN':
      '还没有社群：用 `snowball club create --slug SLUG --name NAME --owner EMAIL` 创建一个（或用 `snowball demo` 加载演示社群）。',
  },
  header: { en: 'slug\tname\tlanguage\tfee\ttime zone\tcreated', 'zh-CN': '标识\t名称\t语言\t会费\t时区\t创建于' },
} as const satisfies Catalogue;

/** `snowball club create`: creates an empty club with its first owner and prints the owner's login link. */
export async function clubCreateCommand(
  system: System,
  input: SetUpCommunityInput,
  out: (line: string) => void,
  locale: Locale = cliLocale(),
  err: (line: string) => void = out,
): Promise<boolean> {
  let created: Awaited<ReturnType<System['core']['setUpCommunity']>>;
  try {
    created = await system.core.setUpCommunity(input);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    err(errorText(error, locale));
    const problems = (error.context['problems'] ?? []) as CommunitySetupProblem[];
    for (const line of communitySetupProblemTexts(problems, locale)) err(`  - ${line}`);
    return false;
  }
  const { community, loginLink } = created;
  const email = (await system.ports.members.get(community.id, created.ownerId))?.email ?? '';
  const t = (key: keyof typeof texts, params?: Record<string, unknown>) => translate(texts, locale, key, params);
  out(
    t('created', {
      name: communityName(community, locale),
      slug: community.slug,
      fee: formatMoney(community.settings.fee, locale),
      timezone: community.settings.timezone,
      language: community.settings.defaultLocale,
    }),
  );
  out(t('owner', { email }));
  if (loginLink) {
    out(t('link', { until: loginLink.expiresAt.toISOString() }));
    const base = await linkBase(system.config, locale);
    out(`  ${loginUrl(base.url, loginLink.token)}`);
    out(base.note);
  }
  out(t('next', { slug: community.slug, email }));
  return true;
}

/** `snowball club list`: the clubs of this deployment, one per line. */
export async function clubListCommand(
  system: System,
  out: (line: string) => void,
  locale: Locale = cliLocale(),
): Promise<void> {
  const communities = await system.core.listCommunities({});
  if (communities.length === 0) {
    out(translate(texts, locale, 'none'));
    return;
  }
  out(translate(texts, locale, 'header'));
  for (const c of communities) {
    const fee = formatMoney(c.settings.fee, locale);
    const row = [c.slug, communityName(c, locale), c.settings.defaultLocale, fee, c.settings.timezone];
    out([...row, c.createdAt.toISOString().slice(0, 10)].join('\t'));
  }
}
