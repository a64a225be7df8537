import { afterEach, describe, expect, it } from 'vitest';
import { shardOfGuild, startDiscordDouble, type DiscordDouble } from './index.ts';
import { RawGatewayClient, type GatewayPayload } from './raw-gateway-client.ts';

const doubles: DiscordDouble[] = [];
const clients: RawGatewayClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.terminate();
  for (const double of doubles.splice(0)) await double.close();
});

async function start(options: Parameters<typeof startDiscordDouble>[0] = {}) {
  const double = await startDiscordDouble(options);
  doubles.push(double);
  return double;
}

async function connect(double: DiscordDouble, query?: string) {
  const client = await RawGatewayClient.connect(double.gatewayUrl, query);
  clients.push(client);
  return client;
}

const dispatches = (client: RawGatewayClient) => client.received.filter((payload) => payload.op === 0);

describe('gateway handshake', () => {
  it('says HELLO first and acknowledges heartbeats', async () => {
    const double = await start({ heartbeatIntervalMs: 12_345 });
    const client = await connect(double);

    expect(await client.next()).toEqual({ op: 10, d: { heartbeat_interval: 12_345 } });
    client.send({ op: 1, d: null });
    expect(await client.next()).toEqual({ op: 11 });
  });

  it('sends READY then one GUILD_CREATE per guild, with increasing sequence numbers', async () => {
    const double = await start();
    const client = await connect(double);

    const ready = await client.identify(double.token);
    const guildCreate = await client.next((payload) => payload.t === 'GUILD_CREATE');

    const guild = double.guilds[0]!;
    expect(ready).toMatchObject({
      s: 1,
      d: {
        v: 10,
        user: { id: double.botUserId, bot: true, discriminator: '0' },
        guilds: [{ id: guild.id, unavailable: true }],
        resume_gateway_url: `${double.gatewayUrl}/resume`,
        shard: [0, 1],
        application: { id: double.applicationId, flags: 0 },
      },
    });
    expect(guildCreate.s).toBe(2);
    const data = guildCreate.d as Record<string, unknown>;
    expect(data).toMatchObject({ id: guild.id, name: guild.name, unavailable: false, preferred_locale: 'zh-CN' });
    expect(data['channels']).toEqual(guild.channels.map((channel) => expect.objectContaining({ id: channel.id, name: channel.name, type: 0 })));
    expect(data['roles']).toContainEqual(expect.objectContaining({ id: guild.id, name: '@everyone' }));
    expect(data['members']).toContainEqual(expect.objectContaining({ user: expect.objectContaining({ id: double.botUserId }) }));
  });

  it('gives each shard only its own guilds', async () => {
    // Snowflakes whose timestamps differ by one land on different shards of two.
    const evenGuild = String(1_000_000_000_000n << 22n);
    const oddGuild = String(1_000_000_000_001n << 22n);
    const double = await start({
      guilds: [
        { id: evenGuild, name: 'even', channels: [{ name: 'a' }] },
        { id: oddGuild, name: 'odd', channels: [{ name: 'b' }] },
      ],
    });
    expect([shardOfGuild(evenGuild, 2), shardOfGuild(oddGuild, 2)]).toEqual([0, 1]);
    const client = await connect(double);

    const ready = await client.identify(double.token, [1, 2]);
    await client.next((payload) => payload.t === 'GUILD_CREATE');

    expect((ready.d as { guilds: unknown[] }).guilds).toEqual([{ id: oddGuild, unavailable: true }]);
    expect(
      dispatches(client)
        .filter((payload) => payload.t === 'GUILD_CREATE')
        .map((payload) => (payload.d as { id: string }).id),
    ).toEqual([oddGuild]);
    expect((await double.gateway.waitForIdentify(1)).shardCount).toBe(2);
  });

  it.each([
    ['a wrong token', (token: string) => ({ op: 2, d: { token: `${token}x`, intents: 1, shard: [0, 1], properties: {} } }), 4004],
    ['an invalid shard', (token: string) => ({ op: 2, d: { token, intents: 1, shard: [1, 1], properties: {} } }), 4010],
    ['a presence update before IDENTIFY', () => ({ op: 3, d: { status: 'online' } }), 4003],
    ['an unknown opcode', () => ({ op: 42, d: null }), 4001],
  ])('closes the socket on %s', async (_label, payload, code) => {
    const double = await start();
    const client = await connect(double);
    await client.next((received) => received.op === 10);

    client.send(payload(double.token));

    expect((await client.closed).code).toBe(code);
  });

  it('closes with 4012 for an API version other than 10', async () => {
    const double = await start();
    const client = await connect(double, '?v=9&encoding=json');

    expect((await client.closed).code).toBe(4012);
  });

  it('closes a second IDENTIFY on the same connection with 4005', async () => {
    const double = await start();
    const client = await connect(double);
    await client.identify(double.token);

    client.send({ op: 2, d: { token: double.token, intents: 1, shard: [0, 1], properties: {} } });

    expect((await client.closed).code).toBe(4005);
  });

  it('speaks zlib-stream when asked to', async () => {
    const double = await start();
    const client = await connect(double, '?v=10&encoding=json&compress=zlib-stream');

    expect((await client.next()).op).toBe(10);
    const ready = await client.identify(double.token);
    expect((ready.d as { session_id: string }).session_id).toMatch(/^[0-9a-f]{32}$/);
    expect((await client.next((payload) => payload.t === 'GUILD_CREATE')).s).toBe(2);
    expect(client.binaryFrames).toBe(client.received.length);
  });
});

