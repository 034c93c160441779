import {
  DomainError,
  type Locale,
  PROFILE_LIMITS,
  type Profile,
  type ProfilePatch,
  VISIBILITIES,
  type Visibility,
} from '@snowball/core';
import { actionId, type CommandContext, defineCommand } from '../definition.js';
import { languageNames, profileFields } from '../profile-view.js';
import { type Button, type CommandTexts, type FormField, formReply, privateMessage, type Reply } from '../reply.js';
import { requireMember } from '../require-member.js';
import { texter } from '../texter.js';

const texts = {
  description: { en: 'View or edit my profile', 'zh-CN': '查看或编辑我的个人资料' },
  title: { en: 'Your profile', 'zh-CN': '你的个人资料' },
  intro: {
    en: 'Members find you in /find by what you fill in here, and introductions are made from what you offer and look for.',
    'zh-CN': '会员通过 /find 按这里的内容找到你；引荐也根据你可提供的资源和需求来匹配。',
  },
  emptyHint: {
    en: 'Your profile is still empty: press Edit to fill it in.',
    'zh-CN': '你的个人资料还是空的，点击「编辑」填写吧。',
  },
  saved: { en: 'Saved.', 'zh-CN': '已保存。' },
  visibility: { en: 'Who sees it', 'zh-CN': '谁能看到' },
  'visibility.members': { en: 'members', 'zh-CN': '全体会员' },
  'visibility.staff': { en: 'club staff only', 'zh-CN': '仅社群管理团队' },
  'visibility.hidden': { en: 'hidden (owner and moderators only)', 'zh-CN': '隐藏（仅群主和管理员）' },
  matching: { en: 'Introductions', 'zh-CN': '引荐' },
  matchingOn: { en: 'on: we may suggest people to meet', 'zh-CN': '开启：我们会为你推荐值得认识的人' },
  matchingOff: { en: 'paused', 'zh-CN': '已暂停' },
  editBasics: { en: 'Edit company & region', 'zh-CN': '编辑公司与地区' },
  editOffers: { en: 'Edit offers & needs', 'zh-CN': '编辑资源与需求' },
  'show.members': { en: 'Show to members', 'zh-CN': '对会员公开' },
  'show.staff': { en: 'Staff only', 'zh-CN': '仅管理团队可见' },
  'show.hidden': { en: 'Hide', 'zh-CN': '隐藏' },
  pauseMatching: { en: 'Pause introductions', 'zh-CN': '暂停引荐' },
  resumeMatching: { en: 'Resume introductions', 'zh-CN': '恢复引荐' },
  basicsTitle: { en: 'Profile: basics', 'zh-CN': '个人资料：基本信息' },
  offersTitle: { en: 'Profile: offers & needs', 'zh-CN': '个人资料：资源与需求' },
  'label.company': { en: 'Company', 'zh-CN': '公司' },
  'label.role': { en: 'Your role', 'zh-CN': '职位' },
  'label.industry': { en: 'Industry', 'zh-CN': '行业' },
  'label.region': { en: 'Region or city', 'zh-CN': '地区或城市' },
  'label.languages': { en: 'Languages (Chinese, English)', 'zh-CN': '语言（中文、英文）' },
  'label.skills': { en: 'What you are great at', 'zh-CN': '你的绝活' },
  'label.offers': { en: 'What you can offer members', 'zh-CN': '你能为会员提供什么' },
  'label.needs': { en: 'What you are looking for', 'zh-CN': '你在寻找什么（需求）' },
  'label.dealSize': { en: 'Typical deal size', 'zh-CN': '常见合作规模' },
  'label.contactForIntros': { en: 'Contact for introductions', 'zh-CN': '引荐联系方式' },
  'placeholder.contactForIntros': {
    en: 'Only for members you are introduced to, once both accept. e.g. WeChat: lilei_sz',
    'zh-CN': '仅在双方都接受引荐后告知对方，例如：微信 lilei_sz · 邮箱 li@example.com',
  },
  contactNote: {
    en: 'Shared only with members you are introduced to, after both of you accept; never shown in /find.',
    'zh-CN': '仅在你和对方都接受引荐后告知对方，不会出现在 /find 中。',
  },
  contactEmpty: {
    en: 'not set: add it with “Edit offers & needs”',
    'zh-CN': '未填写：点击「编辑资源与需求」添加',
  },
  'placeholder.languages': { en: 'Chinese, English', 'zh-CN': '中文、英文' },
  'placeholder.dealSize': { en: 'e.g. 100k–1M CNY', 'zh-CN': '例如 10万–100万元' },
} as const satisfies CommandTexts<string>;

/** The two edit forms: Discord modals hold at most 5 fields. */
const FORMS = {
  basics: ['company', 'role', 'industry', 'region', 'languages'],
  offers: ['skills', 'offers', 'needs', 'dealSize', 'contactForIntros'],
} as const;
type FormName = keyof typeof FORMS;
type FormFieldName = (typeof FORMS)[FormName][number];

const PARAGRAPHS = new Set<FormFieldName>(['skills', 'offers', 'needs']);
const LANGUAGES_MAX = 40;

// What people type for a language, in either script.
const LANGUAGE_WORDS: readonly [RegExp, Locale][] = [
  [/^(zh|zh-cn|zh_cn|cn|chinese|mandarin|中文|中|汉语|普通话|华语)$/i, 'zh-CN'],
  [/^(en|english|英文|英语|英)$/i, 'en'],
];

/** "中文、English" → ['zh-CN', 'en']; an unknown word is refused rather than dropped. */
function parseLanguages(text: string): Locale[] {
  const words = text.split(/[\s,，、;；/]+/).filter(Boolean);
  const languages: Locale[] = [];
  for (const word of words) {
    const locale = LANGUAGE_WORDS.find(([re]) => re.test(word))?.[1];
    if (!locale) throw new DomainError('validation.invalid', { field: 'languages', reason: '中文, English' });
    if (!languages.includes(locale)) languages.push(locale);
  }
  return languages;
}

