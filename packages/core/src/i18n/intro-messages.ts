import type { Locale } from './locale.js';
import { type Catalogue, translate } from './translate.js';

/** Direct-message texts of the network loop (introductions), in zh-CN and en. */
export const introMessages = {
  'intro.proposed.title': { en: 'A new introduction', 'zh-CN': '新的引荐' },
  'intro.proposed.text': {
    en: 'We think you and {name} should meet. If you both accept, we will introduce you to each other.',
    'zh-CN': '我们觉得你和{name}值得认识。双方都接受后，我们会为你们牵线。',
  },
  'intro.proposed.hint': {
    en: 'This introduction stays open for {days} days. Declining is fine: nobody is told why.',
    'zh-CN': '此引荐 {days} 天内有效。婉拒也没关系，我们不会告知对方原因。',
  },
  'intro.introduced.title': { en: 'You are connected', 'zh-CN': '引荐成功' },
  'intro.introduced.text': {
    en: 'You and {name} both accepted. Say hello! In {days} days we will ask whether it led to business.',
    'zh-CN': '你和{name}都接受了引荐，去打个招呼吧！{days} 天后我们会问问你们是否促成了合作。',
  },
  'intro.group.title': { en: 'Meet each other', 'zh-CN': '认识一下' },
  'intro.group.text': {
    en: '{a} and {b}: you both accepted the introduction, so here you are together. Say hello! In {days} days we will ask whether it led to business.',
    'zh-CN': '{a}、{b}：你们都接受了引荐，我们把你们拉到了一起，打个招呼吧！{days} 天后我们会问问你们是否促成了合作。',
  },
  'intro.follow_up.title': { en: 'Did this introduction lead to business?', 'zh-CN': '这次引荐促成合作了吗？' },
  'intro.follow_up.text': {
    en: 'On {date} we introduced you to {name}. Did it lead to business? If so, record the deal: it counts for both of you.',
    'zh-CN': '{date}我们为你和{name}牵了线。促成合作了吗？如果有，请登记这笔合作，它会计入你们双方的价值贡献。',
  },
  'intro.button.follow_up_yes': { en: 'Yes, record the deal', 'zh-CN': '有，登记合作' },
  'intro.button.follow_up_not_yet': { en: 'Not yet', 'zh-CN': '还没有' },
  'intro.button.follow_up_no': { en: 'No', 'zh-CN': '没有' },
  'intro.button.met': { en: 'We met', 'zh-CN': '我们见过面了' },
  'intro.reminder.title': { en: 'An introduction is waiting for your answer', 'zh-CN': '有一条引荐在等你回复' },
  'intro.reminder.text': {
    en: 'We suggested you meet {name}. The introduction closes on {date}: accept to be introduced, or decline (nobody is told why).',
    'zh-CN': '我们推荐你认识{name}。此引荐将于 {date} 结束：接受即可牵线，也可以婉拒（不会告知对方原因）。',
  },
  'unmatched.title': { en: 'No introduction for you this round', 'zh-CN': '本轮资源匹配暂未为你推荐' },
  'unmatched.paused': {
    en: 'Your introductions are paused, so this round skipped you. Resume them in /settings whenever you are ready.',
    'zh-CN': '你暂停了引荐，因此本轮没有为你匹配。准备好后可在 /settings 恢复。',
  },
  'unmatched.no_offers': {
    en: 'We could not match you yet: your profile does not say what you can offer. Add it in /profile: it is what others look for.',
    'zh-CN': '暂时无法为你匹配：你的资料里还没有填写「可提供」。请在 /profile 补充，这正是其他会员在寻找的。',
  },
  'unmatched.no_needs': {
    en: 'We could not match you yet: your profile does not say what you are looking for. Add it in /profile so we know whom to introduce.',
    'zh-CN': '暂时无法为你匹配：你的资料里还没有填写「需求」。请在 /profile 补充，我们才知道该为你引荐谁。',
  },
  'unmatched.no_match': {
    en: 'Nobody in the club complements you yet. More detail in /profile (products, markets, the kind of partner you want) widens the search; we try again every round.',
    'zh-CN':
      '社群里暂时没有与你互补的会员。在 /profile 写得更具体（产品、市场、想找的合作伙伴类型）能扩大匹配范围；每轮匹配我们都会再试。',
  },
  'intro.quiet.title': { en: 'A gentle nudge', 'zh-CN': '温馨提醒' },
  'intro.quiet.text': {
    en: '{a}, {b}: two days ago you both accepted this introduction. No rush, but a short hello here is a good start: what are you working on this month?',
    'zh-CN': '{a}、{b}：两天前你们都接受了这次引荐。不着急，但在这里打个招呼是个好开始：你们这个月在忙什么？',
  },
  'intro.closed.title': { en: 'An introduction did not go ahead', 'zh-CN': '一条引荐未能促成' },
  'intro.closed.text': {
    en: 'The introduction with {name} did not go ahead this time. That is fine, and nobody is told why. We keep suggesting other members in the next rounds; a fuller /profile (what you offer, what you look for) helps us find the right people.',
    'zh-CN':
      '你和{name}的这次引荐未能促成。这很正常，我们不会告知任何一方原因。后续的资源匹配中我们会继续为你推荐其他会员；在 /profile 中完善你可提供的资源和需求，能帮助我们找到更合适的人。',
  },
  'intro.requested.title': { en: 'A member would like to meet you', 'zh-CN': '有会员想认识你' },
  'intro.requested.text': {
    en: '{name} asked us to introduce you. If you accept, we will introduce you to each other.',
    'zh-CN': '{name}请我们为你们牵线。你接受后，我们会为你们互相引荐。',
  },
  'intro.field.their_reason': { en: 'Why they ask', 'zh-CN': '对方的理由' },
  'intro.field.company': { en: 'Company', 'zh-CN': '公司' },
  'intro.field.role': { en: 'Role', 'zh-CN': '职位' },
  'intro.field.industry': { en: 'Industry', 'zh-CN': '行业' },
  'intro.field.region': { en: 'Region', 'zh-CN': '地区' },
  'intro.field.offers': { en: 'Can offer', 'zh-CN': '可提供' },
  'intro.field.needs': { en: 'Looking for', 'zh-CN': '需求' },
  'intro.field.why': { en: 'Why we suggest it', 'zh-CN': '推荐理由' },
  'intro.field.contact': { en: 'Contact', 'zh-CN': '联系方式' },
  'intro.field.reach': { en: 'How to reach them', 'zh-CN': '如何联系对方' },
  'intro.no_contact.yours_sent': {
    en: 'You are on different platforms and {name} has not shared contact details, but we gave them yours: they can reach you.',
    'zh-CN': '你们在不同的平台上，{name}没有留下联系方式，但我们已把你的联系方式转交给对方，对方可以联系你。',
  },
  'intro.no_contact.none': {
    en: 'You are on different platforms and neither of you shared contact details. Reply with /profile to add yours (Contact for introductions), and ask the club staff to put you in touch this time.',
    'zh-CN':
      '你们在不同的平台上，双方都没有留下联系方式。请用 /profile 添加你的「引荐联系方式」，这次可以请社群管理团队帮你们牵线。',
  },
  'intro.button.accept': { en: 'Accept', 'zh-CN': '接受' },
  'intro.button.decline': { en: 'Decline', 'zh-CN': '婉拒' },
  'intro.button.snooze': { en: 'Later', 'zh-CN': '稍后再说' },
} as const satisfies Catalogue;

export type IntroMessageKey = keyof typeof introMessages;

/** One intro text in the reader's language. */
export function introText(locale: Locale, key: IntroMessageKey, params?: Readonly<Record<string, unknown>>): string {
  return translate(introMessages, locale, key, params);
}
