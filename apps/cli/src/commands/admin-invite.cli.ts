import { loginUrl, STAFF_ROLES, type StaffRole, systemActor } from '@snowball/core';
import { CliError } from '../cli-error.js';
import { cliLocale } from '../cli-locale.js';
import { openSystem } from '../compose/open-system.js';
import { linkBase } from '../compose/server-address.js';
import type { Config } from '../config.js';

/** `snowball admin invite`: prints a one-time login link for a staff member (the owner by default). */
export async function adminInviteCommand(
  config: Config,
  options: { readonly community: string; readonly role: string; readonly member?: string },
  out: (line: string) => void,
): Promise<void> {
  if (!STAFF_ROLES.includes(options.role as StaffRole))
    throw new CliError(`--role must be one of ${STAFF_ROLES.join(', ')}`);
  const role = options.role as StaffRole;
  const system = await openSystem(config, { command: 'snowball admin invite' });
  try {
    const { ports } = system;
    const community =
      (await ports.communities.getBySlug(options.community)) ?? (await ports.communities.get(options.community));
    if (!community) {
      throw new CliError(
        `No club "${options.community}" (see \`snowball club list\`); create one with \`snowball club create\` or load the demo with \`snowball demo\`.`,
      );
    }
    let memberId: string | undefined;
    if (options.member) {
      const who = options.member.replace(/^@/, '');
      const member =
        (await ports.members.getByHandle(community.id, who)) ?? (await ports.members.getByEmail(community.id, who));
      if (!member) throw new CliError(`No member "${options.member}" in ${community.slug}.`);
      memberId = member.id;
    } else {
      memberId = (await ports.staff.list(community.id)).find((s) => s.role === role)?.memberId;
      if (!memberId) throw new CliError(`Nobody in ${community.slug} has the role ${role}; pass --member.`);
    }
    const { token, expiresAt } = await system.core.issueLoginLink({
      actor: systemActor(community.id, 'cli'),
      communityId: community.id,
      memberId,
      role,
    });
    const base = await linkBase(config, cliLocale());
    out(loginUrl(base.url, token));
    out(`(one-time link for ${role}, valid until ${expiresAt.toISOString()})`);
    out(base.note);
  } finally {
    await system.close();
  }
}
