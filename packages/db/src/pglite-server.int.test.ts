import { connect } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgliteServer, servePglite } from './pglite-server.js';

describe('servePglite: one PGlite, many PostgreSQL clients', () => {
  let pglite: PGlite;
  let server: PgliteServer;
  const pools: postgres.Sql[] = [];
  const pool = (options: { prepare?: boolean; max?: number; password?: string } = {}) => {
    const sql = postgres({
      host: server.host,
      port: server.port,
      user: 'postgres',
      password: options.password ?? 'open sesame',
      database: 'postgres',
      max: options.max ?? 5,
      prepare: options.prepare ?? false,
      onnotice: () => {},
    });
    pools.push(sql);
    return sql;
  };

  beforeAll(async () => {
    pglite = await PGlite.create();
    server = await servePglite(pglite, { password: 'open sesame' });
    await pool()`create table counter (id int primary key, n int not null)`;
    await pool()`insert into counter values (1, 0)`;
  });

  afterAll(async () => {
    for (const sql of pools) await sql.end({ timeout: 1 });
    await server.close();
    await pglite.close();
  });

  it('refuses a client without the password', async () => {
    await expect(pool({ password: 'guess' })`select 1`).rejects.toThrow('password authentication failed');
  });

  it('answers each client its own results when their statements arrive at the same time', async () => {
    const a = pool();
    const b = pool({ prepare: true });
    const answers = await Promise.all(
      Array.from({ length: 120 }, (_, i) => (i % 2 ? a : b)`select ${i}::int as i, ${`v${i}`}::text as v`),
    );
    expect(answers.map((rows) => [rows[0]?.i, rows[0]?.v])).toEqual(
      Array.from({ length: 120 }, (_, i) => [i, `v${i}`]),
    );
  });

  it('runs transactions of different clients one after the other, so none loses an update', async () => {
    const clients = [pool(), pool(), pool()];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (clients[i % 3] as postgres.Sql).begin(async (tx) => {
          const [row] = await tx`select n from counter where id = 1`;
          await new Promise((resolve) => setTimeout(resolve, 1));
          await tx`update counter set n = ${(row?.n as number) + 1} where id = 1`;
        }),
      ),
    );
    const [row] = await pool()`select n from counter where id = 1`;
    expect(row?.n).toBe(30);
  });

  it('rolls back what a failed transaction wrote', async () => {
    const sql = pool();
    await expect(
      sql.begin(async (tx) => {
        await tx`update counter set n = -1 where id = 1`;
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const [row] = await pool()`select n from counter where id = 1`;
    expect(row?.n).toBe(30);
  });

  it('resets the session when a client leaves in the middle of a failed statement, before its Sync', async () => {
    // Already connected: its next query sends no startup message that could reset the session by chance.
    const survivor = pool({ max: 1 });
    await survivor`select 1`;
    const socket = connect(server.port, server.host);
    const received: Buffer[] = [];
    socket.on('data', (chunk) => received.push(chunk));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const params = Buffer.from('user\0postgres\0database\0postgres\0\0');
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(8 + params.length, 0);
    startup.writeInt32BE(196_608, 4);
    socket.write(Buffer.concat([startup, params]));
    const secret = Buffer.from('open sesame\0');
    const password = Buffer.alloc(5);
    password.write('p', 0);
    password.writeInt32BE(4 + secret.length, 1);
    socket.write(Buffer.concat([password, secret]));
    const body = Buffer.concat([Buffer.from('\0selec oops\0'), Buffer.from([0, 0])]);
    const parse = Buffer.alloc(5);
    parse.write('P', 0);
    parse.writeInt32BE(4 + body.length, 1);
    socket.write(Buffer.concat([parse, body]));
    // Wait for the ErrorResponse, then leave without the Sync the backend now waits for.
    await new Promise<void>((resolve) => {
      const check = () => (Buffer.concat(received).includes('syntax error') ? resolve() : setTimeout(check, 10));
      check();
    });
    socket.destroy();
    const [row] = await survivor`select 41 + 1 as answer`;
    expect(row?.answer).toBe(42);
  });

  it('rolls back the open transaction of a client that disconnects, and lets the others go on', async () => {
    const leaving = pool({ max: 1 });
    const reserved = await leaving.reserve();
    await reserved`begin`;
    await reserved`update counter set n = 999 where id = 1`;
    const other = pool();
    // Waits for its turn: the leaving client holds the session in its transaction.
    const waiting = other`select n from counter where id = 1`;
    await leaving.end({ timeout: 0 });
    const [row] = await waiting;
    expect(row?.n).toBe(30);
  });
});
