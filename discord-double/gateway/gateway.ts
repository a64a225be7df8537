import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Notifier } from '../notifier.ts';
import { shardOfGuild } from '../snowflake.ts';
import type { World } from '../world.ts';
import { CloseCode, GatewayOp, handleIdentify, handleResume, type IdentifyRecord, type ProtocolContext, type ResumeRecord } from './protocol.ts';
import { isOpen, sendDispatch, SessionStore, type GatewayConnection, type Session } from './session.ts';
import { GatewayTransport } from './transport.ts';

export interface GatewayConnectionInfo {
  id: number;
  path: string;
  open: boolean;
  closeCode: number | null;
  shardId: number | null;
  sessionId: string | null;
  openedAt: number;
}

export interface GatewayOptions {
  world: World;
  notifier: Notifier;
  heartbeatIntervalMs: number;
  /** ws://127.0.0.1:PORT, known only once the HTTP server listens. */
  baseUrl: () => string;
}

/** The WebSocket gateway, sharing the HTTP server's port. */
export class Gateway {
  readonly sessions = new SessionStore();
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  /** Every payload a client sent, in order (tokens included: they are the double's own). */
  readonly received: { connectionId: number; op: number; d: unknown; at: number }[] = [];
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly allConnections: GatewayConnection[] = [];
  private readonly protocol: ProtocolContext;

  constructor(private readonly options: GatewayOptions) {
    this.protocol = {
      world: options.world,
      sessions: this.sessions,
      resumeUrl: () => `${options.baseUrl()}/resume`,
      identifies: this.identifies,
      resumes: this.resumes,
      close: (connection, code, reason) => this.closeWith(connection, code, reason),
    };
  }

