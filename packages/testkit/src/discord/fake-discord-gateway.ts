import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import type { DiscordJson } from './discord-payloads.js';

interface Session {
  readonly socket: WebSocket;
  readonly id: string;
  seq: number;
  ready: boolean;
}

export interface FakeDiscordGatewayOptions {
  readonly token: string;
  /** READY's `d`, built per session (session id and resume URL are filled in here). */
  readonly ready: () => DiscordJson;
  /** The GUILD_CREATE payloads sent after READY. */
  readonly guilds: () => readonly DiscordJson[];
  readonly url: () => string;
}

/**
 * The gateway side of the fake: HELLO on connect, heartbeat ACKs, IDENTIFY → READY then GUILD_CREATE for
 * every guild, RESUME → RESUMED; dispatches go to every identified session with increasing sequence numbers.
 */
export class FakeDiscordGateway {
  private readonly wss: WebSocketServer;
  private readonly sessions = new Set<Session>();
  private readonly readyWaiters: (() => void)[] = [];
  /** Every frame the clients sent, for tests that check the handshake. */
  readonly received: { op: number; d: unknown }[] = [];

  constructor(
    server: Server,
    private readonly options: FakeDiscordGatewayOptions,
  ) {
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket) => this.open(socket));
  }

  /** How many sessions have identified and are receiving dispatches. */
  get readySessions(): number {
    return [...this.sessions].filter((s) => s.ready).length;
  }

  /** Resolves once a client has identified (immediately if one already has). */
  waitForReady(timeoutMs = 10_000): Promise<void> {
    if (this.readySessions > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no gateway session became ready')), timeoutMs);
      this.readyWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Sends a dispatch (op 0) to every identified session; returns how many received it. */
  dispatch(event: string, data: unknown): number {
    let sent = 0;
    for (const session of this.sessions) {
      if (!session.ready) continue;
      this.send(session, { op: 0, t: event, s: ++session.seq, d: data });
      sent += 1;
    }
    return sent;
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private open(socket: WebSocket): void {
    const session: Session = { socket, id: randomBytes(16).toString('hex'), seq: 0, ready: false };
    this.sessions.add(session);
    socket.on('close', () => this.sessions.delete(session));
    socket.on('error', () => this.sessions.delete(session));
    socket.on('message', (raw) => this.receive(session, raw.toString()));
    this.send(session, { op: 10, s: null, t: null, d: { heartbeat_interval: 41_250, _trace: ['["fake-discord"]'] } });
  }

  private receive(session: Session, text: string): void {
    let frame: { op: number; d: unknown };
    try {
      frame = JSON.parse(text);
    } catch {
      session.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    this.received.push(frame);
    if (frame.op === 1) {
      this.send(session, { op: 11, s: null, t: null, d: null });
    } else if (frame.op === 2) {
      const identify = frame.d as { token?: string };
      if (identify.token !== this.options.token && identify.token !== `Bot ${this.options.token}`) {
        session.socket.close(4004, 'Authentication failed.');
        return;
      }
      session.ready = true;
      this.send(session, {
        op: 0,
        t: 'READY',
        s: ++session.seq,
        d: { ...this.options.ready(), session_id: session.id, resume_gateway_url: this.options.url() },
      });
      for (const guild of this.options.guilds()) {
        this.send(session, { op: 0, t: 'GUILD_CREATE', s: ++session.seq, d: guild });
      }
      for (const wake of this.readyWaiters.splice(0)) wake();
    } else if (frame.op === 6) {
      session.ready = true;
      this.send(session, { op: 0, t: 'RESUMED', s: ++session.seq, d: {} });
    }
  }

  private send(session: Session, frame: unknown): void {
    if (session.socket.readyState === session.socket.OPEN) session.socket.send(JSON.stringify(frame));
  }
}
