import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';
import { type Config, ConfigError, loadConfig } from './config.js';

const HELP = `snowball — run a paid, vetted business club on Discord and Slack

Usage: snowball <command> [options]

  quickstart                 migrate, load the demo club and start everything (embedded defaults)
  start [--roles api,bot,worker]   start the given roles in this process (default: all)
  migrate                    apply database migrations (safe to run from several processes)
  demo [--community SLUG]    load the bilingual demo club
  doctor [--community SLUG]  check configuration, PostgreSQL and Redis (and a club's platform connections)
  club create --slug SLUG --name NAME [--name-zh NAME] --owner EMAIL [--owner-name NAME]
              [--fee AMOUNT] [--currency CNY|USD|...] [--timezone Asia/Shanghai] [--language zh-CN|en]
                             create an empty club with its first owner; prints the owner's login link
  club list                  list the clubs of this deployment
  stats [--community SLUG] [--json]
                             the club's figures: headline, at risk, new contributors per month, deals per
                             quarter, cohorts, referral conversion (--json: stable JSON, fields in docs/stats.md)
  chat --as HANDLE|EMAIL [--community SLUG] [--lang zh-CN|en] [--script FILE]
                             (--lang applies to people who have not chosen a language yet)
                             use the member commands in a terminal, no Discord or Slack needed
  admin invite --community SLUG --role owner|moderator|coach [--member HANDLE|EMAIL]
                             print a one-time admin panel login link
  match --input FILE [--top N]   preview a matching round on a JSON-lines file of profiles
  automod check [--community SLUG]   JSON lines {"id","text","isNewMember"?} on stdin → one line
                             {"id","action","rules"} per input, with that club's moderation rules (defaults without one)

Configuration comes from environment variables; see the README.`;

const out = (line: string) => process.stdout.write(`${line}\n`);
// `snowball admin invite | head -1`: the reader left, which is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      roles: { type: 'string' },
      community: { type: 'string' },
      as: { type: 'string' },
      lang: { type: 'string' },
      script: { type: 'string' },
      role: { type: 'string' },
      member: { type: 'string' },
      input: { type: 'string' },
      top: { type: 'string' },
      slug: { type: 'string' },
      name: { type: 'string' },
      'name-zh': { type: 'string' },
      owner: { type: 'string' },
      'owner-name': { type: 'string' },
      fee: { type: 'string' },
      currency: { type: 'string' },
      timezone: { type: 'string' },
      language: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    // Unknown option, missing value: a usage error, not a crash.
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n(see snowball --help)`);
  }
  const { values, positionals } = parsed;
  const [command, sub] = positionals;
  if (!command || values.help || command === 'help') {
    out(HELP);
    return 0;
  }
  if (command === 'match') {
    const { matchCommand } = await import('./commands/match.cli.js');
    if (!values.input) throw new UsageError('match needs --input FILE');
    return matchCommand(values.input, Number(values.top ?? 5), out);
  }
  if (command === 'automod') {
    if (sub !== 'check') throw new UsageError('usage: snowball automod check [--community SLUG] < messages.jsonl');
    const { automodCheckCommand } = await import('./commands/automod.cli.js');
    // Only an explicit --community reads a club; without one the default rules need no database.
    return automodCheckCommand({ community: values.community, config: loadConfig }, out);
  }
  const config: Config = loadConfig();
  const slug = values.community ?? config.SNOWBALL_COMMUNITY;
  switch (command) {
    case 'migrate': {
      const { migrateCommand } = await import('./commands/migrate.cli.js');
      await migrateCommand(config, out);
      return 0;
    }
    case 'doctor': {
      const { doctorCommand } = await import('./commands/doctor.cli.js');
      return (await doctorCommand(config, out, { community: values.community })) ? 0 : 1;
    }
    case 'club': {
      if (sub !== 'create' && sub !== 'list')
        throw new UsageError('usage: snowball club create --slug SLUG --name NAME --owner EMAIL | snowball club list');
      const { openSystem } = await import('./compose/open-system.js');
      const { clubCreateCommand, clubListCommand } = await import('./commands/club.cli.js');
      const system = await openSystem(config, { command: `snowball club ${sub}` });
      try {
        if (sub === 'list') {
          await clubListCommand(system, out);
          return 0;
        }
        const input = {
          slug: values.slug,
          name: values.name,
          nameZh: values['name-zh'],
          ownerEmail: values.owner,
          ownerName: values['owner-name'],
          fee: values.fee,
          currency: values.currency,
          timezone: values.timezone,
          language: values.language,
        };
        const err = (line: string) => process.stderr.write(`${line}\n`);
        return (await clubCreateCommand(system, input, out, undefined, err)) ? 0 : 1;
      } finally {
        await system.close();
      }
    }
    case 'stats': {
      const { openSystem } = await import('./compose/open-system.js');
      const { statsCommand } = await import('./commands/stats.cli.js');
      const system = await openSystem(config, { command: 'snowball stats' });
      try {
        await statsCommand(system, { community: slug, json: values.json === true }, out);
      } finally {
        await system.close();
      }
      return 0;
    }
    case 'demo': {
      const { openSystem } = await import('./compose/open-system.js');
      const { demoCommand } = await import('./commands/demo.cli.js');
      const system = await openSystem(config, { command: 'snowball demo' });
      try {
        await demoCommand(system, slug, out);
      } finally {
        await system.close();
      }
      return 0;
    }
    case 'chat': {
      if (!values.as)
        throw new UsageError('chat needs --as HANDLE|EMAIL (try --as owner@example.com on the demo club)');
      const { openSystem } = await import('./compose/open-system.js');
      const { chatCommand } = await import('./commands/chat.cli.js');
      const system = await openSystem(config, { command: 'snowball chat' });
      try {
        await chatCommand(system, { as: values.as, community: slug, lang: values.lang, script: values.script }, out);
      } finally {
        await system.close();
      }
      return 0;
    }
    case 'admin': {
      if (sub !== 'invite')
        throw new UsageError('usage: snowball admin invite --community SLUG --role owner|moderator|coach');
      const { adminInviteCommand } = await import('./commands/admin-invite.cli.js');
      await adminInviteCommand(config, { community: slug, role: values.role ?? 'owner', member: values.member }, out);
      return 0;
    }
    case 'start':
    case 'quickstart': {
      const { startCommand } = await import('./commands/start.cli.js');
      const roles = (values.roles ?? (config.SNOWBALL_ROLES.join(',') || 'api,bot,worker'))
        .split(',')
        .map((r) => r.trim());
      await startCommand(config, { roles, quickstart: command === 'quickstart', community: slug }, out);
      return -1; // keeps running until a signal
    }
    default:
      throw new UsageError(`unknown command "${command}"\n\n${HELP}`);
  }
}

class UsageError extends Error {}

const isExplained = (error: unknown) =>
  error instanceof CliError || (error instanceof Error && error.name === 'EmbeddedDatabaseError');

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    // Errors that say what to do are printed as they are; anything else is a bug and shows its stack.
    if (error instanceof ConfigError || error instanceof UsageError || isExplained(error))
      process.stderr.write(`${(error as Error).message}\n`);
    else process.stderr.write(`snowball: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
