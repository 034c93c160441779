import { describe, expect, it } from 'vitest';
import { button, createCommandClub, message, TEST_PUBLIC_URL, visibleText } from '../testing/command-club.js';

async function setup() {
  const club = await createCommandClub();
  const coach = await club.add({ name: 'Coach Chen', locale: 'zh-CN', roles: ['coach'] });
  const ada = await club.add({ name: 'Ada', locale: 'en', timezone: 'Europe/London' });
  const li = await club.add({ name: '李雷', locale: 'zh-CN' });
  const communityId = club.community.id;
  const talk = await club.core.scheduleLesson({
    actor: coach.actor,
    communityId,
    kind: 'guest_talk',
    title: 'Going global',
    speakerName: 'Grace Guest',
    startsAt: new Date('2026-03-12T12:00:00Z'),
    durationMinutes: 90,
    capacity: 1,
    location: 'Zoom',
  });
  const lesson = await club.core.scheduleLesson({
    actor: coach.actor,
    communityId,
    title: 'Pricing 定价',
    startsAt: new Date('2026-03-26T12:00:00Z'),
    durationMinutes: 90,
    hostMemberId: coach.id,
  });
  return { ...club, communityId, coach, ada, li, talk, lesson };
}

describe('/lessons', () => {
  it('lists lessons in each member’s timezone and language, and RSVPs with a waitlist when full', async () => {
    const { ada, li, talk, ports, communityId } = await setup();
    const list = await ada.say('/lessons');
    expect(list.private).toBe(true);
    expect(list.items?.map((i) => i.title)).toEqual(['Guest talk · Going global', 'Pricing 定价']);
    const shown = visibleText(list);
    expect(shown).toContain('Thu 12 Mar 2026, 12:00 (Europe/London)');
    expect(shown).toContain('Speaker: Grace Guest');
    expect(shown).toContain('Seats: 1 of 1 left');
    expect(shown).toContain('You: Not signed up');
    expect(shown).toContain('Reminders: 24 hours and 1 hour before');

    const going = message(await ada.press(button(list, 'RSVP', 'Going global')));
    expect(going.text).toBe('You are in! See you there.');
    expect(visibleText(going)).toContain('You: Going ✓');
    expect(button(going, 'Cancel RSVP')).toBe(`lessons:cancel:${talk.id}`);

    const full = await li.say('/lessons');
    expect(visibleText(full)).toContain('2026年3月12日 周四 20:00（Asia/Shanghai）');
    expect(visibleText(full)).toContain('名额: 已满 · 候补 0 人');
    const waiting = message(await li.press(button(full, '加入候补', 'Going global')));
    expect(waiting.text).toBe('课程名额已满，你在候补第 1 位。有空位时我们会私信通知你。');
    expect(visibleText(waiting)).toContain('我的报名: 候补第 1 位');
    expect(visibleText(message(await li.press(`lessons:rsvp:${talk.id}`)))).toContain('你之前已经报名了。');

    // Ada withdraws: the seat goes to 李雷, who is told by DM.
    const cancelled = message(await ada.press(button(await ada.say('/lessons'), 'Cancel RSVP', 'Going global')));
    expect(cancelled.text).toBe('You are no longer signed up. Thank you for freeing the seat.');
    expect(visibleText(cancelled)).toContain('Seats: Full · 0 on the waitlist');
    expect(button(cancelled, 'Join the waitlist')).toBe(`lessons:rsvp:${talk.id}`);
    expect(ports.messenger.sent.map((s) => s.account.memberId)).toContain(li.id);
    expect(visibleText(await li.say('/lessons'))).toContain('我的报名: 已报名 ✓');
    expect((await ports.lessons.getRsvp(communityId, talk.id, li.id))?.status).toBe('going');
    expect(message(await ada.press(`lessons:cancel:${talk.id}`)).text).toContain('no longer signed up');
    expect(message(await ada.press('lessons:cancel:00000000-0000-4000-8000-00000000ffff')).text).toBe(
      'No such lesson.',
    );
  });

  it('gives a personal calendar link whose feed holds my lessons, and a new link switches the old one off', async () => {
    const { ada, li, core, lesson } = await setup();
    await ada.press(`lessons:rsvp:${lesson.id}`);
    const reply = message(await ada.press(button(await ada.say('/lessons'), 'My calendar link')));
    const url = new RegExp(`${TEST_PUBLIC_URL}calendar/([^\\s]+)\\.ics`).exec(reply.text);
    expect(url).not.toBeNull();
    const token = decodeURIComponent(url?.[1] ?? '');
    const feed = await core.getCalendarFeed({ token });
    expect(feed.ics).toContain('SUMMARY:Pricing 定价');
    expect(feed.ics).not.toContain('Going global');

    const again = message(await ada.press('lessons:calendar'));
    expect(again.text).not.toContain(token);
    await expect(core.getCalendarFeed({ token })).rejects.toMatchObject({ code: 'calendar.token_invalid' });

    const zh = message(await li.press('lessons:calendar'));
    expect(zh.title).toBe('你的日历订阅链接');
    expect(zh.text).toContain(`${TEST_PUBLIC_URL}calendar/`);
  });

  it('sets my own reminder lead time, mutes and unmutes reminders', async () => {
    const { ada, li, ports, communityId } = await setup();
    const own = await ada.say('/lessons lead:30');
    expect(own.tone).toBe('success');
    expect(own.text).toContain('Reminders: 30 minutes before each lesson you signed up for (your setting');
    expect((await ports.members.get(communityId, ada.id))?.reminderLeadMinutes).toBe(30);
    expect((await ada.say('/lessons lead:0')).text).toContain('Reminders: 24 hours and 1 hour before');
    expect((await ports.members.get(communityId, ada.id))?.reminderLeadMinutes).toBeNull();
    expect((await ada.say('/lessons lead:99999')).text).toContain('Please check lead');

    const muted = message(await li.press(button(await li.say('/lessons'), '关闭课程提醒')));
    expect(muted.text).toBe('课程提醒已关闭，可在 /lessons 重新开启。');
    expect((await ports.members.get(communityId, li.id))?.remindersMuted).toBe(true);
    const list = await li.say('/lessons');
    expect(list.text).toContain('课程提醒已关闭。');
    expect(message(await li.press(button(list, '开启课程提醒'))).text).toBe('课程提醒已重新开启。');
    expect((await ports.members.get(communityId, li.id))?.remindersMuted).toBe(false);
  });

  it('says so when nothing is scheduled, and is for members only', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    const empty = await ada.say('/lessons');
    expect(empty.text).toContain('No lessons are scheduled yet.');
    expect(empty.items ?? []).toEqual([]);
    const unpaid = await club.add({ name: 'Unpaid', locale: 'en', membership: 'none' });
    expect((await unpaid.say('/lessons')).text).toBe('You do not have a membership yet.');
  });
});