  get connections(): GatewayConnectionInfo[] {
    return this.allConnections.map((connection) => ({
      id: connection.id,
      path: connection.path,
      open: isOpen(connection),
      closeCode: connection.closeCode,
      shardId: connection.session?.shardId ?? null,
      sessionId: connection.session?.id ?? null,
      openedAt: connection.openedAt,
    }));
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (webSocket) => this.accept(webSocket, request));
  }

  /** Sends a dispatch on the shard's current session; false when no client has identified for it. */
  dispatch(shardId: number, t: string, d: unknown): boolean {
    const session = this.sessions.current(shardId);
    if (!session) return false;
    sendDispatch(session, t, d);
    return true;
  }

  dispatchOnSession(session: Session, t: string, d: unknown): void {
    sendDispatch(session, t, d);
  }

  /** The newest resumable session whose shard receives this guild's events. */
  sessionForGuild(guildId: string): Session | undefined {
    return this.sessions
      .all()
      .filter((session) => session.resumable && shardOfGuild(guildId, session.shardCount) === session.shardId)
      .at(-1);
  }

  /** DMs arrive on shard 0. */
  sessionForDms(): Session | undefined {
    return this.sessions
      .all()
      .filter((session) => session.resumable && session.shardId === 0)
      .at(-1);
  }

  /** Kills the shard's socket without a close frame, like a network failure: the client must resume. */
  async dropConnection(shardId = 0): Promise<void> {
    const connection = this.openConnection(shardId);
    const closed = new Promise<void>((resolve) => connection.socket.once('close', () => resolve()));
    connection.socket.terminate();
    await closed;
  }

  /**
   * Stops reading the shard's connection, like a stalled peer or a proxy holding it open: the bot's
   * close frame is never answered, so its WebSocket waits for its own close timeout.
   */
  stall(shardId = 0): void {
    const raw = (this.openConnection(shardId).socket as unknown as { _socket?: { pause(): void } })._socket;
    if (!raw) throw new Error('gateway: the connection has no socket to stall');
    raw.pause();
  }

  sendReconnect(shardId = 0): void {
    this.openConnection(shardId).transport.send({ op: GatewayOp.Reconnect, d: null });
  }

  sendInvalidSession(resumable: boolean, shardId = 0): void {
    const connection = this.openConnection(shardId);
    if (!resumable && connection.session) connection.session.resumable = false;
    connection.transport.send({ op: GatewayOp.InvalidSession, d: resumable });
  }

  waitForIdentify(shardId = 0, count = 1, timeoutMs = 10_000): Promise<IdentifyRecord> {
    return this.options.notifier.waitFor(
      () => this.identifies.filter((record) => record.shardId === shardId)[count - 1],
      timeoutMs,
      () => `gateway: expected IDENTIFY #${count} for shard ${shardId} within ${timeoutMs} ms, saw ${this.identifies.length} identify(s)`,
    );
  }

  waitForResume(shardId = 0, count = 1, timeoutMs = 10_000): Promise<ResumeRecord> {
    return this.options.notifier.waitFor(
      () => this.resumes.filter((record) => record.shardId === shardId)[count - 1],
      timeoutMs,
      () => `gateway: expected RESUME #${count} for shard ${shardId} within ${timeoutMs} ms, saw ${this.resumes.length} resume(s)`,
    );
  }

  async close(): Promise<void> {
    for (const connection of this.allConnections) {
      if (isOpen(connection)) connection.socket.terminate();
      connection.transport.close();
    }
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private openConnection(shardId: number): GatewayConnection {
    const connection = this.sessions.current(shardId)?.connection ?? null;
    if (!isOpen(connection)) throw new Error(`gateway: no open connection for shard ${shardId} (has the client logged in?)`);
    return connection;
  }

  private accept(socket: WebSocket, request: IncomingMessage): void {
    const url = new URL(request.url ?? '/', 'ws://double.invalid');
    const compress = url.searchParams.get('compress');
    const connection: GatewayConnection = {
      id: this.allConnections.length + 1,
      socket,
      transport: new GatewayTransport(socket, compress === 'zlib-stream' ? 'zlib-stream' : null),
      path: url.pathname,
      openedAt: Date.now(),
      closedAt: null,
      closeCode: null,
      session: null,
    };
    this.allConnections.push(connection);
    socket.on('close', (code) => this.onClose(connection, code));
    socket.on('error', () => {
      // A reset socket also emits 'close', which does the bookkeeping.
    });
    if (url.searchParams.get('v') !== '10') return this.closeWith(connection, CloseCode.InvalidApiVersion, 'Invalid API version.');
    if ((url.searchParams.get('encoding') ?? 'json') !== 'json') {
      return this.closeWith(connection, CloseCode.UnknownError, 'The double only speaks encoding=json.');
    }
    if (compress !== null && compress !== 'zlib-stream') {
      return this.closeWith(connection, CloseCode.UnknownError, `The double does not support compress=${compress}.`);
    }
    socket.on('message', (data, isBinary) => this.onMessage(connection, data, isBinary));
    connection.transport.send({ op: GatewayOp.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
    this.options.notifier.notify();
  }

  private onMessage(connection: GatewayConnection, data: RawData, isBinary: boolean): void {
    let payload: unknown;
    try {
      if (isBinary) throw new Error('binary frames are ETF, which the double does not speak');
      payload = JSON.parse(data.toString());
    } catch {
      return this.closeWith(connection, CloseCode.DecodeError, 'Error while decoding payload.');
    }
    const { op, d } = (payload ?? {}) as { op?: unknown; d?: unknown };
    this.received.push({ connectionId: connection.id, op: typeof op === 'number' ? op : -1, d, at: Date.now() });
    switch (op) {
      case GatewayOp.Heartbeat:
        connection.transport.send({ op: GatewayOp.HeartbeatAck });
        break;
      case GatewayOp.Identify:
        handleIdentify(this.protocol, connection, d);
        break;
      case GatewayOp.Resume:
        handleResume(this.protocol, connection, d);
        break;
      case GatewayOp.PresenceUpdate:
      case GatewayOp.VoiceStateUpdate:
      case GatewayOp.RequestGuildMembers:
      case GatewayOp.RequestSoundboardSounds:
        if (!connection.session) this.closeWith(connection, CloseCode.NotAuthenticated, 'Not authenticated.');
        break;
      default:
        this.closeWith(connection, CloseCode.UnknownOpcode, 'Unknown opcode.');
    }
    this.options.notifier.notify();
  }

  private onClose(connection: GatewayConnection, code: number): void {
    connection.closedAt = Date.now();
    connection.closeCode = code;
    connection.transport.close();
    const session = connection.session;
    if (session && session.connection === connection) {
      session.connection = null;
      // A clean close ends the session for good; anything else leaves it resumable.
      if (code === 1000 || code === 1001) session.resumable = false;
    }
    this.options.notifier.notify();
  }

  private closeWith(connection: GatewayConnection, code: number, reason: string): void {
    // Let queued payloads (e.g. HELLO) go out first so the client sees the same sequence Discord sends.
    void connection.transport.flushed().then(() => {
      if (isOpen(connection)) connection.socket.close(code, reason);
    });
  }
}
