import type { Locale } from '@snowball/core';
import { CONVERSATION_LESSON } from './conversation-club.js';
import type { NeutralOptionValue, NeutralReply } from './neutral-shapes.js';

/** Who acts in a case: someone the club does not know yet, a paid member, or staff (moderator and coach). */
export type ConversationRole = 'newcomer' | 'member' | 'staff';

/** The two languages every case runs in. */
export const CONVERSATION_LOCALES: readonly Locale[] = ['en', 'zh-CN'];

type Localized<T> = Readonly<Record<Locale, T>>;
type Words = string | Localized<string>;

/** What the person does: a slash command, a button of the previous reply, or the previous reply's form. */
export type ConversationStep =
  | {
      readonly command: string;
      readonly subcommand?: string;
      readonly options?: Readonly<Record<string, NeutralOptionValue | Localized<string>>>;
      /** The option typed as plain words after the command on Slack and in the simulator (no `name:`). */
      readonly freeText?: string;
    }
  /** Presses the button of the person's previous reply whose action starts with this. */
  | { readonly press: string }
  /** Fills in and submits the form the person's previous reply opened. */
  | { readonly submit: Readonly<Record<string, Words>> };

/** A short check of the neutral reply. */
export interface ReplyExpectation {
  /** The reply is a form (its action starts with `action`, its fields in this order) rather than a message. */
  readonly form?: { readonly action: string; readonly fields: readonly string[] };
  readonly private?: boolean;
  readonly tone?: Extract<NeutralReply, { kind: 'message' }>['tone'];
  /** Texts the reply shows (title, text, fields, items or form labels), per language. */
  readonly says?: Localized<readonly string[]>;
  /** The action prefix of every button, in display order; a message without this has no buttons. */
  readonly buttons?: readonly string[];
  readonly items?: number;
}

/** One row of the table: the same step and check in both languages. */
export interface ConversationRow {
  /** What the row shows, for the test name. */
  readonly does: string;
  readonly as: ConversationRole;
  readonly step: ConversationStep;
  readonly expect: ReplyExpectation;
  /** Generated values (codes) in the reply: they differ between two runs, so comparisons mask them. */
  readonly generated?: RegExp;
}

/** A step with its words in one language and what the neutral invocation will be. */
export type ConversationCaseStep =
  | {
      readonly kind: 'command';
      readonly name: string;
      readonly subcommand: string | null;
      readonly options: Readonly<Record<string, NeutralOptionValue>>;
      /** What follows `/<name>` when typed on Slack or in the simulator. */
      readonly text: string;
    }
  | { readonly kind: 'press'; readonly action: string }
  | { readonly kind: 'submit'; readonly values: Readonly<Record<string, string>> };

/** One row in one language, ready to play. */
export interface ConversationCase {
  readonly title: string;
  readonly locale: Locale;
  readonly as: ConversationRole;
  readonly step: ConversationCaseStep;
  readonly expect: Omit<ReplyExpectation, 'says'> & { readonly says: readonly string[] };
  readonly generated?: RegExp;
}

const QUESTION = {
  en: 'How should I price oolong for Europe?',
  'zh-CN': '乌龙茶出口欧洲应该怎么定价？',
} as const;
const ANSWER = { en: 'Start from the landed cost plus 40%.', 'zh-CN': '先按到岸成本加 40% 定价。' } as const;
const APPLICANT = { en: 'Ada Lovelace', 'zh-CN': '李雷' } as const;
const ABOUT = { en: 'We build analytical engines.', 'zh-CN': '我们做乌龙茶出口。' } as const;

/**
 * The conversation every chat surface must answer alike: the simulator, Discord and Slack each play it
 * (rows in order, English then Chinese, in one club) and compare what the dispatcher answered.
 * A `press` or `submit` row acts on the reply of the row before it for the same person.
 */
