import {
  DomainError,
  type IntroductionsSetting,
  type Locale,
  type MemberSettings,
  type MemberSettingsPatch,
  PLATFORMS,
  REASONS,
} from '@snowball/core';
import { actionId, type CommandContext, defineCommand } from '../definition.js';
import { type CommandTexts, formReply, privateMessage, type Reply } from '../reply.js';
import { formatDate, texter } from '../texter.js';

const texts = {
  description: {
    en: 'My settings: language, timezone, reminders, introductions, privacy',
    'zh-CN': '我的设置：语言、时区、提醒、引荐、隐私',
  },
  title: { en: 'Your settings', 'zh-CN': '你的设置' },
  intro: {
    en: 'Reminders and lesson times show in your timezone. Change anything with the buttons below.',
    'zh-CN': '提醒和课程时间按你的时区显示。点击下方按钮修改。',
  },
  language: { en: 'Language', 'zh-CN': '语言' },
  timezone: { en: 'Timezone', 'zh-CN': '时区' },
  reminder: { en: 'Lesson reminder (minutes before)', 'zh-CN': '课程提醒（提前分钟数）' },
  introductions: { en: 'Introductions', 'zh-CN': '引荐' },
  visibility: { en: 'Directory visibility', 'zh-CN': '名录可见范围' },
  leaderboard: { en: 'Leaderboard', 'zh-CN': '贡献榜' },
  doNotPair: { en: 'Never introduce me to', 'zh-CN': '不要为我引荐' },
  clubDefault: { en: 'club default ({value})', 'zh-CN': '社群默认（{value}）' },
  muted: { en: 'muted', 'zh-CN': '已关闭' },
  on: { en: 'on', 'zh-CN': '开启' },
  off: { en: 'off', 'zh-CN': '关闭' },
  paused: { en: 'paused until {date}', 'zh-CN': '暂停至 {date}' },
  members: { en: 'members', 'zh-CN': '会员可见' },
  staff: { en: 'staff only', 'zh-CN': '仅管理员可见' },
  hidden: { en: 'hidden', 'zh-CN': '隐藏' },
  none: { en: 'nobody', 'zh-CN': '无' },
  edit: { en: 'Change settings', 'zh-CN': '修改设置' },
  editPairs: { en: 'Change do-not-pair list', 'zh-CN': '修改不引荐名单' },
  formTitle: { en: 'My settings', 'zh-CN': '我的设置' },
  languageField: { en: 'Language (empty: club default)', 'zh-CN': '语言（留空为社群默认）' },
  languageHint: { en: 'zh-CN or en', 'zh-CN': 'zh-CN 或 en' },
  timezoneField: { en: 'Timezone (empty: the club’s)', 'zh-CN': '时区（留空为社群时区）' },
  timezoneHint: { en: 'e.g. Asia/Shanghai, Europe/Berlin', 'zh-CN': '例如 Asia/Shanghai、Europe/Berlin' },
  reminderField: { en: 'Lesson reminder, minutes before', 'zh-CN': '课前提醒（分钟）' },
  reminderHint: { en: 'e.g. 60 (empty: the club’s)', 'zh-CN': '例如 60（留空为社群默认）' },
  introductionsField: { en: 'Introductions', 'zh-CN': '引荐' },
  introductionsHint: {
    en: 'on, off, or a date to pause until (2026-05-01)',
    'zh-CN': 'on 开启、off 关闭，或暂停到某日（2026-05-01）',
  },
  visibilityField: { en: 'Directory visibility', 'zh-CN': '名录可见范围' },
  visibilityHint: { en: 'members, staff or hidden', 'zh-CN': 'members 会员、staff 管理员、hidden 隐藏' },
  leaderboardOn: { en: 'Show me on the leaderboard', 'zh-CN': '在贡献榜上显示我' },
  leaderboardOff: { en: 'Hide me from the leaderboard', 'zh-CN': '不在贡献榜上显示我' },
  pairsTitle: { en: 'Do not introduce me to', 'zh-CN': '不要为我引荐' },
  pairsField: { en: 'Members’ handles (empty: nobody)', 'zh-CN': '会员用户名（留空为无）' },
  pairsHint: { en: '@handle @other, separated by spaces or commas', 'zh-CN': '@用户名，用空格或逗号分隔' },
  saved: { en: 'Saved.', 'zh-CN': '已保存。' },
  messages: { en: 'Direct messages', 'zh-CN': '私信接收平台' },
  everyPlatform: { en: 'every linked platform', 'zh-CN': '所有已关联平台' },
  onlyOn: { en: 'Messages only on {platform}', 'zh-CN': '只在{platform}接收私信' },
  onEvery: { en: 'Messages on every linked platform', 'zh-CN': '在所有已关联平台接收私信' },
  discord: { en: 'Discord', 'zh-CN': 'Discord' },
  slack: { en: 'Slack', 'zh-CN': 'Slack' },
  feishu: { en: 'Feishu', 'zh-CN': '飞书' },
  simulator: { en: 'the chat simulator', 'zh-CN': '聊天模拟器' },
} as const satisfies CommandTexts<string>;

