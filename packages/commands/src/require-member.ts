import type { Actor, Member } from '@snowball/core';
import type { CommandContext } from './definition.js';

/** The acting member of a member-only command: the dispatcher checked access, so a missing one is a bug. */
export function requireMember(ctx: CommandContext): {
  readonly actor: Extract<Actor, { kind: 'member' }>;
  readonly member: Member;
  readonly communityId: string;
} {
  const { actor, member } = ctx;
  if (actor?.kind !== 'member' || !member) throw new Error('member access without a member');
  return { actor, member, communityId: ctx.community.id };
}

/** The timezone to show times in: the member's own, else the club's. */
export function timezoneOf(ctx: CommandContext): string {
  return ctx.member?.timezone ?? ctx.community.settings.timezone;
}
