import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from './config.js';

const HELP = `snowball — run a paid, vetted business club on Discord and Slack

Usage: snowball <command> [options]

  quickstart                 migrate, load the demo club and start everything (embedded defaults)
  start [--roles api,bot,worker]   start the given roles in this process (default: all)
  migrate                    apply database migrations (safe to run from several processes)
  demo [--community SLUG]    load the bilingual demo club
  doctor                     check configuration, PostgreSQL and Redis
  chat --as HANDLE|EMAIL [--community SLUG] [--lang zh-CN|en] [--script FILE]
                             (--lang applies to people who have not chosen a language yet)
                             use the member commands in a terminal, no Discord or Slack needed
  admin invite --community SLUG --role owner|moderator|coach [--member HANDLE|EMAIL]
                             print a one-time admin panel login link
  match --input FILE [--top N]   preview a matching round on a JSON-lines file of profiles

Configuration comes from environment variables; see the README.`;

const out = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
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
      help: { type: 'boolean', short: 'h' },
    },
  });
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
      return (await doctorCommand(config, out)) ? 0 : 1;
    }
    case 'demo': {
      const { openSystem } = await import('./compose/open-system.js');
      const { demoCommand } = await import('./commands/demo.cli.js');
      const system = await openSystem(config);
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
      const system = await openSystem(config);
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

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof UsageError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`snowball: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
