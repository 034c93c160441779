import { SUPPLIER_LIMITS } from '@snowball/core';
import { actionId, defineCommand } from '../definition.js';
import { type CommandTexts, formReply, privateMessage } from '../reply.js';
import { requireMember } from '../require-member.js';
import { clip, texter } from '../texter.js';

const texts = {
  description: { en: 'Search vetted suppliers or recommend one', 'zh-CN': '搜索或推荐经审核的供应商' },
  words: { en: 'Category or words', 'zh-CN': '类别或关键词' },
  title: { en: 'Vetted suppliers', 'zh-CN': '经审核的供应商' },
  intro: {
    en: 'Outside businesses the club has vetted. Know a good one? Recommend it: staff vet it before it is listed.',
    'zh-CN': '社群审核过的外部供应商。认识靠谱的？欢迎推荐，管理团队审核后才会上架。',
  },
  empty: {
    en: 'No vetted supplier matches yet. Know a good one? Recommend it.',
    'zh-CN': '暂时没有匹配的供应商。认识靠谱的？欢迎推荐。',
  },
  categories: { en: 'Categories', 'zh-CN': '类别' },
  region: { en: 'Region', 'zh-CN': '地区' },
  contact: { en: 'Contact', 'zh-CN': '联系方式' },
  endorsements: { en: 'Endorsed by {n} members', 'zh-CN': '{n} 位会员背书' },
  recommend: { en: 'Recommend a supplier', 'zh-CN': '推荐供应商' },
  endorse: { en: 'Endorse', 'zh-CN': '背书' },
  endorsed: {
    en: 'Thank you for vouching for {name}. Endorsements now: {n}.',
    'zh-CN': '感谢你为 {name} 背书：现在共有 {n} 位会员背书。',
  },
  alreadyEndorsed: {
    en: 'You already endorsed {name} (endorsements: {n}); each member counts once.',
    'zh-CN': '你已经为 {name} 背书过了（共 {n} 位会员）。每位会员只计一次。',
  },
  formTitle: { en: 'Recommend a supplier', 'zh-CN': '推荐供应商' },
  'label.name': { en: 'Supplier name', 'zh-CN': '供应商名称' },
  'label.categories': { en: 'Categories (comma separated)', 'zh-CN': '类别（用逗号或顿号分隔）' },
  'label.region': { en: 'Region or city', 'zh-CN': '地区或城市' },
  'label.contact': { en: 'How to reach them', 'zh-CN': '联系方式' },
  'label.description': { en: 'Why you recommend them', 'zh-CN': '推荐理由' },
  'placeholder.categories': { en: 'freight forwarding, customs', 'zh-CN': '货代、报关' },
  received: {
    en: 'Thank you! {name} is waiting for staff vetting and will appear in /suppliers once approved.',
    'zh-CN': '谢谢推荐！{name} 正在等待管理团队审核，通过后会出现在 /suppliers 中。',
  },
} as const satisfies CommandTexts<string>;

/** Items per reply: a message holds at most 9 besides its header. */
const SHOWN = 9;

/**
 * `/suppliers [words]`: vetted suppliers, found by category or words in either language, each with an Endorse
 * button (a member counts once per supplier); a button opens the recommendation form (the supplier waits as
 * pending until staff vet it).
 */
export const suppliersCommand = defineCommand({
  name: 'suppliers',
  localizedName: { 'zh-CN': '供应商' },
  description: texts.description,
  access: 'member',
  formActions: ['recommend'],
  options: [{ name: 'words', description: texts.words, type: 'string', maxLength: 200, rest: true }],
  async run(ctx, { options }) {
    const t = texter(texts, ctx.locale);
    const { actor, communityId } = requireMember(ctx);
    const query = typeof options.words === 'string' ? options.words : '';
    const suppliers = await ctx.core.searchSuppliers({ actor, communityId, query, limit: SHOWN });
    const recommend = { action: actionId('suppliers', 'recommend'), label: t('recommend'), style: 'primary' as const };
    if (suppliers.length === 0) return privateMessage(t('empty'), { buttons: [recommend] });
    return privateMessage(t('intro'), {
      title: t('title'),
      items: suppliers.map((s) => ({
        title: s.name,
        ...(s.description ? { text: clip(s.description, 300) } : {}),
        fields: [
          { name: t('categories'), value: s.categories.join(ctx.locale === 'zh-CN' ? '、' : ', '), inline: true },
          ...(s.region ? [{ name: t('region'), value: s.region, inline: true }] : []),
          ...(s.contact ? [{ name: t('contact'), value: s.contact, inline: true }] : []),
          ...(s.endorsements > 0
            ? [{ name: '👍', value: t('endorsements', { n: s.endorsements }), inline: true }]
            : []),
        ],
        buttons: [{ action: actionId('suppliers', 'endorse', s.id), label: t('endorse') }],
      })),
      buttons: [recommend],
    });
  },
  actions: {
    async endorse(ctx, supplierId) {
      const t = texter(texts, ctx.locale);
      const { actor, communityId } = requireMember(ctx);
      const { supplier, endorsed } = await ctx.core.endorseSupplier({ actor, communityId, supplierId });
      const vars = { name: supplier.name, n: supplier.endorsements };
      return endorsed
        ? privateMessage(t('endorsed', vars), { tone: 'success' })
        : privateMessage(t('alreadyEndorsed', vars));
    },
    async recommend(ctx) {
      const t = texter(texts, ctx.locale);
      return formReply({
        action: actionId('suppliers', 'save'),
        title: t('formTitle'),
        fields: [
          { id: 'name', label: t('label.name'), style: 'short', required: true, maxLength: SUPPLIER_LIMITS.name },
          {
            id: 'categories',
            label: t('label.categories'),
            style: 'short',
            required: true,
            maxLength: 200,
            placeholder: t('placeholder.categories'),
          },
          {
            id: 'region',
            label: t('label.region'),
            style: 'short',
            required: false,
            maxLength: SUPPLIER_LIMITS.region,
          },
          {
            id: 'contact',
            label: t('label.contact'),
            style: 'short',
            required: false,
            maxLength: SUPPLIER_LIMITS.contact,
          },
          {
            id: 'description',
            label: t('label.description'),
            style: 'paragraph',
            required: false,
            maxLength: SUPPLIER_LIMITS.description,
          },
        ],
      });
    },
    async save(ctx, _arg, values) {
      const { actor, communityId } = requireMember(ctx);
      const supplier = await ctx.core.recommendSupplier({
        actor,
        communityId,
        name: values?.name ?? '',
        categories: values?.categories ?? '',
        region: values?.region ?? '',
        contact: values?.contact ?? '',
        description: values?.description ?? '',
      });
      return privateMessage(texter(texts, ctx.locale)('received', { name: supplier.name }), { tone: 'success' });
    },
  },
});
