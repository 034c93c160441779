import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { createPglite, type PostgresHandle, postgresHandle } from './open-database.js';
import { type PgliteServer, servePglite } from './pglite-server.js';

/**
 * How a process uses the embedded database:
 * - `serve`: it must be the one that opens the data directory (`snowball start`); waits a little for a
 *   short-lived holder to finish, then fails.
 * - `share`: it joins the process that serves it, or serves it itself while nobody does (CLI commands).
 */
export type EmbeddedMode = 'serve' | 'share';

export interface EmbeddedDatabaseOptions {
  /** The PGlite data directory. Its lock file sits beside it (`<dir>.lock`). */
  readonly dir: string;
  readonly mode: EmbeddedMode;
  /** Shown to other processes in messages ("snowball start"). */
  readonly command: string;
  /** How long to wait for the serving process to answer, or (mode `serve`) for a holder to go away. */
  readonly waitMs?: number;
  /**
   * Runs in the process that opens the directory before any other may connect (migrations): others never see
   * a half-migrated schema, and two processes never migrate the one session at once.
   */
  readonly prepare?: (handle: PostgresHandle) => Promise<void>;
}

/** Who serves the embedded database, and how this process reaches it. */
export interface EmbeddedInfo {
  readonly dir: string;
  /** `server`: this process opened the directory and serves it; `client`: another process does. */
  readonly role: 'server' | 'client';
  readonly pid: number;
  readonly command: string;
  readonly port: number;
}

/** An embedded database handle: a postgres-js pool on the one process that opened the data directory. */
export type EmbeddedHandle = PostgresHandle & { readonly embedded: EmbeddedInfo };

/** The embedded database cannot be used from this process; the message is one line that says what to do. */
export class EmbeddedDatabaseError extends Error {
  override readonly name = 'EmbeddedDatabaseError';
}

interface LockFile {
  readonly pid: number;
  readonly command: string;
  /** Null while the holder is still opening PGlite. */
  readonly port: number | null;
  /** Held by a server (`snowball start`) rather than a short command that will soon let go. */
  readonly serving: boolean;
  /** What clients must send; the lock file is readable by its owner only. */
  readonly password?: string;
}

const HOST = '127.0.0.1';

/**
 * Opens the embedded PGlite database so that several processes can use it: exactly one process opens the
 * data directory (guarded by a lock file holding its pid) and serves it on loopback over the PostgreSQL
 * protocol; every process, that one included, queries it through postgres-js. No second process ever opens
 * the directory itself.
 */
export async function openEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedHandle> {
  const dir = resolve(options.dir);
  const lockPath = `${dir}.lock`;
  // A joiner waits for a starting server (PGlite and migrations take a while); a server only for a short command.
  const deadline = Date.now() + (options.waitMs ?? (options.mode === 'serve' ? 15_000 : 60_000));
  for (;;) {
    const serving = options.mode === 'serve';
    if (await createLock(lockPath, { pid: process.pid, command: options.command, port: null, serving })) {
      return serve(dir, lockPath, { command: options.command, serving, prepare: options.prepare });
    }
    const holder = await readLock(lockPath);
    if (holder && !isAlive(holder.pid)) {
      // Left by a process that died without cleaning up: its data is on disk, the lock means nothing.
      await removeLock(lockPath, holder.pid);
      continue;
    }
    if (holder && options.mode === 'share' && holder.port !== null) {
      return connect(dir, holder as LockFile & { port: number });
    }
    if (Date.now() > deadline || (holder?.serving && options.mode === 'serve')) {
      if (!holder) {
        throw new EmbeddedDatabaseError(
          `The embedded database lock ${lockPath} is unreadable; if no snowball process is running, delete it.`,
        );
      }
      if (options.mode === 'serve') {
        throw new EmbeddedDatabaseError(
          `The embedded database in ${dir} is in use by process ${holder.pid} (${holder.command}); stop it first, or set DATABASE_URL to use PostgreSQL.`,
        );
      }
      throw new EmbeddedDatabaseError(
        `The embedded database in ${dir} is held by process ${holder.pid} (${holder.command}) but it is not serving it yet; wait for it to start, or stop it and retry.`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function serve(
  dir: string,
  lockPath: string,
  options: Pick<EmbeddedDatabaseOptions, 'command' | 'prepare'> & { readonly serving: boolean },
): Promise<EmbeddedHandle> {
  const { command, serving } = options;
  const password = randomBytes(18).toString('base64url');
  let pglite: PGlite | undefined;
  let server: PgliteServer | undefined;
  let client: postgres.Sql | undefined;
  const shutDown = async () => {
    await client?.end({ timeout: 5 });
    // Others lose the database here: they report it on their next query, like a stopped PostgreSQL.
    await server?.close();
    await pglite?.close();
    await removeLock(lockPath, process.pid);
  };
  try {
    pglite = await createPglite(dir);
    server = await servePglite(pglite, { host: HOST, password });
    client = pool(server.port, password);
    const handle = postgresHandle(client, shutDown);
    await options.prepare?.(handle);
    // Only now may others connect: the lock gets the port.
    await replaceLock(lockPath, { pid: process.pid, command, port: server.port, serving, password });
    return { ...handle, embedded: { dir, role: 'server', pid: process.pid, command, port: server.port } };
  } catch (error) {
    await shutDown().catch(() => undefined);
    throw error;
  }
}

async function connect(dir: string, holder: LockFile & { port: number }): Promise<EmbeddedHandle> {
  const client = pool(holder.port, holder.password);
  const handle = postgresHandle(client);
  try {
    await handle.ping();
  } catch {
    await client.end({ timeout: 1 }).catch(() => undefined);
    throw new EmbeddedDatabaseError(
      `The embedded database in ${dir} is served by process ${holder.pid} (${holder.command}), which does not answer on ${HOST}:${holder.port}; restart it, or set DATABASE_URL to use PostgreSQL.`,
    );
  }
  return {
    ...handle,
    embedded: { dir, role: 'client', pid: holder.pid, command: holder.command, port: holder.port },
  };
}

function pool(port: number, password: string | undefined): postgres.Sql {
  // Unnamed statements only: the one PGlite session would otherwise keep every connection's prepared statements.
  return postgres({
    host: HOST,
    port,
    user: 'postgres',
    ...(password ? { password } : {}),
    database: 'postgres',
    max: 10,
    prepare: false,
    connect_timeout: 5,
    onnotice: () => {},
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function createLock(path: string, lock: LockFile): Promise<boolean> {
  try {
    await writeFile(path, JSON.stringify(lock), { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      await mkdir(dirname(path), { recursive: true });
      return createLock(path, lock);
    }
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Rewrites the lock atomically, so a reader never sees half a file. */
async function replaceLock(path: string, lock: LockFile): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(lock), { mode: 0o600 });
  await rename(temporary, path);
}

async function readLock(path: string): Promise<LockFile | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockFile>;
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      command: typeof parsed.command === 'string' ? parsed.command : 'snowball',
      port: typeof parsed.port === 'number' ? parsed.port : null,
      serving: parsed.serving === true,
      ...(typeof parsed.password === 'string' ? { password: parsed.password } : {}),
    };
  } catch {
    return null;
  }
}

/** Removes the lock only if it still names `pid` (a new holder may have taken it meanwhile). */
async function removeLock(path: string, pid: number): Promise<void> {
  const current = await readLock(path);
  if (current && current.pid !== pid) return;
  await unlink(path).catch(() => undefined);
}