const LANGUAGES: Readonly<Record<string, Locale>> = {
  'zh-cn': 'zh-CN',
  zh: 'zh-CN',
  中文: 'zh-CN',
  en: 'en',
  english: 'en',
  英文: 'en',
};
const INTRODUCTIONS: Readonly<Record<string, Exclude<IntroductionsSetting, 'paused'>>> = {
  on: 'on',
  开启: 'on',
  开: 'on',
  off: 'off',
  关闭: 'off',
  关: 'off',
};
const VISIBILITY: Readonly<Record<string, MemberSettings['visibility']>> = {
  members: 'members',
  会员: 'members',
  staff: 'staff',
  管理员: 'staff',
  hidden: 'hidden',
  隐藏: 'hidden',
};

function view(ctx: CommandContext, s: MemberSettings): Reply {
  const t = texter(texts, ctx.locale);
  const club = ctx.community.settings;
  const tz = s.timezone ?? club.timezone;
  const introductions =
    s.introductions === 'paused'
      ? t('paused', { date: formatDate(s.pausedUntil, ctx.locale, tz) })
      : t(s.introductions);
  return privateMessage(t('intro'), {
    title: t('title'),
    fields: [
      { name: t('language'), value: s.locale ?? t('clubDefault', { value: club.defaultLocale }), inline: true },
      { name: t('timezone'), value: s.timezone ?? t('clubDefault', { value: club.timezone }), inline: true },
      {
        name: t('reminder'),
        value: s.remindersMuted
          ? t('muted')
          : s.reminderLeadMinutes !== null
            ? String(s.reminderLeadMinutes)
            : t('clubDefault', { value: club.lessonReminderLeadMinutes.join(', ') }),
        inline: true,
      },
      { name: t('introductions'), value: introductions, inline: true },
      { name: t('visibility'), value: t(s.visibility), inline: true },
      { name: t('leaderboard'), value: t(s.leaderboard ? 'on' : 'off'), inline: true },
      {
        name: t('messages'),
        value: s.notifyPlatforms.length ? s.notifyPlatforms.map((p) => t(p)).join(', ') : t('everyPlatform'),
        inline: true,
      },
      {
        name: t('doNotPair'),
        value: s.doNotPair.map((m) => `${m.displayName} (@${m.handle})`).join(', ') || t('none'),
      },
    ],
    buttons: [
      { action: actionId('settings', 'edit'), label: t('edit'), style: 'primary' },
      { action: actionId('settings', 'pairs'), label: t('editPairs') },
      {
        action: actionId('settings', 'leaderboard', s.leaderboard ? 'off' : 'on'),
        label: t(s.leaderboard ? 'leaderboardOff' : 'leaderboardOn'),
      },
      // With accounts on several platforms, the member chooses where direct messages go.
      ...(s.linkedPlatforms.length > 1
        ? s.linkedPlatforms
            .filter((p) => !(s.notifyPlatforms.length === 1 && s.notifyPlatforms[0] === p))
            .map((p) => ({ action: actionId('settings', 'notify', p), label: t('onlyOn', { platform: t(p) }) }))
        : []),
      ...(s.notifyPlatforms.length > 0 ? [{ action: actionId('settings', 'notify', 'all'), label: t('onEvery') }] : []),
    ],
  });
}

/** Reads the settings form; each value is checked again in core. Throws a DomainError naming a bad field. */
function parseSettingsForm(values: Readonly<Record<string, string>>): MemberSettingsPatch {
  // "-" clears a field too: in the terminal chat an empty answer keeps the value already there.
  const text = (id: string) => {
    const value = (values[id] ?? '').trim();
    return value === '-' ? '' : value;
  };
  const language = text('language').toLowerCase();
  const locale = language ? LANGUAGES[language] : null;
  if (locale === undefined) throw new DomainError('validation.invalid', { field: 'language', reason: 'zh-CN, en' });
  const reminder = text('reminder');
  const lead = reminder ? Number(reminder) : null;
  if (lead !== null && !Number.isInteger(lead)) {
    throw new DomainError('validation.invalid', { field: 'reminder', reason: REASONS.wholeNumber });
  }
  const intro = text('introductions').toLowerCase();
  let introductions: Pick<MemberSettingsPatch, 'introductions' | 'pausedUntil'> = {};
  if (intro && INTRODUCTIONS[intro]) introductions = { introductions: INTRODUCTIONS[intro] };
  else if (/^\d{4}-\d{2}-\d{2}$/.test(intro))
    introductions = { introductions: 'paused', pausedUntil: `${intro}T00:00:00Z` };
  else if (intro) {
    throw new DomainError('validation.invalid', { field: 'introductions', reason: 'on, off, YYYY-MM-DD' });
  }
  const shown = text('visibility').toLowerCase();
  const visibility = shown ? VISIBILITY[shown] : undefined;
  if (shown && !visibility) {
    throw new DomainError('validation.invalid', { field: 'visibility', reason: 'members, staff, hidden' });
  }
  return {
    locale,
    timezone: text('timezone') || null,
    reminderLeadMinutes: lead,
    ...introductions,
    ...(visibility ? { visibility } : {}),
  };
}

