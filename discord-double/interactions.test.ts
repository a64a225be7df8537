import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordDouble, type DiscordDouble, type InteractionHandle } from './index.ts';
import { RawGatewayClient } from './raw-gateway-client.ts';

const doubles: DiscordDouble[] = [];
const clients: RawGatewayClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.terminate();
  for (const double of doubles.splice(0)) await double.close();
});

/** A double with a raw gateway client identified, so interactions have a session to go to. */
async function online(options: Parameters<typeof startDiscordDouble>[0] = {}) {
  const double = await startDiscordDouble(options);
  doubles.push(double);
  const client = await RawGatewayClient.connect(double.gatewayUrl);
  clients.push(client);
  await client.identify(double.token);
  return { double, client };
}

async function call(double: DiscordDouble, method: string, path: string, body?: unknown) {
  const response = await fetch(`${double.apiBase}/v10${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const callback = (double: DiscordDouble, handle: InteractionHandle, body: unknown, query = '') =>
  call(double, 'POST', `/interactions/${handle.id}/${handle.token}/callback${query}`, body);
const webhook = (double: DiscordDouble, handle: InteractionHandle, suffix = '') => `/webhooks/${double.applicationId}/${handle.token}${suffix}`;

async function register(double: DiscordDouble, commands: unknown[]) {
  const response = await fetch(`${double.apiBase}/v10/applications/${double.applicationId}/commands`, {
    method: 'PUT',
    headers: { Authorization: `Bot ${double.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(commands),
  });
  expect(response.status).toBe(200);
}

const quiz = {
  name: 'quiz',
  description: '复习',
  options: [
    {
      type: 1,
      name: 'start',
      description: 'start',
      options: [
        {
          type: 3,
          name: 'difficulty',
          description: 'd',
          required: true,
          choices: [
            { name: 'easy', value: 'easy' },
            { name: 'hard', value: 'hard' },
          ],
        },
        { type: 3, name: 'topic', description: 't', autocomplete: true },
        { type: 6, name: 'partner', description: 'p' },
      ],
    },
  ],
};

describe('dispatching interactions', () => {
  it('refuses to send an interaction before a client has identified', async () => {
    const double = await startDiscordDouble();
    doubles.push(double);

    await expect(double.sendCommand({ name: 'ping' })).rejects.toThrow(/log the client in/);
  });

  it('dispatches INTERACTION_CREATE shaped like Discord’s', async () => {
    const { double, client } = await online();
    const guild = double.guilds[0]!;
    const channel = guild.channels[1]!;

    const handle = await double.sendCommand({ name: 'ping', channelId: channel.id, locale: 'en-US', options: { n: 3, verbose: true } });
    const event = await client.next((payload) => payload.t === 'INTERACTION_CREATE');

    expect(event.d).toEqual(handle.payload);
    expect(event.d).toMatchObject({
      id: handle.id,
      application_id: double.applicationId,
      type: 2,
      data: {
        name: 'ping',
        type: 1,
        options: [
          { name: 'n', type: 4, value: 3 },
          { name: 'verbose', type: 5, value: true },
        ],
      },
      guild_id: guild.id,
      channel_id: channel.id,
      channel: { id: channel.id, type: 0, guild_id: guild.id, name: channel.name },
      member: { user: { id: double.defaultUserId }, roles: [], permissions: expect.stringMatching(/^\d+$/), joined_at: expect.any(String) },
      token: handle.token,
      version: 1,
      locale: 'en-US',
      guild_locale: 'zh-CN',
      app_permissions: expect.stringMatching(/^\d+$/),
      entitlements: [],
      authorizing_integration_owners: { '0': guild.id },
      context: 0,
    });
  });

  it('builds options from the registered command and refuses what Discord’s client could not send', async () => {
    const { double, client } = await online();
    await register(double, [quiz]);
    const partner = '1300000000000000001';

    await double.sendCommand({ name: 'quiz', subcommand: 'start', options: { difficulty: 'hard', partner } });
    const event = await client.next((payload) => payload.t === 'INTERACTION_CREATE');

    const data = (event.d as { data: Record<string, unknown> }).data;
    expect(data).toMatchObject({
      id: double.registeredCommands()[0]!.id,
      options: [
        {
          name: 'start',
          type: 1,
          options: [
            { name: 'difficulty', type: 3, value: 'hard' },
            { name: 'partner', type: 6, value: partner },
          ],
        },
      ],
      resolved: { users: { [partner]: { id: partner } }, members: { [partner]: { permissions: expect.any(String) } } },
    });
    await expect(double.sendCommand({ name: 'quiz', subcommand: 'start', options: { difficulty: 'medium' } })).rejects.toThrow(/one of "easy", "hard"/);
    await expect(double.sendCommand({ name: 'quiz', subcommand: 'start', options: {} })).rejects.toThrow(/missing required option\(s\): difficulty/);
    await expect(double.sendCommand({ name: 'quiz', subcommand: 'start', options: { difficulty: 'easy', level: 1 } })).rejects.toThrow(/no option "level"/);
    await expect(double.sendCommand({ name: 'quiz' })).rejects.toThrow(/needs a subcommand \(one of: start\)/);
    await expect(double.sendCommand({ name: 'unknown' })).rejects.toThrow(/not registered/);
    await expect(double.sendAutocomplete({ name: 'quiz', subcommand: 'start', focused: { name: 'difficulty', value: 'e' } })).rejects.toThrow(
      /does not have autocomplete/,
    );
  });

  it('resolves channel options', async () => {
    const { double, client } = await online();
    const target = double.guilds[0]!.channels[1]!;

    await double.sendCommand({ name: 'subscribe', options: { channel: { type: 7, value: target.id } } });
    const event = await client.next((payload) => payload.t === 'INTERACTION_CREATE');

    expect((event.d as { data: unknown }).data).toMatchObject({
      options: [{ name: 'channel', type: 7, value: target.id }],
      resolved: { channels: { [target.id]: { id: target.id, name: target.name, type: 0, permissions: expect.any(String) } } },
    });
  });
});

