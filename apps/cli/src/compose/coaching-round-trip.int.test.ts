import type { AddressInfo } from 'node:net';
import { buildApiServer } from '@snowball/admin-api';
import {
  blockActionRequest,
  type DiscordJson,
  type DispatchedInteraction,
  directMessageEventRequest,
  discordButtonsIn,
  discordMessageData,
  discordModalInputs,
  discordTextIn,
  FakeDiscord,
  FakeSlackApi,
  fakeTriggerId,
  postSlackRequest,
  type SentModal,
  type SlackRequestFixture,
  slackTextIn,
  slashCommandRequest,
  viewSubmissionRequest,
} from '@snowball/testkit';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeDiscordEnv, fakeSlackEnv, scratchComposeConfig } from '../testing/compose-config.js';
import { addComposeMember } from '../testing/compose-member.js';
import { ownerPanelHeaders } from '../testing/panel-session.js';
import { openSystem, type System } from './open-system.js';
import { type Platforms, startPlatforms } from './start-platforms.js';

// Issue #15's coaching round trip, end to end, through the real composition (`startPlatforms` → `openSystem` on
// PostgreSQL and Redis; the gateway bot on discord.js against the Discord fake; Bolt behind the API's
// `/slack/events` against the Slack fake; the admin API for publishing):
// ask → staff card → claim (the card's button) → answer (the card's form) → the member writes back in the DM →
// the coach replies → resolve → rate → consent → publish (panel API) → `/faq` finds it. Each step checks what the
// member and the coach see.

const SLACK_SECRET = 'round-trip-signing-secret';
const SLACK_STAFF = 'C0STAFF001';

const cleanups: (() => Promise<unknown>)[] = [];
let discord: FakeDiscord;
let slack: FakeSlackApi;
let slackEvents: string;
let slackTeam: string;
let system: System;
let platforms: Platforms;
let communityId: string;
let app: Awaited<ReturnType<typeof buildApiServer>>;
let headers: Record<string, string>;

const addMember = (
  name: string,
  account: { readonly platform: 'discord' | 'slack'; readonly workspaceId: string; readonly userId: string },
  roles: readonly ('coach' | 'owner')[] = [],
) => addComposeMember(system.ports, communityId, { name, accounts: [account], roles });

