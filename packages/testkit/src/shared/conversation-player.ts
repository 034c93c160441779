import type { UnitOfWork } from '@snowball/core';
import {
  comparableInvocation,
  comparableReply,
  conversationReplyProblems,
  neutralButtons,
} from './check-conversation-reply.js';
import type { ConversationCase } from './conversation-cases.js';
import { type ConversationPeople, type ConversationPerson, simulatorAccount } from './conversation-club.js';
import type { NeutralCaller, NeutralInvocation, NeutralReply } from './neutral-shapes.js';

/** A case's step as the surface must perform it, with the button's or form's full action resolved. */
export type ConversationAct =
  | Extract<ConversationCase['step'], { kind: 'command' }>
  | { readonly kind: 'press'; readonly action: string; readonly previous: NeutralReply }
  | {
      readonly kind: 'submit';
      readonly action: string;
      readonly values: Readonly<Record<string, string>>;
      readonly previous: NeutralReply;
    };

/** Plays steps on one surface (the real Discord or Slack adapter, or the simulator's chat session). */
export interface ConversationSurface {
  /** Does the act as the person; resolves with what the surface showed them, once it has answered. */
  perform(act: ConversationAct, person: ConversationPerson): Promise<string>;
}

/** What one case gave: the surface's neutral invocation and reply next to the simulator caller's. */
export interface ConversationOutcome {
  /** Everything the case's check found wrong with the reply the surface got (empty when it passed). */
  readonly problems: readonly string[];
  /** Who the surface said acted: its platform, workspace and user. */
  readonly caller: NeutralCaller;
  readonly invocation: Record<string, unknown>;
  readonly expectedInvocation: Record<string, unknown>;
  readonly reply: NeutralReply;
  /** The dispatcher's reply to the same invocation from the person's simulator account, in the same club state. */
  readonly simulatorReply: NeutralReply;
  /** What the surface showed (rendered text), for surface-specific checks. */
  readonly shown: string;
}

const ROLLBACK = Symbol('roll back');

/**
 * Runs `work` inside one unit of work and undoes everything it wrote. The in-memory store's transactions
 * nest (inner ones join the outer one) and restore every table on failure, so one failure at the end
 * takes back all the use cases the dispatcher ran. Messages already handed to a messenger stay sent.
 */
async function rolledBack<T>(uow: UnitOfWork, work: () => Promise<T>): Promise<T> {
  let result: { value: T } | null = null;
  try {
    await uow.run(async () => {
      result = { value: await work() };
      throw ROLLBACK;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  if (!result) throw new Error('rolled-back work produced nothing');
  return (result as { value: T }).value;
}

/**
 * Plays the shared conversation on one surface. The surface's dispatcher must hand every invocation and
 * reply to `record`. For each case the player first asks the dispatcher the same thing as the person's
 * simulator account (and rolls that back), then has the surface perform the step, and returns both.
 */
export class ConversationPlayer {
  private readonly records: { invocation: NeutralInvocation; reply: NeutralReply }[] = [];
  private readonly previous = new Map<string, NeutralReply>();

  constructor(
    private readonly options: {
      readonly people: ConversationPeople;
      readonly surface: ConversationSurface;
      /** The club's dispatcher, unrecorded. */
      dispatch(invocation: NeutralInvocation): Promise<NeutralReply>;
      /** The in-memory store's unit of work, used to undo the simulator caller's replay. */
      readonly uow: UnitOfWork;
      /** The simulator workspace the people's simulator accounts are in (see `simulatorAccount`). */
      readonly simulatorWorkspaceId: string;
    },
  ) {}

  /** Keeps what the surface's dispatcher answered; wrap the adapter's dispatcher with it. */
  record<R extends NeutralReply>(invocation: NeutralInvocation, reply: R): R {
    this.records.push({ invocation, reply });
    return reply;
  }

  /** The person's simulator caller: the reference every surface is compared with. */
  simulatorCaller(person: ConversationPerson): NeutralCaller {
    return {
      platform: 'simulator',
      workspaceId: this.options.simulatorWorkspaceId,
      userId: simulatorAccount(this.options.simulatorWorkspaceId).userId(person),
      userName: person.handle,
      locale: person.locale,
    };
  }

  async play(c: ConversationCase): Promise<ConversationOutcome> {
    const person = this.options.people.get(c.as, c.locale);
    const key = `${c.as}:${c.locale}`;
    const act = this.act(c, this.previous.get(key));
    const expected = this.invocation(act, this.simulatorCaller(person));
    const simulatorReply = await rolledBack(this.options.uow, () => this.options.dispatch(expected));

    const before = this.records.length;
    const shown = await this.options.surface.perform(act, person);
    const record = await this.nextRecord(before);
    this.previous.set(key, record.reply);
    return {
      problems: conversationReplyProblems(record.reply, c.expect),
      caller: record.invocation.caller,
      invocation: comparableInvocation(record.invocation),
      expectedInvocation: comparableInvocation(expected),
      reply: comparableReply(record.reply, c.generated),
      simulatorReply: comparableReply(simulatorReply, c.generated),
      shown,
    };
  }

  private act(c: ConversationCase, previous: NeutralReply | undefined): ConversationAct {
    const { step } = c;
    if (step.kind === 'command') return step;
    if (!previous) throw new Error(`${c.title}: no previous reply to act on`);
    if (step.kind === 'press') {
      const button = neutralButtons(previous).find((b) => b.action.startsWith(step.action));
      if (!button) throw new Error(`${c.title}: the previous reply has no ${step.action} button`);
      return { kind: 'press', action: button.action, previous };
    }
    if (previous.kind !== 'form') throw new Error(`${c.title}: the previous reply opened no form`);
    return { kind: 'submit', action: previous.form.action, values: step.values, previous };
  }

  private invocation(act: ConversationAct, caller: NeutralCaller): NeutralInvocation {
    if (act.kind === 'press') return { type: 'action', caller, action: act.action };
    if (act.kind === 'submit') return { type: 'form', caller, action: act.action, values: act.values };
    return { type: 'command', caller, name: act.name, subcommand: act.subcommand, options: act.options };
  }

  /** The first record after `before`; surfaces that answer after acknowledging may still be dispatching. */
  private async nextRecord(before: number): Promise<{ invocation: NeutralInvocation; reply: NeutralReply }> {
    const started = Date.now();
    while (this.records.length <= before) {
      if (Date.now() - started > 5_000) throw new Error('the surface never reached the dispatcher');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    if (this.records.length > before + 1) throw new Error('the surface dispatched more than once for one step');
    return this.records[before] as { invocation: NeutralInvocation; reply: NeutralReply };
  }
}
