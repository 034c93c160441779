import { createInterface } from 'node:readline';
import { type CommunitySettings, DEFAULT_SETTINGS, moderationSettingsOf } from '@snowball/core';
import { type ModerationClub, runAutomodCli } from '@snowball/moderation';
import type { Config } from '../config.js';

/** The rules `automod check` uses: the club's when a slug is given, else the defaults a new club starts with. */
async function clubRules(config: (() => Config) | undefined, slug: string | undefined): Promise<ModerationClub> {
  const of = (settings: CommunitySettings): ModerationClub => ({
    settings: moderationSettingsOf(settings),
    excludedKeywords: settings.excludedKeywords,
  });
  if (!slug) return of(DEFAULT_SETTINGS);
  if (!config) throw new Error('automod check --community needs the database configuration');
  const { openSystem } = await import('../compose/open-system.js');
  const system = await openSystem(config(), { command: 'snowball automod check' });
  try {
    const community = (await system.ports.communities.getBySlug(slug)) ?? (await system.ports.communities.get(slug));
    if (!community) throw new Error(`No club "${slug}". Run \`snowball demo\` or create one first.`);
    return of(community.settings);
  } finally {
    await system.close();
  }
}

/**
 * `snowball automod check [--community SLUG]`: JSON lines `{"id","text","isNewMember"?}` on stdin, one line
 * `{"id","action","rules"}` per input on stdout, with that club's rules (the defaults when no club is given).
 */
export async function automodCheckCommand(
  options: { readonly community?: string; readonly config?: () => Config },
  out: (line: string) => void,
  input: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const club = await clubRules(options.config, options.community);
  const lines = createInterface({ input, crlfDelay: Infinity });
  const summary = await runAutomodCli(lines, out, club);
  for (const problem of summary.problems) process.stderr.write(`line ${problem.line}: ${problem.error}\n`);
  return summary.problems.length > 0 && summary.checked === 0 ? 1 : 0;
}
