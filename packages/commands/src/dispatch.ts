import {
  type Core,
  DomainError,
  errorText,
  isDomainError,
  LOCALES,
  type Locale,
  normalizeLocale,
  pickLocale,
  REASONS,
  requireRole,
  translate,
} from '@snowball/core';
import { commonTexts } from './common-texts.js';
import type { CommandContext, CommandDefinition, OptionDefinition } from './definition.js';
import { parseActionId } from './definition.js';
import type { Invocation, OptionValue } from './invocation.js';
import { privateMessage, type Reply } from './reply.js';

export interface DispatchLogger {
  error(details: Record<string, unknown>, message: string): void;
}

export interface Dispatcher {
  dispatch(invocation: Invocation): Promise<Reply>;
  find(name: string): CommandDefinition | undefined;
}

/**
 * Routes one neutral invocation to its command: resolves the club and member, picks the language,
 * checks access, validates options, runs, and turns every error into a clear private reply.
 */
export function createDispatcher(deps: {
  readonly core: Core;
  readonly commands: readonly CommandDefinition[];
  readonly logger?: DispatchLogger;
  /** The admin panel's public URL, for login links sent by `/mod login`. */
  readonly publicUrl?: string;
  /**
   * True for an error that means the database is down or overloaded (`isDatabaseUnavailable` from
   * @snowball/db): the member gets "temporarily unavailable" in both languages (their language setting is
   * in the unreachable database), not "something went wrong".
   */
  readonly isUnavailable?: (error: unknown) => boolean;
}): Dispatcher {
  const byName = new Map(deps.commands.map((c) => [c.name, c]));

  async function context(invocation: Invocation): Promise<CommandContext> {
    const { caller } = invocation;
    const identity = await deps.core.identifyAccount({
      platform: caller.platform,
      workspaceId: caller.workspaceId,
      platformUserId: caller.userId,
    });
    return {
      core: deps.core,
      caller,
      locale: pickLocale(identity.member?.locale, caller.locale, identity.community.settings.defaultLocale),
      community: identity.community,
      member: identity.member,
      actor: identity.actor,
      publicUrl: deps.publicUrl ?? 'http://127.0.0.1:3000',
    };
  }

  // A fast pre-check with core's own rules, so a refused caller gets the answer before any other work; each
  // use case still checks the caller's entitlement itself.
  async function checkAccess(ctx: CommandContext, command: CommandDefinition): Promise<void> {
    if (command.access === 'anyone') return;
    if (!ctx.member || !ctx.actor || ctx.actor.kind !== 'member') throw new DomainError('account.not_linked');
    if (command.access === 'member') {
      await ctx.core.checkMemberAccess({ actor: ctx.actor, communityId: ctx.community.id });
      return;
    }
    requireRole(ctx.actor, ctx.community.id, command.access);
  }

  async function run(invocation: Invocation, ctx: CommandContext): Promise<Reply> {
    if (invocation.type === 'command' || invocation.type === 'report') {
      const name = invocation.type === 'command' ? invocation.name : (invocation.command ?? 'report');
      const command = byName.get(name);
      if (!command)
        return privateMessage(translate(commonTexts, ctx.locale, 'unknownCommand', { name }), { tone: 'error' });
      await checkAccess(ctx, command);
      if (invocation.type === 'report') {
        if (!command.report) throw new Error(`command ${name} cannot handle reports`);
        return command.report(ctx, invocation);
      }
      if (!command.run) throw new Error(`command ${name} has no run`);
      const subcommand = invocation.subcommand ?? null;
      const spec = subcommand ? command.subcommands?.find((s) => s.name === subcommand)?.options : command.options;
      const subcommands = command.subcommands ?? [];
      // A command with subcommands runs only a named one: `/mod logout` must not fall back to `/mod login`.
      if ((subcommand && !subcommands.some((s) => s.name === subcommand)) || (!subcommand && subcommands.length > 0)) {
        throw new DomainError('validation.invalid', {
          field: `/${command.name}`,
          reason: subcommands.map((s) => `/${command.name} ${s.name}`).join(' | '),
        });
      }
      return command.run(ctx, { subcommand, options: validateOptions(spec ?? [], invocation.options) });
    }
    const { command: name, verb, arg } = parseActionId(invocation.action);
    const command = byName.get(name);
    const handler = command?.actions?.[verb];
    if (!command || !handler)
      return privateMessage(translate(commonTexts, ctx.locale, 'staleButton'), { tone: 'warning' });
    await checkAccess(ctx, command);
    return handler(ctx, arg, invocation.type === 'form' ? invocation.values : null);
  }

  return {
    find: (name) => byName.get(name),
    async dispatch(invocation) {
      let locale: Locale = normalizeLocale(invocation.caller.locale) ?? 'en';
      try {
        const ctx = await context(invocation);
        locale = ctx.locale;
        return await run(invocation, ctx);
      } catch (error) {
        if (isDomainError(error)) return privateMessage(errorText(error, locale), { tone: 'error' });
        if (deps.isUnavailable?.(error)) {
          deps.logger?.error({ err: error, invocation: describe(invocation) }, 'command failed: database unavailable');
          return privateMessage(unavailableText(), { tone: 'error' });
        }
        const ref = Math.random().toString(36).slice(2, 10);
        deps.logger?.error({ err: error, ref, invocation: describe(invocation) }, 'command failed');
        return privateMessage(`${errorText(error, locale)} (ref ${ref})`, { tone: 'error' });
      }
    },
  };
}

