import {
  type Actor,
  type Community,
  type Core,
  createCore,
  type Locale,
  type PaymentGateway,
  type ProfilePatch,
  type StaffRole,
} from '@snowball/core';
import { createTestPorts, type TestPorts } from '@snowball/core/testing';
import { catalogue } from '../catalogue.js';
import { createDispatcher, type Dispatcher } from '../dispatch.js';
import type { Caller } from '../invocation.js';
import { replyProblems } from '../limits.js';
import { parseTextArguments } from '../parse-text-arguments.js';
import type { Form, MessageReply, Reply } from '../reply.js';

const DAY = 86_400_000;
const WORKSPACE = 'G-club';

/** The public URL the test dispatcher builds links with. */
export const TEST_PUBLIC_URL = 'https://club.example.com/';

export interface MemberSpec {
  readonly name: string;
  readonly locale?: Locale;
  readonly timezone?: string;
  /** `active` (default) or `none` (approved, never paid). */
  readonly membership?: 'active' | 'none';
  readonly roles?: readonly StaffRole[];
  readonly profile?: ProfilePatch;
}

/** One person in the chat: types commands, presses buttons and fills forms through the dispatcher. */
export interface ChatMember {
  readonly id: string;
  readonly name: string;
  readonly userId: string;
  readonly actor: Extract<Actor, { kind: 'member' }>;
  /** `/find 物流 region:深圳`, parsed the way Slack and the simulator parse text. */
  run(line: string): Promise<Reply>;
  /** Like `run`, expecting a message. */
  say(line: string): Promise<MessageReply>;
  press(action: string): Promise<Reply>;
  submit(action: string, values: Readonly<Record<string, string>>): Promise<Reply>;
}

export interface CommandClub {
  readonly ports: TestPorts;
  readonly core: Core;
  readonly community: Community;
  readonly dispatcher: Dispatcher;
  readonly owner: ChatMember;
  add(spec: MemberSpec): Promise<ChatMember>;
}

/** Fails the test on a reply Discord or Slack would refuse, so every step of a journey is checked. */
function checked(reply: Reply): Reply {
  const problems = replyProblems(reply);
  if (problems.length > 0) throw new Error(`reply the platforms would refuse: ${problems.join('; ')}`);
  return reply;
}

/** The message of a reply, or a failure naming what came instead. */
export function message(reply: Reply): MessageReply {
  if (reply.kind !== 'message') throw new Error(`expected a message, got form ${reply.form.action}`);
  return reply;
}

/** The form of a reply, or a failure naming what came instead. */
export function form(reply: Reply): Form {
  if (reply.kind !== 'form') throw new Error(`expected a form, got: ${reply.text}`);
  return reply.form;
}

/** Everything a member reads in a message (title, text, fields, items), as one string to search. */
export function visibleText(reply: Reply): string {
  if (reply.kind === 'form') return [reply.form.title, ...reply.form.fields.map((f) => f.label)].join('\n');
  const fields = (list: MessageReply['fields']) => (list ?? []).map((f) => `${f.name}: ${f.value}`);
  return [
    reply.title ?? '',
    reply.text,
    ...fields(reply.fields),
    ...(reply.items ?? []).flatMap((i) => [i.title, i.text ?? '', ...fields(i.fields)]),
  ].join('\n');
}

/**
 * The action of the button labelled `label` (in the item titled with `item`, when given); fails when it is
 * not there, so a test cannot press a button the member would not see.
 */
export function button(reply: Reply, label: string, item?: string): string {
  const m = message(reply);
  const pool = item
    ? (m.items ?? []).filter((i) => i.title.includes(item)).flatMap((i) => i.buttons ?? [])
    : [...(m.buttons ?? []), ...(m.items ?? []).flatMap((i) => i.buttons ?? [])];
  const found = pool.find((b) => b.label === label);
  if (!found) throw new Error(`no button "${label}"${item ? ` in "${item}"` : ''}: ${pool.map((b) => b.label)}`);
  return found.action;
}

