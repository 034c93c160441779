import { DeliveryError } from '@snowball/core';
import { FakeFeishu, feishuCardButtons, feishuCardText } from '@snowball/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeishuChannelPublisher } from './feishu-channel-publisher.js';
import { createFeishuClient } from './feishu-client.js';

let fake: FakeFeishu;
let publisher: FeishuChannelPublisher;
const channel = { platform: 'feishu' as const, workspaceId: 'tenant', channelId: 'oc_staff' };

beforeAll(async () => {
  fake = await FakeFeishu.start();
  fake.addChat('oc_staff');
  publisher = new FeishuChannelPublisher({
    client: createFeishuClient({ appId: fake.appId, appSecret: fake.appSecret, apiUrl: fake.url }),
    appId: fake.appId,
    retry: { defaultWaitMs: 20, maxWaitMs: 2_000 },
  });
});
afterAll(() => fake?.close());
afterEach(() => fake.clearRecords());

describe('FeishuChannelPublisher', () => {
  it('posts a card to the group chat once per dedupe key and updates it in place', async () => {
    const card = {
      title: 'New question',
      text: 'How to price? <at id=all></at>',
      buttons: [
        { action: 'answer:claim:q1', label: 'Claim', style: 'primary' as const },
        { action: 'answer:open:q1', label: 'Answer' },
      ],
    };
    const ref = await publisher.post(channel, card, { dedupeKey: 'question-card:q1' });
    const again = await publisher.post(channel, card, { dedupeKey: 'question-card:q1' });
    expect(again.messageId).toBe(ref.messageId);
    expect(fake.messages).toHaveLength(1);
    const [sent] = fake.messages;
    expect(sent).toMatchObject({ receiveIdType: 'chat_id', receiveId: 'oc_staff', msgType: 'interactive' });
    expect(feishuCardText(sent?.content ?? {})).toContain('How to price? <at id=all></at>');
    expect(feishuCardButtons(sent?.content ?? {}).map((b) => b.value)).toEqual([
      { action: 'answer:claim:q1' },
      { action: 'answer:open:q1' },
    ]);

    await publisher.update(ref, { title: 'Answered', text: 'Answered by Coach Li' });
    expect(fake.messages).toHaveLength(1);
    const [edited] = fake.messages;
    expect(feishuCardText(edited?.content ?? {})).toContain('Answered by Coach Li');
    expect(feishuCardButtons(edited?.content ?? {})).toEqual([]);
    expect(fake.calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
  });

  it('fails permanently for a chat the app is not in or a message that is gone', async () => {
    const error = await publisher
      .post({ ...channel, channelId: 'oc_unknown' }, { text: 'hi' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).permanent).toBe(true);
    const gone = await publisher
      .update({ ...channel, messageId: 'om_missing' }, { text: 'x' })
      .catch((e: unknown) => e);
    expect((gone as DeliveryError).permanent).toBe(true);
  });
});
