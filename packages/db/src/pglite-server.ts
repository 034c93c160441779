import { timingSafeEqual } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/** A PGlite database served over the PostgreSQL wire protocol on loopback. */
export interface PgliteServer {
  readonly host: string;
  readonly port: number;
  /** Stops accepting connections and drops the open ones; the PGlite instance stays open. */
  close(): Promise<void>;
}

const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;
const PROTOCOL_3 = 196_608;
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);
/** AuthenticationCleartextPassword. */
const AUTH_CLEARTEXT = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]);
const PASSWORD_FAILED = errorResponse('28P01', 'password authentication failed');

function errorResponse(code: string, text: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${text}\0\0`);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([header, fields]);
}

function samePassword(given: Buffer, expected: string): boolean {
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * Serves one PGlite to many PostgreSQL clients (other snowball processes, and this one through postgres-js).
 *
 * PGlite is a single backend session, so clients take turns: a client holds the session from its first message
 * until a Sync or simple Query leaves no transaction open. Messages of two clients are never interleaved between
 * Parse and Sync (the unnamed statement and portal are shared by the one session), and a transaction runs alone,
 * the same serialisation PGlite applies to its own in-process `transaction()`. A client that disconnects in the
 * middle of a transaction has it rolled back.
 */
export async function servePglite(
  pglite: PGlite,
  options: {
    readonly host?: string;
    readonly port?: number;
    /** Clients must send it (cleartext password auth; loopback only): PGlite itself trusts anyone. */
    readonly password?: string;
  } = {},
): Promise<PgliteServer> {
  const host = options.host ?? '127.0.0.1';
  const session = new SessionTurns();
  const sockets = new Set<Socket>();
  let nextId = 1;

  const server = createServer((socket) => {
    const id = nextId++;
    sockets.add(socket);
    socket.setNoDelay(true);
    let buffer: Buffer = Buffer.alloc(0);
    let started = false;
    /** The startup message, held until the client has given the password. */
    let pendingStartup: Buffer | null = null;
    let chain: Promise<void> = Promise.resolve();
    let closed = false;

    const run = async (message: Buffer, type: string): Promise<void> => {
      if (closed) return;
      await session.acquire(id);
      if (closed) {
        await session.abandon(id, pglite);
        return;
      }
      try {
        await pglite.runExclusive(() =>
          pglite.execProtocolRawStream(new Uint8Array(message), {
            onRawData: (data) => {
              if (!socket.destroyed) socket.write(Buffer.from(data));
            },
          }),
        );
      } catch (error) {
        socket.destroy(error instanceof Error ? error : new Error(String(error)));
        await session.abandon(id, pglite);
        return;
      }
      // The turn ends where the client waits for ReadyForQuery outside a transaction.
      if ((type === 'S' || type === 'Q' || type === 'startup') && !pglite.isInTransaction()) session.release(id);
    };

    const onData = (data: Buffer) => {
      buffer = buffer.length ? Buffer.concat([buffer, data]) : data;
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (length < 8 || length > 10_000) {
            socket.destroy();
            return;
          }
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            socket.write('N');
            continue;
          }
          if (code === CANCEL_REQUEST || code !== PROTOCOL_3) {
            // No second backend to signal; an unknown protocol version gets nothing either.
            socket.end();
            return;
          }
          started = true;
          if (options.password !== undefined) {
            pendingStartup = Buffer.from(message);
            socket.write(AUTH_CLEARTEXT);
            continue;
          }
          chain = chain.then(() => run(Buffer.from(message), 'startup'));
          continue;
        }
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1) + 1;
        if (length < 5) {
          socket.destroy();
          return;
        }
        if (buffer.length < length) return;
        const type = String.fromCharCode(buffer[0] ?? 0);
        const message = Buffer.from(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
        if (pendingStartup) {
          const startup = pendingStartup;
          pendingStartup = null;
          if (type !== 'p' || !samePassword(message.subarray(5, -1), options.password ?? '')) {
            socket.end(PASSWORD_FAILED);
            return;
          }
          chain = chain.then(() => run(startup, 'startup'));
          continue;
        }
        if (type === 'X') {
          socket.end();
          return;
        }
        chain = chain.then(() => run(message, type));
      }
    };

    socket.on('data', onData);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closed = true;
      sockets.delete(socket);
      chain = chain.then(() => session.abandon(id, pglite));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host,
    port,
    close: async () => {
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await done;
      await session.idle();
    },
  };
}

/** Whose turn it is on the one PGlite session, and who waits, first come first served. */
class SessionTurns {
  private owner: number | null = null;
  private readonly waiting: { id: number; go: () => void }[] = [];
  private settled: Promise<void> = Promise.resolve();

  acquire(id: number): Promise<void> {
    if (this.owner === id) return Promise.resolve();
    if (this.owner === null) {
      this.owner = id;
      return Promise.resolve();
    }
    return new Promise((go) => this.waiting.push({ id, go }));
  }

  release(id: number): void {
    if (this.owner !== id) return;
    const next = this.waiting.shift();
    this.owner = next?.id ?? null;
    next?.go();
  }

  /** A client left: roll back what it left open, then pass the turn on. */
  async abandon(id: number, pglite: PGlite): Promise<void> {
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      if (this.waiting[i]?.id === id) this.waiting.splice(i, 1);
    }
    if (this.owner !== id) return;
    const rollback = (async () => {
      if (pglite.closed) return;
      // A Sync ends an extended-protocol batch it may have left half-sent (and any error it was skipping to).
      await pglite.runExclusive(() => pglite.execProtocolRaw(SYNC)).catch(() => undefined);
      if (pglite.isInTransaction()) await pglite.exec('ROLLBACK').catch(() => undefined);
    })();
    this.settled = this.settled.then(() => rollback);
    await rollback;
    this.release(id);
  }

  idle(): Promise<void> {
    return this.settled;
  }
}