describe('interaction callbacks', () => {
  it('answers 204 without with_response and records the callback', async () => {
    const { double } = await online();
    const handle = await double.sendCommand({ name: 'ping' });

    const answer = await callback(double, handle, { type: 4, data: { content: 'pong' } });

    expect(answer.status).toBe(204);
    expect(await handle.callback()).toMatchObject({ type: 4, data: { content: 'pong' }, status: 204, withResponse: false });
    expect(await handle.reply()).toMatchObject({ content: 'pong', type: 20, interaction_metadata: { id: handle.id } });
  });

  it('refuses callback types that do not fit the interaction, and second callbacks', async () => {
    const { double } = await online();
    const handle = await double.sendCommand({ name: 'ping' });

    expect(await callback(double, handle, { type: 8, data: { choices: [] } })).toMatchObject({ status: 400, body: { code: 50035 } });
    expect((await callback(double, handle, { type: 5 })).status).toBe(204);
    expect(await callback(double, handle, { type: 4, data: { content: 'again' } })).toEqual({
      status: 400,
      body: { message: 'Interaction has already been acknowledged.', code: 40060 },
    });
    expect(handle.callbacks.map((attempt) => attempt.status)).toEqual([400, 204, 400]);
  });

  it('answers 10062 to unknown interactions and to callbacks after the deadline', async () => {
    const { double } = await online({ interactionDeadlineMs: 50 });
    const handle = await double.sendCommand({ name: 'slow' });

    expect(await call(double, 'POST', `/interactions/${handle.id}/wrong-token/callback`, { type: 4 })).toMatchObject({ status: 404, body: { code: 10062 } });
    await expect(handle.callback()).rejects.toThrow(/\/slow .* was not acknowledged within 50 ms/);
    expect(await callback(double, handle, { type: 4, data: { content: 'late' } })).toMatchObject({ status: 404, body: { code: 10062 } });
    expect(double.interactionFailures).toEqual([
      { kind: 'timeout', interactionId: handle.id, name: 'slow', deadlineMs: 50, lateCallbackAfterMs: expect.any(Number) },
    ]);
    await expect(handle.reply()).rejects.toThrow(/not acknowledged/);
  });

  it('returns the interaction and message for with_response=true', async () => {
    const { double } = await online();
    const handle = await double.sendCommand({ name: 'ping' });

    const answer = await callback(double, handle, { type: 5, data: { flags: 64 } }, '?with_response=true');

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      interaction: { id: handle.id, type: 2, response_message_loading: true, response_message_ephemeral: true },
      resource: { type: 5, message: { flags: 64 | 128, content: '' } },
    });
    expect(answer.body.interaction.response_message_id).toBe(answer.body.resource.message.id);
  });
});

