import { catalogue } from '@snowball/commands';
import {
  CONVERSATION_LOCALES,
  type ConversationAct,
  type ConversationPerson,
  ConversationPlayer,
  cardActionEvent,
  conversationCases,
  type FeishuSentMessage,
  feishuCardButtons,
  feishuCardText,
  messageReceiveEvent,
  seedConversationClub,
  simulatorAccount,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEISHU_COMMAND_ALIASES } from '../inbound/command-aliases.js';
import { createClub, type FeishuHarness, startFeishuHarness } from '../testing/feishu-harness.js';

// The shared conversation (packages/testkit) through the real Feishu SDK: commands typed as text messages in
// the direct chat with the bot, button presses and card forms as `card.action.trigger` callbacks, all
// encrypted and signed by the fake and posted to the HTTP callback; answers read from the cards the fake
// received. Chinese speakers type the Chinese command names.

const SIMULATOR = 'conversation';
let h: FeishuHarness;
let player: ConversationPlayer;

const openIdOf = (handle: string) => `ou_${handle}`;

/** A Chinese name of a command: the adapter's short alias (`/申请`), else the command's own (`/提问`). */
function chineseName(command: string): string {
  const alias = Object.entries(FEISHU_COMMAND_ALIASES).find(([, name]) => name === command)?.[0];
  return alias ?? catalogue.find((c) => c.name === command)?.localizedName?.['zh-CN'] ?? command;
}

/** The last card the person received. */
function lastCard(person: ConversationPerson): FeishuSentMessage {
  const card = h.fake.messagesTo(openIdOf(person.handle)).at(-1);
  if (!card) throw new Error(`no card for ${person.handle}`);
  return card;
}

async function perform(act: ConversationAct, person: ConversationPerson): Promise<string> {
  const openId = openIdOf(person.handle);
  let event: ReturnType<typeof messageReceiveEvent>;
  if (act.kind === 'command') {
    const name = person.locale === 'zh-CN' ? chineseName(act.name) : act.name;
    event = messageReceiveEvent(h.fake, { openId, text: `/${name} ${act.text}`.trim() });
  } else {
    const card = lastCard(person);
    const buttons = feishuCardButtons(card.content);
    const button =
      act.kind === 'press' ? buttons.find((b) => b.value.action === act.action) : buttons.find((b) => b.submit);
    if (!button) throw new Error(`the last card has no ${act.kind === 'press' ? act.action : 'submit'} button`);
    event = cardActionEvent(h.fake, {
      openId,
      value: button.value,
      messageId: card.messageId,
      ...(act.kind === 'submit' ? { formValue: act.values, name: 'submit' } : {}),
    });
  }
  const response = await h.post(event);
  expect(response.status).toBe(200);
  // The reply is sent with the event's id as its uuid: no other card to the person can be mistaken for it.
  const answer = await h.fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
  expect(answer.receiveId).toBe(openId);
  return feishuCardText(answer.content);
}

beforeAll(async () => {
  h = await startFeishuHarness({
    wrapDispatcher: (dispatcher) => ({
      find: (name) => dispatcher.find(name),
      dispatch: async (invocation) => player.record(invocation, await dispatcher.dispatch(invocation)),
    }),
  });
  const { community, owner } = await createClub(h, { slug: 'club', ownerOpenId: 'ou_owner' });
  // The conversation's people (see seedConversationClub) exist in the tenant before they pay and are added to
  // the members' chats.
  for (const handle of ['ada', 'ben', 'cleo', 'lilei', 'meimei', 'wanglin']) {
    h.fake.addUser({ openId: openIdOf(handle), name: handle });
  }
  const people = await seedConversationClub({
    core: h.core,
    ports: h.ports,
    communityId: community.id,
    owner,
    accounts: [
      { platform: 'feishu', workspaceId: h.fake.tenantKey, userId: (person) => openIdOf(person.handle) },
      simulatorAccount(SIMULATOR),
    ],
  });
  player = new ConversationPlayer({
    people,
    uow: h.ports.uow,
    simulatorWorkspaceId: SIMULATOR,
    dispatch: (invocation) => h.dispatcher.dispatch(invocation),
    surface: { perform },
  });
});

afterAll(() => h?.close());

describe('the shared conversation on Feishu', () => {
  for (const locale of CONVERSATION_LOCALES) {
    for (const c of conversationCases(locale)) {
      it(c.title, async () => {
        const outcome = await player.play(c);
        expect(outcome.problems).toEqual([]);
        expect(outcome.caller).toMatchObject({ platform: 'feishu', workspaceId: h.fake.tenantKey });
        expect(outcome.invocation).toEqual(outcome.expectedInvocation);
        expect(outcome.reply).toEqual(outcome.simulatorReply);
        // The card shows the same words (plain text: nothing to escape).
        for (const words of c.expect.says) expect(outcome.shown).toContain(words);
      });
    }
  }
});
