import {
  blockActionRequest,
  CONVERSATION_LOCALES,
  type ConversationAct,
  type ConversationPerson,
  ConversationPlayer,
  conversationCases,
  fakeTriggerId,
  type SentModal,
  seedConversationClub,
  simulatorAccount,
  slashCommandRequest,
  viewSubmissionRequest,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, createClub, type SlackHarness, startSlackHarness } from '../testing/slack-harness.js';

// The shared conversation (packages/testkit) through real Bolt: signed slash commands, button presses and
// modal submissions posted to the receiver, answers read from the ack, the response URLs and the fake Web API.

const TEAM = 'T0SNOWBALL';
const SIMULATOR = 'conversation';
let h: SlackHarness;
let player: ConversationPlayer;
/** Per person: the modal their last button opened and the response URL id the submission answers at. */
const opened = new Map<ConversationPerson, { view: SentModal; responseId: string }>();
let responses = 0;

const slackIdOf = (handle: string) => `U0${handle.toUpperCase()}`;

async function until<T>(find: () => T | undefined, what: string): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() - started > 5_000) throw new Error(`fake Slack: no ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A modal's title and input labels, as Slack shows them. */
function shownByView(view: SentModal): string {
  const title = (view.title as { text?: string } | undefined)?.text ?? '';
  const labels = (view.blocks ?? []).map((b) => (b as { label?: { text?: string } }).label?.text ?? '');
  return [title, ...labels].join('\n');
}

/** Waits for the answer to a request that opened a modal (`triggerId`) or answered at the response URL `id`. */
async function answer(triggerId: string, responseId: string, person: ConversationPerson): Promise<string> {
  const found = await until(
    () =>
      h.fake.callsTo('views.open').find((c) => c.body.trigger_id === triggerId) ?? h.fake.responsesTo(responseId)[0],
    `answer at ${responseId}`,
  );
  if ('method' in found) {
    const view = found.body.view as SentModal;
    opened.set(person, { view, responseId });
    return shownByView(view);
  }
  return allText(found.body);
}

async function perform(act: ConversationAct, person: ConversationPerson): Promise<string> {
  const actor = { teamId: TEAM, userId: slackIdOf(person.handle), userName: person.handle };
  const triggerId = fakeTriggerId();
  if (act.kind === 'submit') {
    const form = opened.get(person);
    if (!form) throw new Error('no modal open');
    const response = await h.post(viewSubmissionRequest({ ...actor, view: form.view, values: act.values }));
    // Errors stay in the modal; anything else closes it and answers where the form was opened.
    if (response.json?.response_action === 'errors') return JSON.stringify(response.json.errors);
    return allText((await until(() => h.fake.responsesTo(form.responseId)[0], 'answer to the form')).body);
  }
  const responseId = `r${++responses}`;
  const responseUrl = h.fake.responseUrl(responseId);
  if (act.kind === 'press') {
    await h.post(blockActionRequest({ ...actor, actionId: act.action, triggerId, responseUrl }));
    return answer(triggerId, responseId, person);
  }
  const response = await h.post(
    slashCommandRequest({ ...actor, command: `/${act.name}`, text: act.text, triggerId, responseUrl }),
  );
  // In time, a message is the ack body itself; a form opens after an empty ack.
  if (response.json) return allText(response.json);
  return answer(triggerId, responseId, person);
}

beforeAll(async () => {
  h = await startSlackHarness({
    wrapDispatcher: (dispatcher) => ({
      find: (name) => dispatcher.find(name),
      dispatch: async (invocation) => player.record(invocation, await dispatcher.dispatch(invocation)),
    }),
  });
  const { community, owner } = await createClub(h, { slug: 'club', teamId: TEAM, ownerSlackId: 'U0OWNER' });
  const people = await seedConversationClub({
    core: h.core,
    ports: h.ports,
    communityId: community.id,
    owner,
    accounts: [
      { platform: 'slack', workspaceId: TEAM, userId: (person) => slackIdOf(person.handle) },
      simulatorAccount(SIMULATOR),
    ],
  });
  for (const person of people.all) {
    h.fake.addUser({
      id: slackIdOf(person.handle),
      name: person.handle,
      locale: person.locale === 'en' ? 'en-US' : 'zh-CN',
    });
  }
  player = new ConversationPlayer({
    people,
    uow: h.ports.uow,
    simulatorWorkspaceId: SIMULATOR,
    dispatch: (invocation) => h.dispatcher.dispatch(invocation),
    surface: { perform },
  });
});

afterAll(() => h?.close());

describe('the shared conversation on Slack', () => {
  for (const locale of CONVERSATION_LOCALES) {
    for (const c of conversationCases(locale)) {
      it(c.title, async () => {
        const outcome = await player.play(c);
        expect(outcome.problems).toEqual([]);
        expect(outcome.caller).toMatchObject({ platform: 'slack', workspaceId: TEAM });
        expect(outcome.invocation).toEqual(outcome.expectedInvocation);
        expect(outcome.reply).toEqual(outcome.simulatorReply);
        // Slack showed the same words (none of the table's words need mrkdwn escaping).
        for (const words of c.expect.says) expect(outcome.shown).toContain(words);
      });
    }
  }
});
