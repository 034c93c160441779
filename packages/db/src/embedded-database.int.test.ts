import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedDatabaseError, type EmbeddedHandle, openEmbeddedDatabase } from './embedded-database.js';
import { runMigrations } from './migrate.js';
import { rowsOf } from './repositories/sql-helpers.js';
import * as schema from './schema/index.js';

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('openEmbeddedDatabase', () => {
  let root: string;
  let dir: string;
  let first: EmbeddedHandle;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'snowball-embedded-db-'));
    dir = join(root, 'pglite');
    first = await openEmbeddedDatabase({ dir, mode: 'share', command: 'first', prepare: runMigrations });
  });

  afterAll(async () => {
    await first?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('lets the first opener serve the directory and every later one join it', async () => {
    expect(first.embedded).toMatchObject({ role: 'server', pid: process.pid, command: 'first' });
    const lock = JSON.parse(await readFile(`${dir}.lock`, 'utf8'));
    expect(lock).toEqual({
      pid: process.pid,
      command: 'first',
      port: first.embedded.port,
      serving: false,
      password: expect.stringMatching(/^[\w-]{24}$/),
    });
    // Only its owner may read the password that lets a process in.
    expect((await stat(`${dir}.lock`)).mode & 0o777).toBe(0o600);

    const second = await openEmbeddedDatabase({ dir, mode: 'share', command: 'second' });
    try {
      expect(second.embedded).toMatchObject({ role: 'client', pid: process.pid, command: 'first' });
      await second.db.insert(schema.communities).values({
        id: '00000000-0000-4000-8000-000000000001',
        slug: 'shared',
        name: 'Shared',
        settings: {} as never,
        createdAt: new Date('2026-01-01T00:00:00Z'),
      });
      const rows = await first.db.select().from(schema.communities);
      expect(rows.map((r) => r.slug)).toEqual(['shared']);
      await second.ping();
    } finally {
      await second.close();
    }
    // The joiner leaving does not stop the server.
    const [row] = rowsOf<{ n: number }>(await first.db.execute(sql`select count(*)::int as n from communities`));
    expect(row?.n).toBe(1);
  });

  it('refuses to serve a directory another process holds, in one line that names it', async () => {
    const refused = openEmbeddedDatabase({ dir, mode: 'serve', command: 'snowball start', waitMs: 300 });
    await expect(refused).rejects.toThrow(EmbeddedDatabaseError);
    await expect(refused).rejects.toThrow(
      `The embedded database in ${dir} is in use by process ${process.pid} (first); stop it first, or set DATABASE_URL to use PostgreSQL.`,
    );
  });

  it('says clearly when the holder does not answer, and never opens the directory itself', async () => {
    const other = join(root, 'silent');
    const port = await closedPort();
    await writeFile(`${other}.lock`, JSON.stringify({ pid: process.pid, command: 'snowball start', port }));
    const error = await openEmbeddedDatabase({ dir: other, mode: 'share', command: 'snowball chat' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EmbeddedDatabaseError);
    expect((error as Error).message).toBe(
      `The embedded database in ${other} is served by process ${process.pid} (snowball start), which does not answer on 127.0.0.1:${port}; restart it, or set DATABASE_URL to use PostgreSQL.`,
    );
    expect(existsSync(other)).toBe(false);
  });

  it('takes over a lock left by a process that died, lets others in only once prepared, and cleans up', async () => {
    const other = join(root, 'orphan');
    await writeFile(`${other}.lock`, JSON.stringify({ pid: deadPid(), command: 'snowball start', port: 1 }));
    const steps: string[] = [];
    const opening = openEmbeddedDatabase({
      dir: other,
      mode: 'serve',
      command: 'snowball start',
      prepare: async (h) => {
        await h.ping();
        await new Promise((resolve) => setTimeout(resolve, 500));
        steps.push('prepared');
      },
    });
    // A joiner that arrives while the server is still preparing (migrating) waits for it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const joining = openEmbeddedDatabase({ dir: other, mode: 'share', command: 'snowball chat' }).then((h) => {
      steps.push('joined');
      return h;
    });
    const handle = await opening;
    const joiner = await joining;
    try {
      expect(steps).toEqual(['prepared', 'joined']);
      expect(handle.embedded.role).toBe('server');
      expect(joiner.embedded.role).toBe('client');
      expect(JSON.parse(await readFile(`${other}.lock`, 'utf8')).pid).toBe(process.pid);
      await joiner.ping();
    } finally {
      await joiner.close();
      await handle.close();
    }
    expect(existsSync(`${other}.lock`)).toBe(false);
  });
});