describe('gateway sessions', () => {
  async function identified(double: DiscordDouble) {
    const client = await connect(double);
    const ready = await client.identify(double.token);
    await client.next((payload) => payload.t === 'GUILD_CREATE');
    return { client, sessionId: (ready.d as { session_id: string }).session_id };
  }

  it('replays dispatches missed while disconnected, then sends RESUMED', async () => {
    const double = await start();
    const { client, sessionId } = await identified(double);
    await client.terminate();

    double.gateway.dispatch(0, 'TEST_EVENT', { n: 1 });
    double.gateway.dispatch(0, 'TEST_EVENT', { n: 2 });
    const resumed = await connect(double);
    resumed.send({ op: 6, d: { token: double.token, session_id: sessionId, seq: 2 } });
    const end = await resumed.next((payload) => payload.t === 'RESUMED');

    expect(dispatches(resumed).map((payload: GatewayPayload) => [payload.t, payload.s, payload.d])).toEqual([
      ['TEST_EVENT', 3, { n: 1 }],
      ['TEST_EVENT', 4, { n: 2 }],
      ['RESUMED', 5, expect.anything()],
    ]);
    expect(end.s).toBe(5);
    expect(double.gateway.resumes).toEqual([expect.objectContaining({ sessionId, replayed: 2 })]);
  });

  it('answers RESUME of an unknown session with INVALID_SESSION false', async () => {
    const double = await start();
    const client = await connect(double);

    client.send({ op: 6, d: { token: double.token, session_id: 'nope', seq: 1 } });

    expect(await client.next((payload) => payload.op === 9)).toEqual({ op: 9, d: false });
  });

  it('closes a RESUME claiming a sequence from the future with 4007', async () => {
    const double = await start();
    const { client, sessionId } = await identified(double);
    await client.terminate();
    const next = await connect(double);

    next.send({ op: 6, d: { token: double.token, session_id: sessionId, seq: 99 } });

    expect((await next.closed).code).toBe(4007);
  });

  it('ends the session on a clean close, so it cannot be resumed', async () => {
    const double = await start();
    const { client, sessionId } = await identified(double);
    await client.close(1000);
    const next = await connect(double);

    next.send({ op: 6, d: { token: double.token, session_id: sessionId, seq: 2 } });

    expect(await next.next((payload) => payload.op === 9)).toEqual({ op: 9, d: false });
  });

  it('sends RECONNECT and INVALID_SESSION on demand; a non-resumable one ends the session', async () => {
    const double = await start();
    const { client, sessionId } = await identified(double);

    double.gateway.sendReconnect();
    expect(await client.next((payload) => payload.op === 7)).toEqual({ op: 7, d: null });
    double.gateway.sendInvalidSession(false);
    expect(await client.next((payload) => payload.op === 9)).toEqual({ op: 9, d: false });
    expect(double.gateway.sessionForGuild(double.guilds[0]!.id)).toBeUndefined();
    await client.terminate();

    const next = await connect(double);
    next.send({ op: 6, d: { token: double.token, session_id: sessionId, seq: 2 } });
    expect(await next.next((payload) => payload.op === 9)).toEqual({ op: 9, d: false });
  });

  it('forwards the bot’s own messages when it has the GUILD_MESSAGES intent', async () => {
    const double = await start();
    const client = await connect(double);
    await client.identify(double.token, [0, 1], 1 | (1 << 9));
    const channelId = double.guilds[0]!.channels[0]!.id;

    const response = await fetch(`${double.apiBase}/v10/channels/${channelId}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bot ${double.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: 'hello' }),
    });

    expect(response.status).toBe(200);
    const created = await client.next((payload) => payload.t === 'MESSAGE_CREATE');
    expect(created.d).toMatchObject({ content: 'hello', channel_id: channelId, author: { id: double.botUserId } });
  });

  it('refuses to drop a connection that does not exist', async () => {
    const double = await start();

    await expect(double.gateway.dropConnection()).rejects.toThrow(/no open connection for shard 0/);
  });
});