describe('interaction webhooks', () => {
  it('exists only after the callback, and only for this application', async () => {
    const { double } = await online();
    const handle = await double.sendCommand({ name: 'ping' });

    expect((await call(double, 'POST', webhook(double, handle), { content: 'early' })).body.code).toBe(10015);
    await callback(double, handle, { type: 4, data: { content: 'pong' } });
    expect((await call(double, 'GET', `/webhooks/1/${handle.token}/messages/@original`)).body.code).toBe(10015);
    expect((await call(double, 'GET', `/webhooks/${double.applicationId}/nope/messages/@original`)).body.code).toBe(50027);
    expect((await call(double, 'GET', webhook(double, handle, '/messages/@original'))).body.content).toBe('pong');
    expect((await call(double, 'GET', webhook(double, handle, '/messages/123'))).body.code).toBe(10008);
  });

  it('lets a follow-up resolve a pending deferral, then posts new messages', async () => {
    const { double } = await online();
    const handle = await double.sendCommand({ name: 'ping' });
    await callback(double, handle, { type: 5, data: { flags: 64 } });

    const first = await call(double, 'POST', `${webhook(double, handle)}?wait=true`, { content: 'one' });
    const second = await call(double, 'POST', `${webhook(double, handle)}?wait=true`, { content: 'two' });

    expect(await handle.reply()).toMatchObject({ id: first.body.id, content: 'one', flags: 64 });
    expect(handle.followups.map((message) => message.content)).toEqual(['two']);
    expect(second.body.id).not.toBe(first.body.id);
  });

  it('keeps ephemeral responses out of channel reads but in channelMessages()', async () => {
    const { double } = await online();
    const handle = await double.sendCommand({ name: 'secret' });
    await callback(double, handle, { type: 4, data: { content: 'only you', flags: 64 } });
    const channelId = double.guilds[0]!.channels[0]!.id;

    const listed = await fetch(`${double.apiBase}/v10/channels/${channelId}/messages`, { headers: { Authorization: `Bot ${double.token}` } });

    expect(await listed.json()).toEqual([]);
    expect(double.channelMessages(channelId)).toEqual([expect.objectContaining({ content: 'only you', flags: 64 })]);
  });

  it('edits and deletes responses through the webhook', async () => {
    const { double } = await online();
    const handle = await double.sendCommand({ name: 'ping' });
    await callback(double, handle, { type: 4, data: { content: 'v1' } });

    const edited = await call(double, 'PATCH', webhook(double, handle, '/messages/@original'), { content: 'v2' });
    expect(edited.body).toMatchObject({ content: 'v2', edited_timestamp: expect.any(String) });
    expect((await call(double, 'DELETE', webhook(double, handle, '/messages/@original'))).status).toBe(204);
    await expect(handle.reply()).rejects.toThrow(/deleted/);
  });
});

describe('components', () => {
  async function postCard(double: DiscordDouble, disabled = false) {
    const response = await fetch(`${double.apiBase}/v10/channels/${double.guilds[0]!.channels[0]!.id}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bot ${double.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: 'card', components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'flip', label: 'Flip', disabled }] }] }),
    });
    return (await response.json()) as { id: string };
  }

  it('sends the clicked message along and waits for a deferred update to be edited', async () => {
    const { double, client } = await online();
    const card = await postCard(double);

    const click = await double.clickButton({ message: card.id, customId: 'flip' });
    const event = await client.next((payload) => payload.t === 'INTERACTION_CREATE');
    expect(event.d).toMatchObject({ type: 3, data: { custom_id: 'flip', component_type: 2 }, message: { id: card.id, content: 'card' } });

    await callback(double, click, { type: 6 });
    const reply = click.reply(1_000);
    await call(double, 'PATCH', webhook(double, click, '/messages/@original'), { content: 'answer side' });

    expect(await reply).toMatchObject({ id: card.id, content: 'answer side' });
  });

  it('will not click a disabled button', async () => {
    const { double } = await online();
    const card = await postCard(double, true);

    await expect(double.clickButton({ message: card.id, customId: 'flip' })).rejects.toThrow(/disabled/);
    await expect(double.clickButton({ message: '1', customId: 'flip' })).rejects.toThrow(/no message 1/);
  });
});