export const CONVERSATION_TABLE: readonly ConversationRow[] = [
  {
    does: '/apply shows the values with the pledge button',
    as: 'newcomer',
    step: { command: 'apply' },
    expect: {
      private: true,
      says: { en: ['Our values', 'Membership is by application'], 'zh-CN': ['我们的价值观', '本社群实行申请制'] },
      buttons: ['apply:start'],
    },
  },
  {
    does: 'the pledge button opens the application form',
    as: 'newcomer',
    step: { press: 'apply:start' },
    expect: {
      form: { action: 'apply:submit', fields: ['name', 'email', 'company', 'industry', 'about'] },
      says: { en: ['Application', 'Your name'], 'zh-CN': ['入会申请', '姓名'] },
    },
  },
  {
    does: 'submitting the form files the application',
    as: 'newcomer',
    step: {
      submit: {
        name: APPLICANT,
        email: { en: 'ada@example.com', 'zh-CN': 'lilei@example.com' },
        company: { en: 'Engines Ltd', 'zh-CN': '李氏茶业' },
        industry: { en: 'Software', 'zh-CN': '茶叶' },
        about: ABOUT,
      },
    },
    expect: {
      private: true,
      tone: 'success',
      says: { en: ['Thank you, Ada Lovelace!'], 'zh-CN': ['谢谢你，李雷！'] },
    },
  },
  {
    does: 'a newcomer cannot ask yet and is told how to join',
    as: 'newcomer',
    step: { command: 'ask', options: { question: QUESTION }, freeText: 'question' },
    expect: {
      private: true,
      tone: 'error',
      says: { en: ['not linked to a membership', '/apply'], 'zh-CN': ['尚未关联会籍', '/apply'] },
    },
  },
  {
    does: '/me shows the membership',
    as: 'member',
    step: { command: 'me' },
    expect: {
      private: true,
      says: { en: ['Your membership', 'Status', 'active'], 'zh-CN': ['你的会籍', '状态', '有效'] },
    },
    // The personal referral code is made on the first /me.
    generated: /\bCODE\d+\b/g,
  },
  {
    does: '/lessons shows the upcoming lesson with RSVP, mute and calendar buttons',
    as: 'member',
    step: { command: 'lessons' },
    expect: {
      private: true,
      items: 1,
      says: { en: ['Upcoming lessons', CONVERSATION_LESSON], 'zh-CN': ['近期课程', CONVERSATION_LESSON] },
      buttons: ['lessons:rsvp:', 'lessons:mute', 'lessons:calendar'],
    },
  },
  {
    does: 'the RSVP button signs up',
    as: 'member',
    step: { press: 'lessons:rsvp:' },
    expect: {
      private: true,
      tone: 'success',
      items: 1,
      says: { en: ['You are in!', CONVERSATION_LESSON], 'zh-CN': ['报名成功', CONVERSATION_LESSON] },
      buttons: ['lessons:cancel:'],
    },
  },
  {
    does: '/ask takes a question',
    as: 'member',
    step: { command: 'ask', options: { question: QUESTION }, freeText: 'question' },
    expect: {
      private: true,
      tone: 'success',
      says: { en: ['Your question is with the coaches'], 'zh-CN': ['你的问题已交给导师'] },
    },
  },
  {
    does: '/questions lists it, waiting for an answer',
    as: 'member',
    step: { command: 'questions' },
    expect: {
      private: true,
      items: 1,
      says: {
        en: ['Your questions', QUESTION.en, 'waiting for an answer'],
        'zh-CN': ['你的提问', QUESTION['zh-CN'], '等待回答'],
      },
      // The member may add to a waiting question (it goes under it, for the coaches).
      buttons: ['questions:reply:'],
    },
  },
  {
    does: 'an option over its limit is refused, naming the option',
    as: 'member',
    step: { command: 'ask', options: { question: 'x'.repeat(4001) }, freeText: 'question' },
    expect: {
      private: true,
      tone: 'error',
      says: {
        en: ['question is too long (at most 4000 characters)'],
        'zh-CN': ['「question」太长了（最多 4000 个字符）'],
      },
    },
  },
  {
    does: '/appeal without a strike to appeal says so and records nothing',
    as: 'member',
    step: {
      command: 'appeal',
      options: { reason: { en: 'I only shared my payment method', 'zh-CN': '我只是分享收款方式' } },
      freeText: 'reason',
    },
    expect: {
      private: true,
      tone: 'error',
      says: {
        en: ['You have no moderation decision that can be appealed.'],
        'zh-CN': ['你目前没有可以申诉的违规处理。'],
      },
    },
  },
  {
    does: 'a staff command is refused to a member',
    as: 'member',
    step: { command: 'mod', subcommand: 'login' },
    expect: {
      private: true,
      tone: 'error',
      says: { en: ['Only the club staff can do this.'], 'zh-CN': ['只有社群管理团队可以执行此操作。'] },
    },
  },
  {
    does: '/link makes a link code',
    as: 'member',
    step: { command: 'link' },
    expect: {
      private: true,
      says: { en: ['Your link code is', 'valid 15 minutes'], 'zh-CN': ['你的关联码是', '15 分钟内有效'] },
    },
    generated: /\bCODE\d+\b/g,
  },
  {
    does: '/review shows the application with approve and reject',
    as: 'staff',
    step: { command: 'review' },
    expect: {
      private: true,
      items: 1,
      says: {
        en: ['Applications waiting: 1', APPLICANT.en, ABOUT.en],
        'zh-CN': ['待审核申请：1', APPLICANT['zh-CN'], ABOUT['zh-CN']],
      },
      buttons: ['review:approve:', 'review:reject:', 'review:rejectshared:'],
    },
  },
  {
    does: 'the approve button approves it',
    as: 'staff',
    step: { press: 'review:approve:' },
    expect: {
      private: true,
      tone: 'success',
      says: { en: ['Ada Lovelace is approved'], 'zh-CN': ['已通过 李雷 的申请'] },
    },
  },
  {
    does: '/answer shows the open question',
    as: 'staff',
    step: { command: 'answer' },
    expect: {
      private: true,
      items: 1,
      says: { en: ['Open questions', QUESTION.en], 'zh-CN': ['待回答的提问', QUESTION['zh-CN']] },
      buttons: ['answer:open:', 'answer:followUp:'],
    },
  },
  {
    does: 'the answer button opens the answer form',
    as: 'staff',
    step: { press: 'answer:open:' },
    expect: {
      form: { action: 'answer:submit:', fields: ['answer'] },
      says: { en: ['Your answer'], 'zh-CN': ['你的回答'] },
    },
  },
  {
    does: 'submitting the answer saves it',
    as: 'staff',
    step: { submit: { answer: ANSWER } },
    expect: { private: true, tone: 'success', says: { en: ['Answer saved'], 'zh-CN': ['回答已保存'] } },
  },
  {
    does: '/intros propose asks a member for an introduction by their handle (same double opt-in)',
    as: 'member',
    step: {
      command: 'intros',
      options: {
        propose: { en: '@cleo-park', 'zh-CN': '@王琳' },
        reason: { en: 'We both export tea', 'zh-CN': '我们都做茶叶出口' },
      },
    },
    expect: {
      private: true,
      tone: 'success',
      says: { en: ['Asked! We sent Cleo Park your request'], 'zh-CN': ['已发出！我们已把你的申请和理由私信给王琳'] },
    },
  },
  {
    does: '/questions shows the answer',
    as: 'member',
    step: { command: 'questions' },
    expect: {
      private: true,
      items: 1,
      says: { en: [QUESTION.en, 'answered', ANSWER.en], 'zh-CN': [QUESTION['zh-CN'], '已回答', ANSWER['zh-CN']] },
      // The member closes the loop: resolve and rate the answer; or follows up under it.
      buttons: ['questions:rate:', 'questions:reply:'],
    },
  },
];