/** Waits until the bot has answered an interaction (its callback, or the edit of a deferred one); its calls' bodies. */
async function responseTo(interaction: DispatchedInteraction, what: (bodies: unknown[]) => boolean = () => true) {
  for (const started = Date.now(); Date.now() - started < 10_000; ) {
    const bodies = discord
      .callsFor(interaction)
      .map((c) => c.body)
      .filter((b) => discordTextIn(b).trim() || discordModalInputs(b).length > 0);
    if (bodies.length > 0 && what(bodies)) return bodies;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no response to the interaction');
}

const allText = (bodies: unknown[]) => bodies.map((b) => discordTextIn(b)).join('\n');

beforeAll(async () => {
  discord = await FakeDiscord.start();
  slack = await FakeSlackApi.start();
  slackTeam = slack.defaultWorkspace.teamId;
  cleanups.push(
    () => discord.close(),
    () => slack.close(),
  );
  const { config } = await scratchComposeConfig(
    'roundtrip',
    {
      PORT: '4100',
      SNOWBALL_COMMUNITY: 'coaching-club',
      ...fakeDiscordEnv(discord, discord.guild.id),
      ...fakeSlackEnv(slack, SLACK_SECRET),
    },
    cleanups,
  );
  const logger = pino({ level: 'silent' });
  platforms = await startPlatforms(config, { bot: true, logger });
  system = await openSystem(config, {
    messengers: platforms.messengers,
    roleSyncs: platforms.roleSyncs,
    channelPublishers: platforms.channelPublishers,
  });
  cleanups.push(() => system.close());
  const { community, ownerId } = await system.core.createCommunity({
    slug: 'coaching-club',
    name: 'Coaching Club',
    owner: { displayName: 'Olivia Owner' },
    settings: { defaultLocale: 'en', staffChannels: { discord: discord.guild.logChannelId, slack: SLACK_STAFF } },
  });
  communityId = community.id;
  await platforms.attach(system);
  cleanups.push(() => platforms.stop());
  app = await buildApiServer({
    core: system.core,
    config: { publicUrl: 'http://127.0.0.1:4100' },
    readiness: async () => ({ ok: true, checks: {} }),
    mount: (server) => platforms.mount(server, system),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  cleanups.unshift(() => app.close());
  slackEvents = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/slack/events`;
  headers = await ownerPanelHeaders(app, system.core, communityId, ownerId);
}, 120_000);

afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

describe('the coaching round trip on Discord (discord.js on the fake, the real composition)', () => {
  it('ask → card → claim → answer → member writes back → coach replies → resolve, rate → publish → /faq', async () => {
    const ann = discord.newUser('ann', { globalName: 'Ann' });
    const chen = discord.newUser('chen', { globalName: 'Chen' });
    const annId = await addMember('Ann', { platform: 'discord', workspaceId: discord.guild.id, userId: ann.id });
    await addMember('Chen', { platform: 'discord', workspaceId: discord.guild.id, userId: chen.id }, ['coach']);
    const staffChannel = discord.guild.logChannelId;

    // 1. The member asks; only the coaches will see it.
    const ask = discord.dispatchInteraction({
      kind: 'command',
      user: ann,
      name: 'ask',
      options: { question: 'How do I price my first export order to Japan?' },
    });
    expect(allText(await responseTo(ask))).toContain('Your question is with the coaches');
    const [asked] = await system.core.listMyQuestions({
      actor: { kind: 'member', communityId, memberId: annId, roles: [] },
    });
    const questionId = asked?.id as string;
    expect(asked?.status).toBe('open');

    // 2. The staff channel gets a card with Claim and Answer.
    await system.core.syncQuestionCards({ communityId });
    const [card] = discord.messagesIn(staffChannel);
    expect(slack.posted.filter((p) => p.channel === SLACK_STAFF)).toHaveLength(1);
    expect(discord.messagesIn(staffChannel)).toHaveLength(1);
    expect(discordTextIn(card)).toContain('How do I price my first export order to Japan?');
    expect(discordButtonsIn(card).map((b) => b.custom_id)).toEqual([
      `answer:claim:${questionId}`,
      `answer:open:${questionId}`,
    ]);

    // 3. The coach claims it from the card; the card shows whose it is.
    const claim = discord.dispatchInteraction({
      kind: 'button',
      user: chen,
      customId: `answer:claim:${questionId}`,
      channelId: staffChannel,
      message: card as DiscordJson,
    });
    expect(allText(await responseTo(claim))).toContain('You claimed this question');
    await system.core.syncQuestionCards({ communityId });
    const [claimedCard] = discord.messagesIn(staffChannel);
    expect(discordTextIn(claimedCard)).toContain('Chen');
    expect(discordButtonsIn(claimedCard).map((b) => b.custom_id)).toContain(`answer:open:${questionId}`);

    // 4. The coach answers through the card's form; the member gets the answer by DM.
    const open = discord.dispatchInteraction({
      kind: 'button',
      user: chen,
      customId: `answer:open:${questionId}`,
      channelId: staffChannel,
      message: claimedCard as DiscordJson,
    });
    const [form] = await responseTo(open, (b) => discordModalInputs(b[0]).length > 0);
    const formId = String(discordMessageData(form).custom_id);
    const fieldId = String(discordModalInputs(form)[0]?.custom_id);
    const submit = discord.dispatchInteraction({
      kind: 'modal',
      user: chen,
      customId: formId,
      channelId: staffChannel,
      values: { [fieldId]: 'Start from the landed cost: product, freight, duty, then your margin.' },
    });
    expect(allText(await responseTo(submit))).toContain('Answer saved and sent to the member');
    const answerDm = await discord.waitForCall('createMessage', (c) =>
      discordTextIn(c.body).includes('Start from the landed cost'),
    );
    const dm = discord.dmChannelOf(ann.id) as string;
    expect(answerDm.params.channelId).toBe(dm);
    expect(discordTextIn(answerDm.body)).toContain('Your question was answered');
    expect(discordTextIn(answerDm.body)).toContain('Something unclear? Write here');
    await system.core.syncQuestionCards({ communityId });
    const [answeredCard] = discord.messagesIn(staffChannel);
    expect(discordTextIn(answeredCard)).toContain('Answered by Chen');
    expect(discordButtonsIn(answeredCard)).toEqual([]);

    // 5. The member writes back in the DM: it lands under the question, the member is told, the coach is told.
    const followUp = discord.dispatchMessage({
      author: ann,
      content: 'Thanks! Does the duty depend on the HS code?',
      guildId: null,
      channelId: dm,
    });
    const confirm = await discord.waitForCall(
      'createMessage',
      (c) => c.params.channelId === dm && discordTextIn(c.body).includes('the coach has been told'),
      10_000,
    );
    expect((confirm.body as { message_reference?: { message_id?: string } }).message_reference?.message_id).toBe(
      followUp.id,
    );
    const toCoach = await discord.waitForCall(
      'createMessage',
      (c) => discordTextIn(c.body).includes('Does the duty depend on the HS code?') && c.params.channelId !== dm,
    );
    expect(discordTextIn(toCoach.body)).toContain('Ann replied on their question');
    expect(toCoach.params.channelId).toBe(discord.dmChannelOf(chen.id));

    // 6. The question is back with the coach: /answer lists it with the member's message, and the card offers a
    //    Reply (not a second Answer, which would be refused). The coach replies from the card; the member gets it.
    const list = discord.dispatchInteraction({ kind: 'command', user: chen, name: 'answer' });
    const listed = await responseTo(list);
    expect(allText(listed)).toContain('Does the duty depend on the HS code?');
    await system.core.syncQuestionCards({ communityId });
    const [wroteBackCard] = discord.messagesIn(staffChannel);
    expect(discordTextIn(wroteBackCard)).toContain('the member wrote back, with Chen');
    expect(discordButtonsIn(wroteBackCard).map((b) => [b.custom_id, b.label])).toEqual([
      [`answer:followUp:${questionId}`, 'Reply'],
    ]);
    const replyOpen = discord.dispatchInteraction({
      kind: 'button',
      user: chen,
      customId: `answer:followUp:${questionId}`,
      channelId: staffChannel,
      message: wroteBackCard as DiscordJson,
    });
    const [replyForm] = await responseTo(replyOpen, (b) => discordModalInputs(b[0]).length > 0);
    const replySubmit = discord.dispatchInteraction({
      kind: 'modal',
      user: chen,
      customId: String(discordMessageData(replyForm).custom_id),
      values: { [String(discordModalInputs(replyForm)[0]?.custom_id)]: 'Yes: look it up in the Japan tariff.' },
    });
    expect(allText(await responseTo(replySubmit))).toContain('Sent to the member privately');
    await discord.waitForCall(
      'createMessage',
      (c) => c.params.channelId === dm && discordTextIn(c.body).includes('Yes: look it up in the Japan tariff.'),
    );

    // 7. The member resolves and rates from /questions, and agrees to the FAQ.
    const mine = discord.dispatchInteraction({ kind: 'command', user: ann, name: 'questions' });
    const mineShown = await responseTo(mine);
    expect(allText(mineShown)).toContain('Yes: look it up in the Japan tariff.');
    expect(mineShown.flatMap((b) => discordButtonsIn(b)).map((b) => b.custom_id)).toContain(
      `questions:rate:${questionId}`,
    );
    const rate = discord.dispatchInteraction({ kind: 'button', user: ann, customId: `questions:rate:${questionId}` });
    const [rateForm] = await responseTo(rate, (b) => discordModalInputs(b[0]).length > 0);
    const inputs = discordModalInputs(rateForm).map((i) => String(i.custom_id));
    const resolve = discord.dispatchInteraction({
      kind: 'modal',
      user: ann,
      customId: String(discordMessageData(rateForm).custom_id),
      values: { [inputs[0] as string]: '5', [inputs[1] as string]: 'Clear and quick' },
    });
    const resolved = await responseTo(resolve);
    expect(allText(resolved)).toContain('May staff publish it in the club FAQ');
    const consent = discord.dispatchInteraction({
      kind: 'button',
      user: ann,
      customId: `questions:allowFaq:${questionId}`,
    });
    expect(allText(await responseTo(consent))).toContain('Staff may now publish it in the FAQ');
    await system.core.syncQuestionCards({ communityId });
    const [resolvedCard] = discord.messagesIn(staffChannel);
    expect(discordTextIn(resolvedCard)).toContain('Resolved by the member (answered by Chen)');
    expect(discordButtonsIn(resolvedCard)).toEqual([]);

    // The panel shows it resolved, rated, with consent; the card says so too.
    const panel = await app.inject({ url: '/api/questions?status=closed', headers });
    const row = panel.json<{ items: Record<string, unknown>[] }>().items.find((q) => q.id === questionId);
    expect(row).toMatchObject({ status: 'closed', rating: 5, faqConsent: true, faq: false });

    // 8. Staff publish it, anonymised and edited, from the panel; /faq finds it.
    const publish = await app.inject({
      method: 'POST',
      url: `/api/questions/${questionId}/publish`,
      headers,
      payload: {
        question: 'How do I price a first export order?',
        answer: 'Start from the landed cost (product, freight, duty by HS code), then add your margin.',
      },
    });
    expect(publish.statusCode).toBe(201);
    const faq = discord.dispatchInteraction({ kind: 'command', user: ann, name: 'faq', options: { words: 'export' } });
    const found = allText(await responseTo(faq));
    expect(found).toContain('How do I price a first export order?');
    expect(found).toContain('landed cost');
    expect(found).not.toContain('Ann');
  }, 60_000);
});

/** The action ids of the buttons in a Slack message. */
function slackButtons(payload: unknown): string[] {
  const blocks = ((payload as { blocks?: unknown[] } | null)?.blocks ?? []) as {
    type?: string;
    elements?: { action_id?: string }[];
  }[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => (b.elements ?? []).map((e) => e.action_id ?? ''));
}

async function until<T>(find: () => T | undefined, what: string): Promise<T> {
  for (const started = Date.now(); Date.now() - started < 10_000; ) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`fake Slack: no ${what}`);
}

/** One Slack person: runs commands, presses buttons and submits the modals they opened, as Slack would post them. */
function slackPerson(userId: string) {
  let responses = 0;
  let form: { view: SentModal; responseId: string } | null = null;
  const actor = () => ({ teamId: slackTeam, userId, userName: userId.toLowerCase() });
  const post = (fixture: SlackRequestFixture) => postSlackRequest(slackEvents, fixture, { secret: SLACK_SECRET });
  /** What answered: a message (ack body or response URL), or the modal opened (kept for `submit`). */
  const answer = async (triggerId: string, responseId: string) => {
    const found = await until(
      () =>
        slack.callsTo('views.open').find((c) => c.body.trigger_id === triggerId) ?? slack.responsesTo(responseId)[0],
      `answer at ${responseId}`,
    );
    if ('method' in found) {
      form = { view: found.body.view as SentModal, responseId };
      return { modal: form.view, body: null };
    }
    return { modal: null, body: found.body as Record<string, unknown> };
  };
  return {
    async command(name: string, text = '') {
      const [triggerId, responseId] = [fakeTriggerId(), `${userId}-${++responses}`];
      const responseUrl = slack.responseUrl(responseId);
      const response = await post(
        slashCommandRequest({ ...actor(), command: `/${name}`, text, triggerId, responseUrl }),
      );
      expect(response.status).toBe(200);
      if (response.json) return { modal: null, body: response.json };
      return answer(triggerId, responseId);
    },
    async press(actionId: string, where: { channelId?: string; container?: 'message' | 'ephemeral' } = {}) {
      const [triggerId, responseId] = [fakeTriggerId(), `${userId}-${++responses}`];
      const responseUrl = slack.responseUrl(responseId);
      const response = await post(
        blockActionRequest({
          ...actor(),
          ...(where.channelId ? { channelId: where.channelId } : {}),
          container: where.container ?? 'ephemeral',
          actionId,
          triggerId,
          responseUrl,
        }),
      );
      expect(response.status).toBe(200);
      return answer(triggerId, responseId);
    },
    async submit(values: Record<string, string>) {
      const opened = form as { view: SentModal; responseId: string } | null;
      if (!opened) throw new Error('no modal open');
      const response = await post(viewSubmissionRequest({ ...actor(), view: opened.view, values }));
      expect(response.status).toBe(200);
      expect(response.json?.response_action).not.toBe('errors');
      return (await until(() => slack.responsesTo(opened.responseId)[0], 'answer to the form')).body as Record<
        string,
        unknown
      >;
    },
    /** The action ids of the open modal's inputs, in order. */
    inputs(): string[] {
      return ((form?.view.blocks ?? []) as { type: string; element?: { action_id?: string } }[])
        .filter((b) => b.type === 'input')
        .map((b) => b.element?.action_id ?? '');
    },
    post,
  };
}

describe('the coaching round trip on Slack (Bolt behind the API, the real composition)', () => {
  it('ask → card → claim → answer → member writes back in the DM thread → coach replies → resolve, rate → publish → /faq', async () => {
    const ADA = 'U0ADA00001';
    const MEI = 'U0MEI00001';
    slack.addUser({ id: ADA, locale: 'en-US' });
    slack.addUser({ id: MEI, locale: 'en-US' });
    const adaId = await addMember('Ada', { platform: 'slack', workspaceId: slackTeam, userId: ADA });
    await addMember('Mei', { platform: 'slack', workspaceId: slackTeam, userId: MEI }, ['coach']);
    const ada = slackPerson(ADA);
    const mei = slackPerson(MEI);

    // 1. The member asks.
    const asked = await ada.command('ask', 'Which trade fair should I exhibit at in Germany?');
    expect(slackTextIn(asked.body)).toContain('Your question is with the coaches');
    const [question] = await system.core.listMyQuestions({
      actor: { kind: 'member', communityId, memberId: adaId, roles: [] },
    });
    const questionId = question?.id as string;

    // 2. The staff channel gets a card with Claim and Answer.
    await system.core.syncQuestionCards({ communityId });
    const cards = () => slack.posted.filter((p) => p.channel === SLACK_STAFF);
    const card = cards().find((p) => slackTextIn(p.body).includes('trade fair'));
    expect(card).toBeDefined();
    expect(slackButtons(card?.body)).toEqual([`answer:claim:${questionId}`, `answer:open:${questionId}`]);
    const cardNow = () => {
      const updates = slack.callsTo('chat.update').filter((c) => c.body.ts === card?.ts);
      return updates.at(-1)?.body ?? card?.body;
    };

    // 3. The coach claims it from the card; the card is edited in place to show whose it is.
    const claimed = await mei.press(`answer:claim:${questionId}`, { channelId: SLACK_STAFF, container: 'message' });
    expect(slackTextIn(claimed.body)).toContain('You claimed this question');
    await system.core.syncQuestionCards({ communityId });
    expect(slackTextIn(cardNow())).toContain('Mei');
    expect(slackButtons(cardNow())).toContain(`answer:open:${questionId}`);

    // 4. The coach answers through the card's form; the member gets the answer by DM; the card says answered.
    const form = await mei.press(`answer:open:${questionId}`, { channelId: SLACK_STAFF, container: 'message' });
    expect(form.modal).not.toBeNull();
    const done = await mei.submit({ [mei.inputs()[0] as string]: 'Go to Ambiente in Frankfurt first; book by June.' });
    expect(slackTextIn(done)).toContain('Answer saved and sent to the member');
    const answerDm = await until(
      () =>
        slack.posted.find((p) => slackTextIn(p.body).includes('Ambiente in Frankfurt') && p.channel !== SLACK_STAFF),
      'the answer DM',
    );
    expect(slackTextIn(answerDm.body)).toContain('Your question was answered');
    expect(slackTextIn(answerDm.body)).toContain('Something unclear? Write here');
    await system.core.syncQuestionCards({ communityId });
    expect(slackTextIn(cardNow())).toContain('Answered by Mei');
    expect(slackButtons(cardNow())).toEqual([]);

    // 5. The member writes back in the answer's DM thread, twice delivered: attached once, confirmed in the thread,
    //    and the coach is told.
    const event = directMessageEventRequest({
      text: 'Is the booth price negotiable?',
      userId: ADA,
      teamId: slackTeam,
      threadTs: answerDm.ts,
      eventId: 'EvROUNDTRIP1',
    });
    expect((await ada.post(event)).status).toBe(200);
    const confirm = await slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.thread_ts === answerDm.ts && slackTextIn(c.body).includes('the coach has been told'),
      10_000,
    );
    expect(slackTextIn(confirm.body)).toContain('Which trade fair');
    expect((await postSlackRequest(slackEvents, event, { secret: SLACK_SECRET, retryNum: 1 })).status).toBe(200);
    const toCoach = await until(
      () =>
        slack.posted.find((p) => p.channel === MEI && slackTextIn(p.body).includes('Is the booth price negotiable?')),
      'the coach being told',
    );
    expect(slackTextIn(toCoach.body)).toContain('Ada replied on their question');

    // 6. The question is back with the coach: the card offers a Reply, and /answer lists it with the member's
    //    message. The coach replies from /answer; the member gets it by DM.
    await system.core.syncQuestionCards({ communityId });
    expect(slackTextIn(cardNow())).toContain('the member wrote back, with Mei');
    expect(slackButtons(cardNow())).toEqual([`answer:followUp:${questionId}`]);
    const list = await mei.command('answer');
    expect(slackTextIn(list.body)).toContain('Is the booth price negotiable?');
    expect(slackButtons(list.body)).toContain(`answer:followUp:${questionId}`);
    await mei.press(`answer:followUp:${questionId}`);
    const sent = await mei.submit({ [mei.inputs()[0] as string]: 'Rarely: ask for a corner booth instead.' });
    expect(slackTextIn(sent)).toContain('Sent to the member privately');
    await until(
      () => slack.posted.find((p) => p.channel === ADA && slackTextIn(p.body).includes('ask for a corner booth')),
      'the reply DM',
    );

    // 7. The member resolves and rates from /questions, and agrees to the FAQ.
    const mine = await ada.command('questions');
    expect(slackTextIn(mine.body)).toContain('ask for a corner booth');
    expect(slackButtons(mine.body)).toContain(`questions:rate:${questionId}`);
    await ada.press(`questions:rate:${questionId}`);
    const [rating, comment] = ada.inputs();
    const thanks = await ada.submit({ [rating as string]: '4', [comment as string]: 'Useful' });
    expect(slackTextIn(thanks)).toContain('May staff publish it in the club FAQ');
    expect(slackButtons(thanks)).toEqual([`questions:allowFaq:${questionId}`, `questions:denyFaq:${questionId}`]);
    const allowed = await ada.press(`questions:allowFaq:${questionId}`);
    expect(slackTextIn(allowed.body)).toContain('Staff may now publish it in the FAQ');
    await system.core.syncQuestionCards({ communityId });
    expect(slackTextIn(cardNow())).toContain('Resolved by the member (answered by Mei)');
    expect(slackButtons(cardNow())).toEqual([]);
    const [after] = await system.core.listMyQuestions({
      actor: { kind: 'member', communityId, memberId: adaId, roles: [] },
    });
    expect(after?.thread?.map((m) => [m.from, m.body])).toEqual([
      ['member', 'Is the booth price negotiable?'],
      ['coach', 'Rarely: ask for a corner booth instead.'],
    ]);

    // 8. Staff publish it from the panel; /faq finds it, anonymised.
    const publish = await app.inject({
      method: 'POST',
      url: `/api/questions/${questionId}/publish`,
      headers,
      payload: {
        question: 'Which German trade fair is best for a first exhibition?',
        answer: 'Ambiente in Frankfurt; book by June, and ask for a corner booth rather than a discount.',
      },
    });
    expect(publish.statusCode).toBe(201);
    const faq = await ada.command('faq', 'trade fair');
    expect(slackTextIn(faq.body)).toContain('Which German trade fair is best for a first exhibition?');
    expect(slackTextIn(faq.body)).not.toContain('Ada');
  }, 60_000);
});
