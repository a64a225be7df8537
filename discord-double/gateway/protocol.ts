import { randomBytes } from 'node:crypto';
import { guildCreatePayload } from '../payloads.ts';
import { shardOfGuild } from '../snowflake.ts';
import type { World } from '../world.ts';
import { isOpen, sendDispatch, type GatewayConnection, type Session, type SessionStore } from './session.ts';

export const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
  RequestSoundboardSounds: 31,
} as const;

export const CloseCode = {
  UnknownError: 4000,
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidSeq: 4007,
  InvalidShard: 4010,
  InvalidApiVersion: 4012,
  InvalidIntents: 4013,
} as const;

export interface IdentifyRecord {
  shardId: number;
  shardCount: number;
  intents: number;
  sessionId: string;
  connectionId: number;
  properties: unknown;
  at: number;
}

export interface ResumeRecord {
  shardId: number;
  sessionId: string;
  connectionId: number;
  /** Dispatches replayed because the client missed them. */
  replayed: number;
  at: number;
}

export interface ProtocolContext {
  world: World;
  sessions: SessionStore;
  resumeUrl: () => string;
  identifies: IdentifyRecord[];
  resumes: ResumeRecord[];
  close: (connection: GatewayConnection, code: number, reason: string) => void;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function handleIdentify(context: ProtocolContext, connection: GatewayConnection, d: unknown): void {
  if (connection.session) return context.close(connection, CloseCode.AlreadyAuthenticated, 'Already authenticated.');
  if (!isObject(d) || d['token'] !== context.world.token) {
    return context.close(connection, CloseCode.AuthenticationFailed, 'Authentication failed.');
  }
  const shard = d['shard'] ?? [0, 1];
  const [shardId, shardCount] = Array.isArray(shard) ? shard : [];
  if (!Number.isInteger(shardId) || !Number.isInteger(shardCount) || shardId < 0 || shardCount < 1 || shardId >= shardCount) {
    return context.close(connection, CloseCode.InvalidShard, 'Invalid shard.');
  }
  const intents = d['intents'];
  if (!Number.isInteger(intents) || (intents as number) < 0) {
    return context.close(connection, CloseCode.InvalidIntents, 'Invalid intent(s).');
  }
  if (d['compress'] === true) connection.transport.identifyCompress = true;
  const session: Session = {
    id: randomBytes(16).toString('hex'),
    shardId,
    shardCount,
    intents: intents as number,
    seq: 0,
    history: [],
    connection,
    resumable: true,
  };
  context.sessions.add(session);
  connection.session = session;
  const { world } = context;
  const guilds = world.guilds.filter((guild) => shardOfGuild(guild.id, shardCount) === shardId);
  sendDispatch(session, 'READY', {
    v: 10,
    user: { ...world.botUser, bot: true, verified: true, mfa_enabled: false, email: null, flags: 0 },
    guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: session.id,
    session_type: 'normal',
    resume_gateway_url: context.resumeUrl(),
    shard: [shardId, shardCount],
    application: { id: world.applicationId, flags: 0 },
    private_channels: [],
    presences: [],
    relationships: [],
    user_settings: {},
    geo_ordered_rtc_regions: ['hongkong', 'singapore', 'japan'],
    _trace: ['["discord-double",{"micros":0}]'],
  });
  for (const guild of guilds) sendDispatch(session, 'GUILD_CREATE', guildCreatePayload(guild, world));
  context.identifies.push({
    shardId,
    shardCount,
    intents: intents as number,
    sessionId: session.id,
    connectionId: connection.id,
    properties: d['properties'],
    at: Date.now(),
  });
}

export function handleResume(context: ProtocolContext, connection: GatewayConnection, d: unknown): void {
  if (!isObject(d) || d['token'] !== context.world.token) {
    return context.close(connection, CloseCode.AuthenticationFailed, 'Authentication failed.');
  }
  const session = typeof d['session_id'] === 'string' ? context.sessions.get(d['session_id']) : undefined;
  if (!session || !session.resumable) {
    connection.transport.send({ op: GatewayOp.InvalidSession, d: false });
    return;
  }
  const seq = d['seq'];
  if (typeof seq !== 'number' || seq > session.seq) {
    return context.close(connection, CloseCode.InvalidSeq, 'Invalid seq.');
  }
  const oldest = session.history[0];
  if (oldest && seq < oldest.s - 1) {
    // The events the client missed are no longer kept: Discord can't resume that far back either.
    connection.transport.send({ op: GatewayOp.InvalidSession, d: false });
    return;
  }
  const previous = session.connection;
  if (isOpen(previous) && previous !== connection) {
    previous.session = null;
    previous.socket.terminate();
  }
  session.connection = connection;
  connection.session = session;
  const missed = session.history.filter((payload) => payload.s > seq);
  for (const payload of missed) connection.transport.send(payload);
  sendDispatch(session, 'RESUMED', { _trace: ['["discord-double",{"micros":0}]'] }, false);
  context.resumes.push({
    shardId: session.shardId,
    sessionId: session.id,
    connectionId: connection.id,
    replayed: missed.length,
    at: Date.now(),
  });
}
