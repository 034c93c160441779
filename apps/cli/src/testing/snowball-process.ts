import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FakeDiscord } from '@snowball/testkit';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** One `snowball start` process: its output, a promise for the line that says it is up, and one for its exit. */
export interface SnowballProcess {
  readonly child: ChildProcess;
  readonly output: string[];
  /** Resolves once the output matches `upWhen`; rejects if the process exits first. */
  readonly up: Promise<void>;
  readonly exited: Promise<{ code: number | null; at: number }>;
}

/** Starts `snowball start --roles <roles>` as a real process from the repository root, with `env` over ours. */
export function startSnowballProcess(roles: string, env: Record<string, string>, upWhen: RegExp): SnowballProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'start', '--roles', roles], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once('exit', (code) => resolve({ code, at: Date.now() })),
  );
  const up = new Promise<void>((resolve, reject) => {
    const seen = (chunk: string) => {
      output.push(chunk);
      if (upWhen.test(output.join(''))) resolve();
    };
    child.stdout?.setEncoding('utf8').on('data', seen);
    child.stderr?.setEncoding('utf8').on('data', seen);
    void exited.then(({ code }) =>
      reject(new Error(`${roles} exited (${code}) before it was up:\n${output.join('')}`)),
    );
  });
  return { child, output, up, exited };
}

/**
 * The environment of a `snowball start` process for the club `community` on the database at `databaseUrl`, the
 * test's Redis under `queuePrefix`, and the fake Discord (its guild attached), listening on 127.0.0.1.
 */
export function snowballProcessEnv(options: {
  readonly databaseUrl: string;
  readonly queuePrefix: string;
  readonly community: string;
  readonly discord: FakeDiscord;
}): Record<string, string> {
  const { discord } = options;
  return {
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: process.env.REDIS_URL as string,
    SNOWBALL_QUEUE_PREFIX: options.queuePrefix,
    SNOWBALL_COMMUNITY: options.community,
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_IDS: discord.guild.id,
    DISCORD_PUBLIC_KEY: discord.publicKey,
    DISCORD_API_URL: discord.url,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  };
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