function isFormName(name: string): name is FormName {
  return Object.hasOwn(FORMS, name);
}

function isVisibility(value: string): value is Visibility {
  return (VISIBILITIES as readonly string[]).includes(value);
}

async function ownProfile(ctx: CommandContext): Promise<Profile> {
  const { actor, communityId } = requireMember(ctx);
  const view = await ctx.core.getProfile({ actor, communityId, memberId: actor.memberId });
  // The member's own view is the full profile (with matching settings).
  return view.profile as Profile;
}

function isEmpty(profile: Profile): boolean {
  return [profile.company, profile.industry, profile.region, profile.skills, profile.offers, profile.needs].every(
    (v) => !v.trim(),
  );
}

function show(ctx: CommandContext, profile: Profile, saved = false): Reply {
  const t = texter(texts, ctx.locale);
  const other = VISIBILITIES.filter((v) => v !== profile.visibility);
  const buttons: Button[] = [
    { action: actionId('profile', 'edit', 'basics'), label: t('editBasics'), style: 'primary' },
    { action: actionId('profile', 'edit', 'offers'), label: t('editOffers'), style: 'primary' },
    ...other.map((v) => ({ action: actionId('profile', 'visibility', v), label: t(`show.${v}`) })),
    profile.matchingOptIn
      ? { action: actionId('profile', 'matching', 'off'), label: t('pauseMatching') }
      : { action: actionId('profile', 'matching', 'on'), label: t('resumeMatching') },
  ];
  const text = [saved ? t('saved') : '', isEmpty(profile) ? t('emptyHint') : t('intro')].filter(Boolean).join('\n');
  return privateMessage(text, {
    title: `${t('title')} · ${ctx.member?.displayName ?? ''}`,
    fields: [
      ...profileFields(profile, ctx.locale, { empty: true }),
      { name: t('visibility'), value: t(`visibility.${profile.visibility}`), inline: true },
      { name: t('matching'), value: profile.matchingOptIn ? t('matchingOn') : t('matchingOff'), inline: true },
      // Only the member sees this reply (private): the details themselves are theirs to read.
      {
        name: t('label.contactForIntros'),
        value: `${profile.contactForIntros || t('contactEmpty')}\n${t('contactNote')}`,
      },
    ],
    buttons,
    ...(saved ? { tone: 'success' as const } : {}),
  });
}

function currentValue(profile: Profile, field: FormFieldName, locale: Locale): string {
  return field === 'languages' ? languageNames(profile.languages, locale) : profile[field];
}

function formField(profile: Profile, field: FormFieldName, locale: Locale): FormField {
  const t = texter(texts, locale);
  const value = currentValue(profile, field, locale);
  const placeholder =
    field === 'languages' || field === 'dealSize' || field === 'contactForIntros' ? t(`placeholder.${field}`) : '';
  return {
    id: field,
    label: t(`label.${field}`),
    style: PARAGRAPHS.has(field) ? 'paragraph' : 'short',
    required: false,
    maxLength: field === 'languages' ? LANGUAGES_MAX : PROFILE_LIMITS[field],
    ...(placeholder ? { placeholder } : {}),
    ...(value ? { value } : {}),
  };
}

/** Only the fields of the submitted form, so the other form's fields stay as they are. */
function patchFrom(form: FormName, values: Readonly<Record<string, string>>): ProfilePatch {
  const patch: Record<string, unknown> = {};
  for (const field of FORMS[form]) {
    const value = values[field];
    if (value === undefined) continue;
    patch[field] = field === 'languages' ? parseLanguages(value) : value;
  }
  return patch as ProfilePatch;
}

/**
 * `/profile`: the member's own profile with Edit buttons (two forms of at most 5 fields: company, role,
 * industry, region, languages; strengths, offers, needs, deal size, contact for introductions), visibility
 * and introductions on/off.
 */
export const profileCommand = defineCommand({
  name: 'profile',
  localizedName: { 'zh-CN': '个人资料' },
  description: texts.description,
  access: 'member',
  formActions: ['edit'],
  async run(ctx) {
    return show(ctx, await ownProfile(ctx));
  },
  actions: {
    async edit(ctx, form) {
      if (!isFormName(form)) throw new DomainError('validation.invalid', { field: 'form', reason: form });
      const t = texter(texts, ctx.locale);
      const profile = await ownProfile(ctx);
      return formReply({
        action: actionId('profile', 'save', form),
        title: t(form === 'basics' ? 'basicsTitle' : 'offersTitle'),
        fields: FORMS[form].map((field) => formField(profile, field, ctx.locale)),
      });
    },
    async save(ctx, form, values) {
      if (!isFormName(form) || !values) throw new DomainError('validation.invalid', { field: 'form', reason: form });
      const { actor, communityId } = requireMember(ctx);
      const profile = await ctx.core.updateProfile({ actor, communityId, patch: patchFrom(form, values) });
      return show(ctx, profile, true);
    },
    async visibility(ctx, value) {
      if (!isVisibility(value)) throw new DomainError('validation.invalid', { field: 'visibility', reason: value });
      const { actor, communityId } = requireMember(ctx);
      return show(ctx, await ctx.core.updateProfile({ actor, communityId, patch: { visibility: value } }), true);
    },
    async matching(ctx, value) {
      const { actor, communityId } = requireMember(ctx);
      const patch = { matchingOptIn: value === 'on' };
      return show(ctx, await ctx.core.updateProfile({ actor, communityId, patch }), true);
    },
  },
});
