import { formatDuration, lessonFields, type Member, REMINDER_LEAD_LIMITS, type UpcomingLesson } from '@snowball/core';
import { actionId, type CommandContext, defineCommand } from '../definition.js';
import { type CommandTexts, type Item, privateMessage } from '../reply.js';
import { requireMember, timezoneOf } from '../require-member.js';
import { clip, texter } from '../texter.js';

const texts = {
  description: { en: 'Upcoming lessons and RSVP', 'zh-CN': '近期课程与报名' },
  lead: {
    en: 'Remind me this many minutes before each lesson (0: the club’s setting)',
    'zh-CN': '每节课开始前多少分钟提醒我（0：使用社群默认设置）',
  },
  title: { en: 'Upcoming lessons', 'zh-CN': '近期课程' },
  empty: { en: 'No lessons are scheduled yet.', 'zh-CN': '暂时还没有排期的课程。' },
  guestTalk: { en: 'Guest talk', 'zh-CN': '嘉宾分享' },
  seats: { en: 'Seats', 'zh-CN': '名额' },
  seatsLeft: { en: '{left} of {capacity} left', 'zh-CN': '剩余 {left} / {capacity}' },
  full: { en: 'Full · {waitlisted} on the waitlist', 'zh-CN': '已满 · 候补 {waitlisted} 人' },
  open: { en: 'No limit · {going} going', 'zh-CN': '不限 · 已报名 {going} 人' },
  mine: { en: 'You', 'zh-CN': '我的报名' },
  going: { en: 'Going ✓', 'zh-CN': '已报名 ✓' },
  waitlist: { en: 'Waitlist #{position}', 'zh-CN': '候补第 {position} 位' },
  none: { en: 'Not signed up', 'zh-CN': '未报名' },
  rsvp: { en: 'RSVP', 'zh-CN': '报名' },
  joinWaitlist: { en: 'Join the waitlist', 'zh-CN': '加入候补' },
  cancel: { en: 'Cancel RSVP', 'zh-CN': '取消报名' },
  mute: { en: 'Mute reminders', 'zh-CN': '关闭课程提醒' },
  unmute: { en: 'Turn reminders on', 'zh-CN': '开启课程提醒' },
  calendar: { en: 'My calendar link', 'zh-CN': '我的日历订阅链接' },
  remindersMuted: {
    en: 'Lesson reminders are off.',
    'zh-CN': '课程提醒已关闭。',
  },
  remindersOwn: {
    en: 'Reminders: {lead} before each lesson you signed up for (your setting; /lessons lead:0 goes back to the club’s).',
    'zh-CN': '提醒：已报名的课程开始前 {lead}（你的设置；/lessons lead:0 恢复社群默认）。',
  },
  remindersClub: {
    en: 'Reminders: {lead} before each lesson you signed up for. Choose your own with /lessons lead:<minutes>.',
    'zh-CN': '提醒：已报名的课程开始前 {lead}。可用 /lessons lead:<分钟数> 自定义。',
  },
  leadSet: { en: 'Saved.', 'zh-CN': '已保存。' },
  rsvpGoing: { en: 'You are in! See you there.', 'zh-CN': '报名成功，到时见！' },
  rsvpWaitlist: {
    en: 'The lesson is full: you are #{position} on the waitlist. We will message you if a seat frees up.',
    'zh-CN': '课程名额已满，你在候补第 {position} 位。有空位时我们会私信通知你。',
  },
  rsvpAlready: { en: 'You had already signed up.', 'zh-CN': '你之前已经报名了。' },
  cancelled: {
    en: 'You are no longer signed up. Thank you for freeing the seat.',
    'zh-CN': '已取消报名，谢谢你把名额让给其他会员。',
  },
  notSignedUp: { en: 'You were not signed up for this lesson.', 'zh-CN': '你没有报名这节课程。' },
  muted: {
    en: 'Lesson reminders are off. Turn them on again in /lessons.',
    'zh-CN': '课程提醒已关闭，可在 /lessons 重新开启。',
  },
  unmuted: { en: 'Lesson reminders are on again.', 'zh-CN': '课程提醒已重新开启。' },
  calendarTitle: { en: 'Your calendar link', 'zh-CN': '你的日历订阅链接' },
  calendarText: {
    en: 'Subscribe to this link in Google Calendar, Apple Calendar or Outlook ("add calendar from URL"): it shows the lessons you signed up for and follows every change.\n{url}\nKeep it to yourself. Pressing the button again makes a new link and switches this one off.',
    'zh-CN':
      '在 Google 日历、苹果日历或 Outlook 中通过「从网址添加日历」订阅此链接：它会显示你已报名的课程，并自动同步所有变更。\n{url}\n请勿分享此链接。再次点击按钮会生成新链接，旧链接随即失效。',
  },
} as const satisfies CommandTexts<string>;

/** How many lessons `/lessons` shows: enough for the next two months of a twice-monthly programme. */
const SHOWN = 5;

function leadText(minutes: readonly number[], ctx: CommandContext): string {
  return minutes.map((m) => formatDuration(m * 60_000, ctx.locale)).join(ctx.locale === 'zh-CN' ? '、' : ' and ');
}

function remindersLine(ctx: CommandContext, member: Member): string {
  const t = texter(texts, ctx.locale);
  if (member.remindersMuted) return t('remindersMuted');
  if (member.reminderLeadMinutes !== null) {
    return t('remindersOwn', { lead: leadText([member.reminderLeadMinutes], ctx) });
  }
  return t('remindersClub', { lead: leadText(ctx.community.settings.lessonReminderLeadMinutes, ctx) });
}