/** "Temporarily unavailable" in every language, the caller's own first is unknowable without the database. */
function unavailableText(): string {
  const error = new DomainError('service.unavailable');
  return LOCALES.map((locale) => errorText(error, locale)).join('\n');
}

function describe(invocation: Invocation): Record<string, unknown> {
  const { caller } = invocation;
  const base = {
    type: invocation.type,
    platform: caller.platform,
    workspaceId: caller.workspaceId,
    userId: caller.userId,
  };
  if (invocation.type === 'command') return { ...base, name: invocation.name, subcommand: invocation.subcommand };
  if (invocation.type === 'action' || invocation.type === 'form') return { ...base, action: invocation.action };
  return base;
}

/** Checks types, required options, lengths, ranges and choices; throws a DomainError naming the option. */
export function validateOptions(
  spec: readonly OptionDefinition[],
  given: Readonly<Record<string, OptionValue>>,
): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {};
  for (const option of spec) {
    const field = option.name;
    const raw = given[option.name];
    if (raw === undefined || raw === '') {
      if (option.required) throw new DomainError('validation.required', { field });
      continue;
    }
    if (option.type === 'string') {
      const text = String(raw);
      const max = option.maxLength ?? 1000;
      if ([...text].length > max) throw new DomainError('validation.too_long', { field, max });
      if (option.choices && !option.choices.some((c) => c.value === text)) {
        throw new DomainError('validation.invalid', { field, reason: option.choices.map((c) => c.value).join(' | ') });
      }
      out[option.name] = text;
    } else if (option.type === 'boolean') {
      const value = typeof raw === 'boolean' ? raw : /^(true|yes|1|是|y)$/i.test(String(raw).trim());
      out[option.name] = value;
    } else {
      const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
      if (!Number.isFinite(value) || (option.type === 'integer' && !Number.isInteger(value))) {
        throw new DomainError('validation.invalid', {
          field,
          reason: option.type === 'integer' ? REASONS.wholeNumber : REASONS.number,
        });
      }
      if ((option.min !== undefined && value < option.min) || (option.max !== undefined && value > option.max)) {
        throw new DomainError('validation.invalid', { field, reason: `${option.min ?? '…'}–${option.max ?? '…'}` });
      }
      out[option.name] = value;
    }
  }
  return out;
}