function inLocale(words: Words | NeutralOptionValue, locale: Locale): string | number | boolean {
  return typeof words === 'object' ? words[locale] : words;
}

/** `name:value`, quoted when the value has spaces, as typed on Slack and in the simulator. */
function typedOption(name: string, value: NeutralOptionValue): string {
  const text = String(value);
  return /\s/.test(text) ? `${name}:"${text}"` : `${name}:${text}`;
}

function caseStep(step: ConversationStep, locale: Locale): ConversationCaseStep {
  if ('press' in step) return { kind: 'press', action: step.press };
  if ('submit' in step) {
    const values = Object.fromEntries(Object.entries(step.submit).map(([k, v]) => [k, String(inLocale(v, locale))]));
    return { kind: 'submit', values };
  }
  const options = Object.fromEntries(
    Object.entries(step.options ?? {}).map(([name, value]) => [name, inLocale(value, locale)]),
  );
  const free = step.freeText !== undefined ? options[step.freeText] : undefined;
  const text = [
    step.subcommand ?? '',
    ...Object.entries(options)
      .filter(([name]) => name !== step.freeText)
      .map(([name, value]) => typedOption(name, value)),
    free === undefined ? '' : String(free),
  ]
    .filter(Boolean)
    .join(' ');
  return { kind: 'command', name: step.command, subcommand: step.subcommand ?? null, options, text };
}

function describeStep(step: ConversationStep): string {
  if ('press' in step) return `presses ${step.press.replace(/:$/, '')}`;
  if ('submit' in step) return 'submits the form';
  return `/${[step.command, step.subcommand].filter(Boolean).join(' ')}`;
}

/** The table in one language, in order. */
export function conversationCases(locale: Locale): ConversationCase[] {
  return CONVERSATION_TABLE.map((row) => ({
    title: `${locale} · ${row.as} ${describeStep(row.step)}: ${row.does}`,
    locale,
    as: row.as,
    step: caseStep(row.step, locale),
    expect: { ...row.expect, says: row.expect.says?.[locale] ?? [] },
    ...(row.generated ? { generated: row.generated } : {}),
  }));
}