function actor(ctx: CommandContext) {
  if (!ctx.actor) throw new DomainError('account.not_linked');
  return ctx.actor;
}

/** `/settings`: a member's own language, timezone, reminder lead time, introductions, visibility and do-not-pair. */
export const settingsCommand = defineCommand({
  name: 'settings',
  localizedName: { 'zh-CN': '我的设置' },
  description: texts.description,
  access: 'member',
  formActions: ['edit', 'pairs'],
  async run(ctx) {
    return view(ctx, await ctx.core.getMemberSettings({ actor: actor(ctx), communityId: ctx.community.id }));
  },
  actions: {
    async edit(ctx, _arg, values) {
      if (values) {
        const saved = await ctx.core.updateMemberSettings({
          actor: actor(ctx),
          communityId: ctx.community.id,
          patch: parseSettingsForm(values),
        });
        // The answer is in the language just chosen.
        const locale = saved.locale ?? ctx.community.settings.defaultLocale;
        const reply = view({ ...ctx, locale }, saved);
        return reply.kind === 'message' ? { ...reply, text: texter(texts, locale)('saved'), tone: 'success' } : reply;
      }
      const s = await ctx.core.getMemberSettings({ actor: actor(ctx), communityId: ctx.community.id });
      const t = texter(texts, ctx.locale);
      const intro =
        s.introductions === 'paused' && s.pausedUntil ? s.pausedUntil.toISOString().slice(0, 10) : s.introductions;
      return formReply({
        action: actionId('settings', 'edit'),
        title: t('formTitle'),
        fields: [
          {
            id: 'language',
            label: t('languageField'),
            placeholder: t('languageHint'),
            style: 'short',
            required: false,
            maxLength: 10,
            value: s.locale ?? '',
          },
          {
            id: 'timezone',
            label: t('timezoneField'),
            placeholder: t('timezoneHint'),
            style: 'short',
            required: false,
            maxLength: 64,
            value: s.timezone ?? '',
          },
          {
            id: 'reminder',
            label: t('reminderField'),
            placeholder: t('reminderHint'),
            style: 'short',
            required: false,
            maxLength: 6,
            value: s.reminderLeadMinutes === null ? '' : String(s.reminderLeadMinutes),
          },
          {
            id: 'introductions',
            label: t('introductionsField'),
            placeholder: t('introductionsHint'),
            style: 'short',
            required: false,
            maxLength: 10,
            value: intro,
          },
          {
            id: 'visibility',
            label: t('visibilityField'),
            placeholder: t('visibilityHint'),
            style: 'short',
            required: false,
            maxLength: 10,
            value: s.visibility,
          },
        ],
      });
    },
    /** Where direct messages go: one platform (`discord`, `slack`, `feishu`, `simulator`) or `all` linked ones. */
    async notify(ctx, arg) {
      const platform = PLATFORMS.find((p) => p === arg);
      if (arg !== 'all' && !platform) {
        throw new DomainError('validation.invalid', {
          field: 'notifyPlatforms',
          reason: `all, ${PLATFORMS.join(', ')}`,
        });
      }
      const saved = await ctx.core.updateMemberSettings({
        actor: actor(ctx),
        communityId: ctx.community.id,
        patch: { notifyPlatforms: platform ? [platform] : null },
      });
      const reply = view(ctx, saved);
      return reply.kind === 'message' ? { ...reply, text: texter(texts, ctx.locale)('saved'), tone: 'success' } : reply;
    },
    /** Turns being listed on `/leaderboard` on or off (the button carries the new value). */
    async leaderboard(ctx, arg) {
      if (arg !== 'on' && arg !== 'off') {
        throw new DomainError('validation.invalid', { field: 'leaderboard', reason: 'on, off' });
      }
      const saved = await ctx.core.updateMemberSettings({
        actor: actor(ctx),
        communityId: ctx.community.id,
        patch: { leaderboard: arg === 'on' },
      });
      const reply = view(ctx, saved);
      return reply.kind === 'message' ? { ...reply, text: texter(texts, ctx.locale)('saved'), tone: 'success' } : reply;
    },
    async pairs(ctx, _arg, values) {
      const t = texter(texts, ctx.locale);
      if (values) {
        const handles = (values.handles ?? '').split(/[\s,，、]+/).filter(Boolean);
        const saved = await ctx.core.updateMemberSettings({
          actor: actor(ctx),
          communityId: ctx.community.id,
          patch: { doNotPairHandles: handles },
        });
        const reply = view(ctx, saved);
        return reply.kind === 'message' ? { ...reply, text: t('saved'), tone: 'success' } : reply;
      }
      const s = await ctx.core.getMemberSettings({ actor: actor(ctx), communityId: ctx.community.id });
      return formReply({
        action: actionId('settings', 'pairs'),
        title: t('pairsTitle'),
        fields: [
          {
            id: 'handles',
            label: t('pairsField'),
            placeholder: t('pairsHint'),
            style: 'paragraph',
            required: false,
            maxLength: 1000,
            value: s.doNotPair.map((m) => `@${m.handle}`).join(' '),
          },
        ],
      });
    },
  },
});
