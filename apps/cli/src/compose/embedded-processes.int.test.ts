import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../testing/snowball-process.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** The embedded default: no DATABASE_URL, no Redis, a data directory of its own. */
function environment(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SNOWBALL_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'PUBLIC_URL', 'HOST', 'SNOWBALL_COMMUNITY', 'LANG', 'LC_ALL']) {
    delete env[name];
  }
  return env;
}

function snowball(env: NodeJS.ProcessEnv, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env, stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}

const linkIn = (text: string) => text.match(/http:\/\/\S+\/login\?token=\S+/)?.[0] ?? '';

async function logIn(link: string): Promise<{ status: number; cookie: string }> {
  const response = await fetch(link, { redirect: 'manual' });
  return { status: response.status, cookie: response.headers.get('set-cookie') ?? '' };
}

describe('the embedded database serves several processes', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let server: ChildProcess | undefined;
  let serverOutput = '';

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'snowball-embedded-'));
    env = environment(dataDir, await freePort());
  });

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates a club before anything runs, then `start`, `admin invite` and `chat` share one database', async () => {
    // No server yet: `club create` opens the data directory itself, and lets go when it is done.
    const created = await snowball(env, [
      'club',
      'create',
      '--slug',
      'tea',
      '--name',
      'Tea Makers',
      '--owner',
      'mei@example.com',
      '--language',
      'en',
    ]);
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    const firstLink = linkIn(created.out);
    expect(firstLink).not.toBe('');

    server = spawn(process.execPath, ['--import', 'tsx', MAIN, 'start', '--roles', 'api'], {
      cwd: ROOT,
      env,
      stdio: 'pipe',
    });
    server.stderr?.setEncoding('utf8').on('data', (chunk: string) => (serverOutput += chunk));
    await new Promise<void>((resolve, reject) => {
      server?.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        serverOutput += chunk;
        if (serverOutput.includes('snowball is running')) resolve();
      });
      server?.once('exit', (code) => reject(new Error(`start exited (${code}): ${serverOutput}`)));
    });
    const lock = JSON.parse(await readFile(join(dataDir, 'pglite.lock'), 'utf8')) as { pid: number };
    expect(lock.pid).toBe(server.pid);

    // The link `club create` printed was written by another process: the running server accepts it.
    const first = await logIn(firstLink);
    expect(first.status).toBe(303);
    expect(first.cookie).toContain('snowball_session=');

    // A second process beside the running server, without its PORT: it prints the link on the address the running
    // server recorded, says so, and the link is accepted, once.
    const { PORT: serverPort, ...withoutPort } = env;
    const invite = await snowball(withoutPort, ['admin', 'invite', '--community', 'tea', '--role', 'owner']);
    expect(invite.err).toBe('');
    const link = linkIn(invite.out);
    expect(link.startsWith(`http://127.0.0.1:${serverPort}/login?token=`)).toBe(true);
    expect(invite.out).toContain(`the address of the running snowball server, process ${server.pid}`);
    const session = await logIn(link);
    expect(session.status).toBe(303);
    expect(session.cookie).toContain('snowball_session=');
    expect((await logIn(link)).cookie).not.toContain('snowball_session=');

    const script = join(dataDir, 'me.chat');
    await writeFile(script, '/me\n');
    const chat = await snowball(env, ['chat', '--community', 'tea', '--as', 'mei@example.com', '--script', script]);
    expect(chat.err).toBe('');
    expect(chat.out).toContain('# Tea Makers — mei');
    expect(chat.out).toMatch(/owner/);

    const listed = await snowball(env, ['club', 'list']);
    expect(listed.out).toMatch(/^tea\tTea Makers\ten\t1,000 CNY\tAsia\/Shanghai\t/m);
  }, 240_000);

  it('refuses a second server on the same data directory in one line, naming the process to stop', async () => {
    const second = await snowball(env, ['start', '--roles', 'api']);
    expect(second.code).toBe(1);
    expect(second.err.trim().split('\n')).toEqual([
      `The embedded database in ${join(dataDir, 'pglite')} is in use by process ${server?.pid} (snowball start); stop it first, or set DATABASE_URL to use PostgreSQL.`,
    ]);
  }, 120_000);

  it('recovers the data directory after the server is killed without cleaning up', async () => {
    server?.kill('SIGKILL');
    await new Promise((resolve) => server?.once('exit', resolve));
    const listed = await snowball(env, ['club', 'list']);
    expect(listed.err).toBe('');
    expect(listed.out).toMatch(/^tea\tTea Makers/m);
  }, 120_000);
});