function lessonItem(ctx: CommandContext, entry: UpcomingLesson): Item {
  const t = texter(texts, ctx.locale);
  const { lesson } = entry;
  const seats =
    entry.seatsLeft === null
      ? t('open', { going: entry.going })
      : entry.seatsLeft > 0
        ? t('seatsLeft', { left: entry.seatsLeft, capacity: lesson.capacity })
        : t('full', { waitlisted: entry.waitlisted });
  const mine =
    entry.myRsvp === 'going'
      ? t('going')
      : entry.myRsvp === 'waitlist'
        ? t('waitlist', { position: entry.waitlistPosition ?? '?' })
        : t('none');
  const button = entry.myRsvp
    ? { action: actionId('lessons', 'cancel', lesson.id), label: t('cancel'), style: 'danger' as const }
    : {
        action: actionId('lessons', 'rsvp', lesson.id),
        label: entry.seatsLeft === 0 ? t('joinWaitlist') : t('rsvp'),
        style: 'primary' as const,
      };
  return {
    title: lesson.kind === 'guest_talk' ? `${t('guestTalk')} · ${lesson.title}` : lesson.title,
    ...(lesson.description ? { text: clip(lesson.description, 300) } : {}),
    fields: [
      ...lessonFields(lesson, ctx.locale, timezoneOf(ctx)).map((f) => ({ ...f, inline: true })),
      { name: t('seats'), value: seats, inline: true },
      { name: t('mine'), value: mine, inline: true },
    ],
    buttons: [button],
  };
}

async function upcoming(ctx: CommandContext, limit: number): Promise<readonly UpcomingLesson[]> {
  const { actor, communityId } = requireMember(ctx);
  return ctx.core.listUpcomingLessons({ actor, communityId, limit });
}

/**
 * `/lessons [lead:<minutes>]`: the next lessons in the member's timezone and language, with seats, their
 * RSVP and an RSVP / Cancel button each; buttons to mute reminders and to get a personal calendar link.
 * `lead` sets the member's own reminder lead time first (0 goes back to the club's).
 */
export const lessonsCommand = defineCommand({
  name: 'lessons',
  localizedName: { 'zh-CN': '课程' },
  description: texts.description,
  access: 'member',
  options: [{ name: 'lead', description: texts.lead, type: 'integer', min: 0, max: REMINDER_LEAD_LIMITS.max }],
  async run(ctx, { options }) {
    const t = texter(texts, ctx.locale);
    const { actor, communityId, member: before } = requireMember(ctx);
    let member = before;
    const lead = typeof options.lead === 'number' ? options.lead : null;
    if (lead !== null) {
      member = await ctx.core.setReminderPreferences({ actor, communityId, leadMinutes: lead === 0 ? null : lead });
    }
    const lessons = await upcoming(ctx, SHOWN);
    const text = [lead !== null ? t('leadSet') : '', lessons.length ? '' : t('empty'), remindersLine(ctx, member)];
    return privateMessage(text.filter(Boolean).join('\n'), {
      title: t('title'),
      items: lessons.map((l) => lessonItem(ctx, l)),
      buttons: [
        member.remindersMuted
          ? { action: actionId('lessons', 'unmute'), label: t('unmute') }
          : { action: actionId('lessons', 'mute'), label: t('mute') },
        { action: actionId('lessons', 'calendar'), label: t('calendar') },
      ],
      ...(lead !== null ? { tone: 'success' as const } : {}),
    });
  },
  actions: {
    async rsvp(ctx, lessonId) {
      const t = texter(texts, ctx.locale);
      const { actor, communityId } = requireMember(ctx);
      const result = await ctx.core.rsvpLesson({ actor, communityId, lessonId });
      const text = !result.changed
        ? t('rsvpAlready')
        : result.rsvp.status === 'waitlist'
          ? t('rsvpWaitlist', { position: result.waitlistPosition ?? '?' })
          : t('rsvpGoing');
      const entry = (await upcoming(ctx, 50)).find((l) => l.lesson.id === lessonId);
      return privateMessage(text, { tone: 'success', ...(entry ? { items: [lessonItem(ctx, entry)] } : {}) });
    },
    async cancel(ctx, lessonId) {
      const t = texter(texts, ctx.locale);
      const { actor, communityId } = requireMember(ctx);
      const { rsvp } = await ctx.core.cancelRsvp({ actor, communityId, lessonId });
      if (!rsvp) return privateMessage(t('notSignedUp'));
      const entry = (await upcoming(ctx, 50)).find((l) => l.lesson.id === lessonId);
      return privateMessage(t('cancelled'), { tone: 'success', ...(entry ? { items: [lessonItem(ctx, entry)] } : {}) });
    },
    async mute(ctx) {
      const { actor, communityId } = requireMember(ctx);
      const t = texter(texts, ctx.locale);
      await ctx.core.setReminderPreferences({ actor, communityId, muted: true });
      return privateMessage(t('muted'), { buttons: [{ action: actionId('lessons', 'unmute'), label: t('unmute') }] });
    },
    async unmute(ctx) {
      const { actor, communityId } = requireMember(ctx);
      await ctx.core.setReminderPreferences({ actor, communityId, muted: false });
      return privateMessage(texter(texts, ctx.locale)('unmuted'), { tone: 'success' });
    },
    async calendar(ctx) {
      const t = texter(texts, ctx.locale);
      const { actor, communityId } = requireMember(ctx);
      const { token } = await ctx.core.rotateCalendarToken({ actor, communityId });
      const url = `${ctx.publicUrl.replace(/\/+$/, '')}/calendar/${encodeURIComponent(token ?? '')}.ics`;
      return privateMessage(t('calendarText', { url }), { title: t('calendarTitle') });
    },
  },
});
