import { DeliveryError } from '@snowball/core';
import { FakeSlackApi } from '@snowball/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { singleWorkspaceBots } from '../install/slack-bot-source.js';
import { SlackChannelPublisher } from './slack-channel-publisher.js';
import { SlackClients } from './slack-clients.js';

type Posted = { channel: string; text: string; blocks: { type: string; elements?: { action_id?: string }[] }[] };

describe('SlackChannelPublisher against the fake Web API', () => {
  let fake: FakeSlackApi;
  let publisher: SlackChannelPublisher;

  beforeAll(async () => {
    fake = await FakeSlackApi.start();
    const clients = new SlackClients({ apiUrl: fake.apiUrl });
    const bots = singleWorkspaceBots(fake.defaultWorkspace.botToken, clients);
    publisher = new SlackChannelPublisher({ bots, clients, retry: { maxWaitMs: 3_000, defaultWaitMs: 100 } });
  });
  beforeEach(() => fake.clearRecords());
  afterAll(() => fake.close());

  it('posts a card with buttons with chat.postMessage and edits it with chat.update', async () => {
    const channel = { platform: 'slack' as const, workspaceId: fake.defaultWorkspace.teamId, channelId: 'C0STAFF' };
    const ref = await publisher.post(channel, {
      title: 'New question',
      text: 'Pricing <!channel> question',
      buttons: [
        { action: 'answer:claim:q1', label: 'Claim', style: 'primary' },
        { action: 'answer:open:q1', label: 'Answer' },
      ],
    });
    expect(ref).toMatchObject({ channelId: 'C0STAFF', workspaceId: fake.defaultWorkspace.teamId });
    expect(ref.messageId).toMatch(/^\d+\.\d+$/);
    const first = fake.posted.find((p) => p.ts === ref.messageId)?.body as Posted;
    expect(first.text).toContain('Pricing &lt;!channel&gt; question');
    const actions = first.blocks.flatMap((b) => b.elements ?? []).map((e) => e.action_id);
    expect(actions.some((id) => id?.includes('answer:claim:q1'))).toBe(true);

    await publisher.update(ref, { title: 'Answered', text: 'Answered by Coach Li' });
    expect(fake.callsTo('chat.update')).toHaveLength(1);
    const edited = fake.posted.find((p) => p.ts === ref.messageId)?.body as Posted;
    expect(edited.text).toContain('Answered by Coach Li');
    expect(edited.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(fake.posted).toHaveLength(1);
  });

  it('fails permanently when the message to edit is unknown', async () => {
    const ref = { platform: 'slack' as const, workspaceId: fake.defaultWorkspace.teamId, channelId: 'C0STAFF' };
    const error = await publisher.update({ ...ref, messageId: '1.000001' }, { text: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).permanent).toBe(true);
  });

  it('waits out a rate limit and posts once', async () => {
    fake.rateLimitNext(1, { method: 'chat.postMessage', retryAfterSeconds: 1 });
    const channel = { platform: 'slack' as const, workspaceId: fake.defaultWorkspace.teamId, channelId: 'C0DIGEST' };
    await publisher.post(channel, { text: 'This week in the club' });
    expect(fake.posted.filter((p) => p.channel === 'C0DIGEST')).toHaveLength(1);
  });
});