/**
 * A club for end-to-end command tests: in-memory ports, the real catalogue and dispatcher, a Discord guild,
 * and members with memberships, linked accounts, roles and profiles, each driving their own chat.
 */
export async function createCommandClub(
  options: { readonly locale?: Locale; readonly paymentGateway?: PaymentGateway } = {},
): Promise<CommandClub> {
  const ports = createTestPorts();
  ports.clock.set('2026-03-02T02:00:00Z');
  const core = createCore(options.paymentGateway ? { ...ports, paymentGateway: options.paymentGateway } : ports);
  const { community, ownerId } = await core.createCommunity({
    slug: 'club',
    name: 'Founders Club',
    owner: { displayName: 'Olivia Owner' },
    settings: { defaultLocale: options.locale ?? 'zh-CN' },
  });
  await ports.communities.attachWorkspace(community.id, 'discord', WORKSPACE);
  const dispatcher = createDispatcher({ core, commands: catalogue, publicUrl: TEST_PUBLIC_URL });
  let n = 0;

  const chat = (id: string, name: string, userId: string, roles: readonly StaffRole[], locale?: Locale) => {
    const caller: Caller = {
      platform: 'discord',
      workspaceId: WORKSPACE,
      userId,
      userName: name,
      locale: locale ?? null,
    };
    const dispatch = async (invocation: Parameters<Dispatcher['dispatch']>[0]) =>
      checked(await dispatcher.dispatch(invocation));
    const member: ChatMember = {
      id,
      name,
      userId,
      actor: { kind: 'member', communityId: community.id, memberId: id, roles },
      async run(line) {
        const [head = '', ...rest] = line.trim().replace(/^\//, '').split(/\s+/);
        const command = catalogue.find((c) => c.name === head);
        if (!command) throw new Error(`no command /${head}`);
        const { subcommand, options } = parseTextArguments(command, rest.join(' '));
        return dispatch({ type: 'command', caller, name: command.name, subcommand, options });
      },
      async say(line) {
        return message(await member.run(line));
      },
      press: (action) => dispatch({ type: 'action', caller, action }),
      submit: (action, values) => dispatch({ type: 'form', caller, action, values }),
    };
    return member;
  };

  async function add(spec: MemberSpec): Promise<ChatMember> {
    n += 1;
    const id = ports.ids.id();
    const now = ports.clock.now();
    await ports.members.create({
      id,
      communityId: community.id,
      handle: `member-${n}`,
      displayName: spec.name,
      email: null,
      locale: spec.locale ?? null,
      timezone: spec.timezone ?? null,
      reminderLeadMinutes: null,
      remindersMuted: false,
      matchingExcluded: false,
      notes: '',
      createdAt: now,
      deletedAt: null,
    });
    if ((spec.membership ?? 'active') === 'active') {
      await ports.memberships.add({
        id: ports.ids.id(),
        communityId: community.id,
        memberId: id,
        startsAt: now,
        endsAt: new Date(now.getTime() + 365 * DAY),
        kind: 'initial',
        paymentId: null,
        createdAt: now,
      });
    }
    const userId = `user-${n}`;
    await ports.accounts.link({
      communityId: community.id,
      platform: 'discord',
      workspaceId: WORKSPACE,
      platformUserId: userId,
      memberId: id,
      linkedAt: now,
    });
    for (const role of spec.roles ?? []) {
      await ports.staff.grant({ communityId: community.id, memberId: id, role, grantedAt: now });
    }
    const member = chat(id, spec.name, userId, spec.roles ?? [], spec.locale);
    if (spec.profile) await core.updateProfile({ actor: member.actor, communityId: community.id, patch: spec.profile });
    return member;
  }

  await ports.accounts.link({
    communityId: community.id,
    platform: 'discord',
    workspaceId: WORKSPACE,
    platformUserId: 'owner',
    memberId: ownerId,
    linkedAt: ports.clock.now(),
  });
  const owner = chat(ownerId, 'Olivia Owner', 'owner', ['owner'], options.locale);
  return { ports, core, community, dispatcher, owner, add };
}
