import { createCore } from '@snowball/core';
import { RecordingChannelPublisher } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { createCommandClub, form, message, visibleText } from '../testing/command-club.js';

/** The staff channel's question card, pressed in chat: Claim and Answer go through the same dispatcher as commands. */
describe('the staff channel question card in chat', () => {
  it('lets a coach claim and answer from the card, which follows the question; a member cannot claim', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const owner = club.owner.actor;
    await club.core.updateCommunitySettings({
      actor: owner,
      communityId: club.community.id,
      patch: { staffChannels: { discord: '900000001' } },
    });
    const coach = await club.add({ name: 'Chen', roles: ['coach'] });
    const asker = await club.add({ name: 'Ann' });
    const question = await club.core.askQuestion({ actor: asker.actor, body: 'How do I price a first export order?' });
    // The worker's core: the same repositories, with a channel publisher.
    const channels = new RecordingChannelPublisher();
    const worker = createCore({ ...club.ports, channels });
    const sync = () => worker.syncQuestionCards({ communityId: club.community.id });

    await sync();
    const [card] = channels.messages;
    const action = (label: string) => card?.message.buttons?.find((b) => b.label === label)?.action ?? '';
    expect(card?.message.buttons?.map((b) => b.label)).toEqual(['Claim', 'Answer']);

    const refused = message(await asker.press(action('Claim')));
    expect(refused.tone).toBe('error');
    const claimed = message(await coach.press(action('Claim')));
    expect(claimed.text).toContain('You claimed this question');
    expect(
      (await club.core.listQuestions({ actor: coach.actor, communityId: club.community.id })).items[0],
    ).toMatchObject({
      id: question.id,
      claimedBy: coach.id,
    });
    await sync();
    expect(card?.message.fields?.[0]?.value).toBe('Claimed by Chen');
    expect(card?.message.buttons?.map((b) => b.label)).toEqual(['Answer']);

    const answerForm = form(await coach.press(action('Answer')));
    const done = await coach.submit(answerForm.action, { answer: 'Start from your landed cost.' });
    expect(visibleText(done)).toContain('Answer saved');
    await sync();
    expect(card?.message.fields?.[0]?.value).toBe('Answered by Chen');
    expect(card?.message.buttons ?? []).toEqual([]);
    expect(channels.messages).toHaveLength(1);
  });
});
