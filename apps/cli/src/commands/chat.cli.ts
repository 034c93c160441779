import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { type Caller, catalogue, createDispatcher } from '@snowball/commands';
import { communityName, isLocale, type Locale, type Member, systemActor } from '@snowball/core';
import { isDatabaseUnavailable } from '@snowball/db';
import { CliError } from '../cli-error.js';
import type { System } from '../compose/open-system.js';
import { ChatSession } from '../simulator/chat-session.js';
import { drainInbox } from '../simulator/simulator-messenger.js';

export interface ChatOptions {
  readonly as: string;
  readonly community: string;
  readonly lang?: string;
  readonly script?: string;
}

/** `snowball chat --as <handle|email>`: the member experience in a terminal, or a scripted transcript. */
export async function chatCommand(system: System, options: ChatOptions, out: (text: string) => void): Promise<void> {
  const { ports } = system;
  const community =
    (await ports.communities.getBySlug(options.community)) ?? (await ports.communities.get(options.community));
  if (!community) {
    throw new CliError(
      `No club "${options.community}": pass --community SLUG (see \`snowball club list\`), create one with \`snowball club create\`, or load the demo with \`snowball demo\`.`,
    );
  }
  await system.core.attachWorkspace({
    actor: systemActor(community.id, 'cli'),
    communityId: community.id,
    platform: 'simulator',
    workspaceId: community.slug,
  });
  const who = options.as.replace(/^@/, '');
  const member: Member | null =
    (await ports.members.getByHandle(community.id, who)) ??
    (who.includes('@') ? await ports.members.getByEmail(community.id, who) : null);
  // Someone who applied as `--as newcomer@example.com` keeps that account once approved: one person, one account,
  // so direct messages reach one inbox and are never delivered twice.
  const typedId = who.toLowerCase();
  const typedAccount = await ports.accounts.find('simulator', community.slug, typedId);
  const userId = typedAccount || !member ? typedId : member.id;
  if (member && !typedAccount && !(await ports.accounts.find('simulator', community.slug, userId))) {
    await ports.accounts.link({
      communityId: community.id,
      platform: 'simulator',
      workspaceId: community.slug,
      platformUserId: userId,
      memberId: member.id,
      linkedAt: ports.clock.now(),
    });
  }
  const locale: Locale = isLocale(options.lang) ? options.lang : (member?.locale ?? community.settings.defaultLocale);
  const caller: Caller = {
    platform: 'simulator',
    workspaceId: community.slug,
    userId,
    userName: member?.displayName ?? who,
    locale,
  };
  // Links the simulator shows (calendar feeds, login links) point where people reach this deployment.
  const dispatcher = createDispatcher({
    core: system.core,
    commands: catalogue,
    publicUrl: system.config.publicUrl,
    isUnavailable: isDatabaseUnavailable,
  });
  const session = new ChatSession(dispatcher, catalogue, caller, locale, system.core);
  const showInbox = async () => {
    if (!system.redis) return;
    for (const dm of await drainInbox(system.redis, system.config.SNOWBALL_QUEUE_PREFIX, community.id, userId))
      out(session.showDirectMessage(dm));
  };

  if (options.script) {
    const lines = (await readFile(options.script, 'utf8')).split('\n');
    out(`# ${communityName(community, locale)} — ${caller.userName}`);
    for (const [i, line] of lines.entries()) {
      // Comments are skipped; an empty line is skipped too, except in a form, where it is Enter (skip, keep).
      if (line.trim().startsWith('#')) continue;
      if (!line.trim() && (!session.fillingForm || i === lines.length - 1)) continue;
      out(`${session.prompt}${line}`);
      const reply = await session.input(line);
      if (reply) out(reply);
      await showInbox();
    }
    return;
  }

  out(`${communityName(community, locale)} — ${caller.userName}\n${session.help()}`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const timer = setInterval(() => void showInbox().catch(() => undefined), 1000);
  try {
    for (;;) {
      const line = await rl.question(session.prompt).catch(() => '/quit');
      if (line.trim() === '/quit' || line.trim() === '/exit') break;
      const reply = await session.input(line);
      if (reply) out(reply);
    }
  } finally {
    clearInterval(timer);
    rl.close();
  }
}
