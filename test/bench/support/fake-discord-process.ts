/**
 * The fake Discord in a child process, for benchmarks: in production Discord's servers are elsewhere, so the CPU
 * and memory the fake spends holding a 100,000-member guild and answering its listing pages must not be charged
 * to the process being measured. Same FakeDiscord as the tests use; the parent talks to it over IPC.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FakeDiscord, type FakeDiscordGuild } from '../../../packages/testkit/src/discord/index.js';

type Question =
  /** Users the guild holds, and those among them who hold the member role. */
  | { readonly op: 'seed'; readonly users: readonly string[]; readonly roleHolders: readonly string[] }
  /** The routes of the REST calls received so far, from `from` on, and the global 429s refused so far. */
  | { readonly op: 'calls'; readonly from: number };
type Request = Question & { readonly id: number };

interface Started {
  readonly url: string;
  readonly token: string;
  readonly guild: FakeDiscordGuild;
}

/** What the fake answered so far. */
export interface FakeDiscordCalls {
  readonly routes: readonly string[];
  readonly total: number;
  readonly refused: number;
}

/** The parent's handle on the fake. */
export interface FakeDiscordProcess {
  readonly url: string;
  readonly token: string;
  readonly guild: FakeDiscordGuild;
  seed(users: readonly string[], roleHolders: readonly string[]): Promise<void>;
  calls(from: number): Promise<FakeDiscordCalls>;
  close(): Promise<void>;
}

export async function startFakeDiscordProcess(options: { globalRateLimit: number }): Promise<FakeDiscordProcess> {
  const child: ChildProcess = fork(
    fileURLToPath(import.meta.url),
    ['--fake-discord-child', String(options.globalRateLimit)],
    { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  let next = 0;
  const pending = new Map<number, (value: unknown) => void>();
  const started = await new Promise<Started>((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (message) => resolve(message as Started));
  });
  child.on('message', (message) => {
    const { id, value } = message as { id: number; value: unknown };
    pending.get(id)?.(value);
    pending.delete(id);
  });
  const ask = <T>(request: Question): Promise<T> =>
    new Promise<T>((resolve) => {
      const id = ++next;
      pending.set(id, resolve as (value: unknown) => void);
      child.send({ ...request, id });
    });
  return {
    ...started,
    seed: (users, roleHolders) => ask({ op: 'seed', users, roleHolders }),
    calls: (from) => ask({ op: 'calls', from }),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

if (process.argv.includes('--fake-discord-child')) {
  const limit = Number(process.argv[process.argv.indexOf('--fake-discord-child') + 1]);
  const fake = await FakeDiscord.start({ globalRateLimit: limit });
  const send = (message: unknown) => process.send?.(message);
  process.on('message', (message) => {
    const request = message as Request;
    if (request.op === 'seed') {
      for (const [i, id] of request.users.entries()) fake.newUser(`m${i}`, { id });
      for (const id of request.roleHolders) fake.setMemberRole(fake.guild.id, id, fake.guild.memberRoleId, true);
      send({ id: request.id, value: null });
    } else {
      const routes = fake.calls.slice(request.from).map((c) => c.route);
      const value: FakeDiscordCalls = { routes, total: fake.calls.length, refused: fake.globalLimit?.refused ?? 0 };
      send({ id: request.id, value });
    }
  });
  process.on('SIGTERM', () => {
    void fake.close().finally(() => process.exit(0));
  });
  send({ url: fake.url, token: fake.token, guild: fake.guild } satisfies Started);
}
