import type { WebSocket } from 'ws';
import type { GatewayTransport } from './transport.ts';

export interface DispatchPayload {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

export interface GatewayConnection {
  id: number;
  socket: WebSocket;
  transport: GatewayTransport;
  /** Path the client connected to: `/` for the gateway URL, `/resume` for resume_gateway_url. */
  path: string;
  openedAt: number;
  closedAt: number | null;
  closeCode: number | null;
  session: Session | null;
}

export interface Session {
  id: string;
  shardId: number;
  shardCount: number;
  intents: number;
  seq: number;
  /** Sent dispatches, for replay on RESUME. */
  history: DispatchPayload[];
  connection: GatewayConnection | null;
  /** False once Discord would refuse to resume it (clean close, INVALID_SESSION false). */
  resumable: boolean;
}

const HISTORY_LIMIT = 1000;

export function isOpen(connection: GatewayConnection | null): connection is GatewayConnection {
  return connection !== null && connection.closedAt === null;
}

/**
 * Sends a dispatch with the session's next sequence number. Dispatches made while the session has
 * no live connection are kept and replayed when the client resumes, as Discord does.
 */
export function sendDispatch(session: Session, t: string, d: unknown, keepForReplay = true): DispatchPayload {
  session.seq += 1;
  const payload: DispatchPayload = { op: 0, t, s: session.seq, d };
  if (keepForReplay) {
    session.history.push(payload);
    if (session.history.length > HISTORY_LIMIT) session.history.shift();
  }
  if (isOpen(session.connection)) session.connection.transport.send(payload);
  return payload;
}

export class SessionStore {
  private readonly sessions: Session[] = [];

  add(session: Session): void {
    this.sessions.push(session);
  }

  get(id: string): Session | undefined {
    return this.sessions.find((session) => session.id === id);
  }

  /** The newest resumable session of a shard: where Discord would route that shard's events. */
  current(shardId: number): Session | undefined {
    return this.sessions.filter((session) => session.shardId === shardId && session.resumable).at(-1);
  }

  all(): readonly Session[] {
    return this.sessions;
  }
}
