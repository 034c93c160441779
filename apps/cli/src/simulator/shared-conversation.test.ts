import { catalogue, createDispatcher, type Dispatcher } from '@snowball/commands';
import { createCore } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import {
  CONVERSATION_LOCALES,
  type ConversationAct,
  type ConversationPerson,
  ConversationPlayer,
  conversationCases,
  seedConversationClub,
  simulatorAccount,
} from '@snowball/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChatSession } from './chat-session.js';
import { renderText } from './render-text.js';

// The shared conversation (packages/testkit) typed into chat sessions, as a person would at the terminal.

const WORKSPACE = 'club';
let player: ConversationPlayer;

/** Types one act into the person's session; returns what the terminal showed, up to the next prompt. */
async function typeAct(session: ChatSession, act: ConversationAct): Promise<string> {
  return `${await typed(session, act)}\n${session.prompt}`;
}

async function typed(session: ChatSession, act: ConversationAct): Promise<string> {
  if (act.kind === 'command') return session.input(`/${act.name}${act.text ? ` ${act.text}` : ''}`);
  if (act.kind === 'press') {
    const index = renderText(act.previous).buttons.findIndex((b) => b.action === act.action);
    return session.input(String(index + 1));
  }
  if (act.previous.kind !== 'form') throw new Error('no form to fill');
  let shown = '';
  for (const field of act.previous.form.fields) shown = await session.input(act.values[field.id] ?? '');
  return shown;
}

beforeAll(async () => {
  const ports = createTestPorts();
  const core = createCore(ports);
  const { community, ownerId } = await core.createCommunity({
    slug: 'club',
    name: 'Test Club',
    owner: { displayName: 'Olivia Owner', email: 'owner@example.com' },
    settings: { defaultLocale: 'en' },
  });
  const people = await seedConversationClub({
    core,
    ports,
    communityId: community.id,
    owner: { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] },
    accounts: [simulatorAccount(WORKSPACE)],
  });
  const inner = createDispatcher({ core, commands: catalogue });
  const recorded: Dispatcher = {
    find: (name) => inner.find(name),
    dispatch: async (invocation) => player.record(invocation, await inner.dispatch(invocation)),
  };
  const sessions = new Map<ConversationPerson, ChatSession>();
  const sessionOf = (person: ConversationPerson) => {
    let session = sessions.get(person);
    if (!session) {
      session = new ChatSession(recorded, catalogue, player.simulatorCaller(person), person.locale);
      sessions.set(person, session);
    }
    return session;
  };
  player = new ConversationPlayer({
    people,
    uow: ports.uow,
    simulatorWorkspaceId: WORKSPACE,
    dispatch: (invocation) => inner.dispatch(invocation),
    surface: { perform: (act, person) => typeAct(sessionOf(person), act) },
  });
});

describe('the shared conversation in the chat simulator', () => {
  for (const locale of CONVERSATION_LOCALES) {
    for (const c of conversationCases(locale)) {
      it(c.title, async () => {
        const outcome = await player.play(c);
        expect(outcome.problems).toEqual([]);
        expect(outcome.caller).toMatchObject({ platform: 'simulator', workspaceId: WORKSPACE });
        expect(outcome.invocation).toEqual(outcome.expectedInvocation);
        expect(outcome.reply).toEqual(outcome.simulatorReply);
        // What the terminal printed shows the same words as the neutral reply.
        for (const words of c.expect.says) expect(outcome.shown).toContain(words);
      });
    }
  }
});
