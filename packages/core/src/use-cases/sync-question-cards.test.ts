import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../ports/messenger.js';
import { createClubFixture } from '../testing/club-fixture.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { MemoryStore } from '../testing/in-memory/store.js';
import { createMemoryRepositories } from '../testing/memory-repositories.js';
import { RecordingChannelPublisher } from '../testing/recording-channel-publisher.js';

const DAY = 86_400_000;

async function setup(locale: 'en' | 'zh-CN' = 'en') {
  const channels = new RecordingChannelPublisher();
  const store = new MemoryStore();
  const ports = { ...createTestPorts(createMemoryRepositories(store)), channels };
  const club = await createClubFixture({
    ports,
    settings: { defaultLocale: locale, staffChannels: { discord: '900000001', slack: 'C0STAFF' } },
  });
  await ports.communities.attachWorkspace(club.communityId, 'discord', 'guild-1');
  await ports.communities.attachWorkspace(club.communityId, 'slack', 'T1');
  const asker = await club.addMember({ name: 'Ann' });
  const chen = await club.makeCoach(await club.addMember({ name: 'Chen' }));
  const sync = () => club.core.syncQuestionCards({ communityId: club.communityId });
  return { ...club, channels, store, asker, chen, sync };
}

const buttonsOf = (m: { message: { buttons?: readonly { action: string }[] } }) =>
  (m.message.buttons ?? []).map((b) => b.action);
const statusOf = (m: { message: { fields?: readonly { name: string; value: string }[] } }) =>
  m.message.fields?.find((f) => f.name === 'Status' || f.name === '状态')?.value;

describe('staff channel question cards', () => {
  it('posts one card per new question and platform, and edits it as the question is claimed, answered and resolved', async () => {
    const { core, communityId, channels, asker, chen, sync } = await setup();
    const q = await core.askQuestion({ actor: asker, body: 'How do I price my first export order? <@everyone>' });
    expect(await sync()).toEqual({ posted: 2, updated: 0, skipped: 0 });
    const [discord] = channels.in({ platform: 'discord', channelId: '900000001' });
    const [slack] = channels.in({ platform: 'slack', channelId: 'C0STAFF' });
    expect(slack?.ref.workspaceId).toBe('T1');
    for (const card of [discord, slack]) {
      expect(card?.message.text).toBe('How do I price my first export order? <@everyone>');
      expect(statusOf(card as never)).toBe('Waiting for a coach');
      expect(buttonsOf(card as never)).toEqual([`answer:claim:${q.id}`, `answer:open:${q.id}`]);
    }
    // A second run (or a redelivered job) posts nothing more and edits nothing.
    expect(await sync()).toEqual({ posted: 0, updated: 0, skipped: 0 });
    expect(channels.messages).toHaveLength(2);

    await core.claimQuestion({ actor: chen, communityId, questionId: q.id });
    expect(await sync()).toEqual({ posted: 0, updated: 2, skipped: 0 });
    expect(statusOf(discord as never)).toBe('Claimed by Chen');
    expect(buttonsOf(discord as never)).toEqual([`answer:open:${q.id}`]);

    await core.answerQuestion({ actor: chen, communityId, questionId: q.id, answer: 'Start from landed cost.' });
    await sync();
    expect(statusOf(slack as never)).toBe('Answered by Chen');
    expect(buttonsOf(slack as never)).toEqual([]);

    await core.resolveQuestion({ actor: asker, questionId: q.id, rating: 5 });
    await sync();
    expect(statusOf(discord as never)).toBe('Resolved by the member (answered by Chen)');
    expect(channels.messages).toHaveLength(2);
    expect(channels.messages.map((m) => m.edits)).toEqual([3, 3]);
    expect(await sync()).toEqual({ posted: 0, updated: 0, skipped: 0 });
  });

  it('retries a failed post without a second card, skips a refusing channel, and leaves old questions alone', async () => {
    const { core, ports, channels, asker, sync } = await setup('zh-CN');
    await core.askQuestion({ actor: asker, body: 'old question' });
    ports.clock.advance(8 * DAY);
    const q = await core.askQuestion({ actor: asker, body: '报关怎么做？' });

    channels.failNext(new DeliveryError('Discord is down', false));
    await expect(sync()).rejects.toThrow('Discord is down');
    await sync();
    expect(channels.messages.map((m) => [m.ref.platform, m.message.text])).toEqual([
      ['slack', '报关怎么做？'],
      ['discord', '报关怎么做？'],
    ]);
    expect(statusOf(channels.messages[0] as never)).toBe('等待导师认领');
    expect(channels.messages[0]?.message.buttons?.map((b) => b.label)).toEqual(['认领', '回答']);

    // A channel that refuses the bot: this run skips it, nothing is claimed, a later run posts once it is fixed.
    const next = await core.askQuestion({ actor: asker, body: 'second' });
    channels.failNext(new DeliveryError('Missing Access', true));
    expect(await sync()).toMatchObject({ posted: 1, skipped: 1 });
    expect(await sync()).toMatchObject({ posted: 1, skipped: 0 });
    expect(channels.messages.filter((m) => m.message.text === 'second')).toHaveLength(2);
    expect(channels.messages.some((m) => m.message.text === 'old question')).toBe(false);
    expect(q.id).not.toBe(next.id);
  });

  it('says so when the member withdraws, and takes the text down when the question is erased', async () => {
    const { core, channels, store, asker, sync } = await setup();
    const withdrawn = await core.askQuestion({ actor: asker, body: 'Never mind this one' });
    const erased = await core.askQuestion({ actor: asker, body: 'My private numbers: 123' });
    await sync();
    await core.withdrawQuestion({ actor: asker, questionId: withdrawn.id });
    // Erasing the asker's data deletes their questions (privacy): the card must not keep the text.
    store.table('questions').delete(erased.id);
    expect(await sync()).toEqual({ posted: 0, updated: 4, skipped: 0 });
    const [first, second] = channels.in({ platform: 'discord', channelId: '900000001' });
    expect(statusOf(first as never)).toBe('Withdrawn by the member (nothing to answer)');
    expect(first?.message.buttons).toEqual([]);
    expect(second?.message.text).not.toContain('123');
    expect(second?.message.text).toContain('withdrawn or removed');
    expect(second?.message.buttons).toEqual([]);
    expect(await sync()).toEqual({ posted: 0, updated: 0, skipped: 0 });
  });

  it('posts nothing without a staff channel or a publisher', async () => {
    const club = await createClubFixture();
    const asker = await club.addMember({ name: 'Bo' });
    await club.core.askQuestion({ actor: asker, body: 'hello' });
    expect(await club.core.syncQuestionCards({ communityId: club.communityId })).toEqual({
      posted: 0,
      updated: 0,
      skipped: 0,
    });
  });
});
