import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../ports/messenger.js';
import { createClubFixture } from '../testing/club-fixture.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { RecordingChannelPublisher } from '../testing/recording-channel-publisher.js';
import { digestWeek } from './send-weekly-digest.js';

const DAY = 86_400_000;

async function setup(settings: { digestBothLanguages?: boolean } = {}) {
  const channels = new RecordingChannelPublisher();
  const ports = { ...createTestPorts(), channels };
  // Monday 2026-12-07 09:00 in Shanghai.
  const club = await createClubFixture({
    ports,
    now: '2026-11-20T01:00:00Z',
    settings: {
      defaultLocale: 'zh-CN',
      timezone: 'Asia/Shanghai',
      digestChannels: { discord: '900000002', slack: 'C0DIGEST' },
      ...settings,
    },
  });
  await ports.communities.attachWorkspace(club.communityId, 'slack', 'T1');
  const old = await club.addMember({ name: 'Old Timer' });
  const chen = await club.makeCoach(await club.addMember({ name: 'Chen' }));
  ports.clock.set('2026-12-03T01:00:00Z');
  const ann = await club.addMember({ name: 'Ann' });
  await club.addMember({ name: 'Bo' });
  const q = await club.core.askQuestion({ actor: ann, body: 'How to price?' });
  await club.core.answerQuestion({
    actor: chen,
    communityId: club.communityId,
    questionId: q.id,
    answer: 'Cost plus.',
  });
  await club.core.updateMemberSettings({ actor: chen, communityId: club.communityId, patch: { leaderboard: true } });
  await club.core.scheduleLesson({
    actor: chen,
    communityId: club.communityId,
    title: 'Export pricing 101',
    startsAt: new Date('2026-12-09T12:00:00Z'),
    durationMinutes: 60,
  });
  ports.clock.set('2026-12-07T01:00:00Z');
  const send = () => club.core.sendWeeklyDigest({ communityId: club.communityId });
  return { ...club, channels, old, send };
}

const field = (m: { message: { fields?: readonly { name: string; value: string }[] } } | undefined, name: string) =>
  m?.message.fields?.find((f) => f.name.startsWith(name))?.value;

describe('the weekly digest', () => {
  it('posts once per club week and channel, in the club language, with the week’s members, lessons and contributors', async () => {
    const { channels, send } = await setup();
    expect(await send()).toEqual({ week: '2026-W50', posted: 2, skipped: 0 });
    // A rerun, a retried job or a second worker posts nothing more this week.
    expect(await send()).toEqual({ week: '2026-W50', posted: 0, skipped: 0 });
    expect(channels.messages.map((m) => [m.ref.platform, m.ref.channelId])).toEqual([
      ['discord', '900000002'],
      ['slack', 'C0DIGEST'],
    ]);
    const [digest] = channels.messages;
    expect(digest?.message.title).toBe('Founders Club 每周简报');
    expect(digest?.message.fields?.map((f) => f.name)[0]).toBe('新会员（2）');
    expect(field(digest, '新会员')?.split('、').sort()).toEqual(['Ann', 'Bo']);
    expect(field(digest, '即将开课')).toContain('Export pricing 101');
    expect(field(digest, '感谢')).toBe('Chen');
    expect(field(digest, '引荐与成交')).toBe('本周完成 0 次引荐，达成 0 笔成交。');
    expect(digest?.message.fields?.some((f) => f.value.includes('Old Timer'))).toBe(false);
  });

  it('posts the other language too when the club asks, and a new week gets a new digest', async () => {
    const { channels, ports, send } = await setup({ digestBothLanguages: true });
    expect((await send()).posted).toBe(4);
    const titles = channels.in({ platform: 'slack', channelId: 'C0DIGEST' }).map((m) => m.message.title);
    expect(titles).toEqual(['Founders Club 每周简报', 'This week in Founders Club']);
    const english = channels.in({ platform: 'slack', channelId: 'C0DIGEST' })[1];
    expect(field(english, 'New members')?.split(', ').sort()).toEqual(['Ann', 'Bo']);
    ports.clock.advance(7 * DAY);
    expect(await send()).toMatchObject({ week: '2026-W51', posted: 4 });
    expect(field(channels.messages.at(-1), 'New members (0)')).toBe('No new members this week.');
  });

  it('retries a failed channel without posting twice elsewhere, and skips a channel that refuses the bot', async () => {
    const { channels, send } = await setup();
    channels.failNext(new DeliveryError('Discord is down', false));
    await expect(send()).rejects.toThrow('Discord is down');
    expect(channels.messages.map((m) => m.ref.platform)).toEqual(['slack']);
    expect((await send()).posted).toBe(1);
    expect(channels.messages.map((m) => m.ref.platform)).toEqual(['slack', 'discord']);

    const other = await setup();
    other.channels.failNext(new DeliveryError('Unknown Channel', true));
    expect(await other.send()).toMatchObject({ posted: 1, skipped: 1 });
  });

  it('names the week in the club’s timezone', () => {
    // Sunday 20:00 UTC is already Monday in Shanghai.
    expect(digestWeek(new Date('2026-12-06T20:00:00Z'), 'Asia/Shanghai')).toBe('2026-W50');
    expect(digestWeek(new Date('2026-12-06T20:00:00Z'), 'UTC')).toBe('2026-W49');
  });
});
