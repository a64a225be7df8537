import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordDouble, type ApiMessage, type DiscordDouble } from './index.ts';

const doubles: DiscordDouble[] = [];

afterEach(async () => {
  for (const double of doubles.splice(0)) await double.close();
});

async function start(options: Parameters<typeof startDiscordDouble>[0] = {}) {
  const double = await startDiscordDouble(options);
  doubles.push(double);
  return double;
}

interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any JSON body Discord answers; each test matches its shape
  body: any;
}

/** A REST call as the bot makes it (with its token unless `auth` says otherwise). */
async function api(double: DiscordDouble, method: string, path: string, body?: unknown, auth: string | null = `Bot ${double.token}`): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (auth !== null) headers['Authorization'] = auth;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${double.apiBase}/v10${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

const channelOf = (double: DiscordDouble) => double.guilds[0]!.channels[0]!.id;

describe('REST basics', () => {
  it('requires the bot token', async () => {
    const double = await start();

    for (const auth of [null, 'Bot wrong', double.token]) {
      const answer = await api(double, 'GET', '/users/@me', undefined, auth);
      expect(answer).toMatchObject({ status: 401, body: { message: '401: Unauthorized', code: 0 } });
    }
    expect((await api(double, 'GET', '/users/@me')).body).toMatchObject({ id: double.botUserId, bot: true });
  });

  it('answers unknown routes, methods and objects the way Discord does', async () => {
    const double = await start();

    expect(await api(double, 'GET', '/nope')).toMatchObject({ status: 404, body: { code: 0 } });
    expect(await api(double, 'PUT', '/users/@me')).toMatchObject({ status: 405, body: { code: 0 } });
    expect(await api(double, 'GET', '/channels/123')).toMatchObject({ status: 404, body: { code: 10003, message: 'Unknown Channel' } });
    expect(await api(double, 'POST', '/channels/123/messages', { content: 'x' })).toMatchObject({ status: 404, body: { code: 10003 } });
    expect(await api(double, 'GET', '/guilds/123')).toMatchObject({ status: 404, body: { code: 10004 } });
    expect(await api(double, 'GET', `/guilds/${double.guilds[0]!.id}/members/123`)).toMatchObject({ status: 404, body: { code: 10007 } });
  });

  it('describes the guild, its channels and the bot', async () => {
    const double = await start();
    const guild = double.guilds[0]!;

    expect((await api(double, 'GET', `/guilds/${guild.id}`)).body).toMatchObject({ id: guild.id, name: guild.name, owner_id: guild.ownerId });
    expect((await api(double, 'GET', `/guilds/${guild.id}/channels`)).body).toEqual(
      guild.channels.map((channel) => expect.objectContaining({ id: channel.id, guild_id: guild.id, type: 0 })),
    );
    expect((await api(double, 'GET', `/guilds/${guild.id}/members/${double.botUserId}`)).body.user.id).toBe(double.botUserId);
    expect((await api(double, 'GET', '/applications/@me')).body).toMatchObject({ id: double.applicationId, bot: { id: double.botUserId } });
    expect((await api(double, 'GET', '/gateway/bot')).body).toEqual({
      url: double.gatewayUrl,
      shards: 1,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    });
  });

  it('logs every request with its answer', async () => {
    const double = await start();

    await api(double, 'POST', `/channels/${channelOf(double)}/messages?x=1`, { content: 'logged' });

    expect(double.requests).toEqual([
      { method: 'POST', path: `/channels/${channelOf(double)}/messages`, query: { x: '1' }, body: { content: 'logged' }, at: expect.any(Number), status: 200 },
    ]);
  });
});

describe('channel messages', () => {
  it('enforces Discord’s length limits, counting characters', async () => {
    const double = await start();
    const path = `/channels/${channelOf(double)}/messages`;

    expect((await api(double, 'POST', path, { content: '学'.repeat(2000) })).status).toBe(200);
    const tooLong = await api(double, 'POST', path, { content: '学'.repeat(2001) });
    expect(tooLong).toMatchObject({ status: 400, body: { code: 50035, errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } });
    const longTitle = await api(double, 'POST', path, { embeds: [{ title: 'x'.repeat(257) }] });
    expect(longTitle.body.errors.embeds['0'].title._errors[0].code).toBe('BASE_TYPE_MAX_LENGTH');
    expect(await api(double, 'POST', path, { content: '  ' })).toMatchObject({ status: 400, body: { code: 50006 } });
    const duplicateIds = { type: 1, components: [1, 2].map(() => ({ type: 2, style: 1, custom_id: 'same', label: 'x' })) };
    expect((await api(double, 'POST', path, { components: [duplicateIds] })).status).toBe(400);
    expect(double.channelMessages(channelOf(double))).toHaveLength(1);
  });

  it('deduplicates by nonce only when enforce_nonce is set', async () => {
    const double = await start();
    const path = `/channels/${channelOf(double)}/messages`;

    const first = await api(double, 'POST', path, { content: 'a', nonce: 'n1' });
    const unenforced = await api(double, 'POST', path, { content: 'a', nonce: 'n1' });
    const enforced = await api(double, 'POST', path, { content: 'a', nonce: 'n1', enforce_nonce: true });

    expect(unenforced.body.id).not.toBe(first.body.id);
    expect(enforced.body.id).toBe(unenforced.body.id);
    expect(double.channelMessages(channelOf(double))).toHaveLength(2);
    expect((await api(double, 'POST', path, { content: 'a', nonce: 'x'.repeat(26) })).status).toBe(400);
  });

  it('forgets nonces after the window', async () => {
    const double = await start({ nonceWindowMs: 30 });
    const path = `/channels/${channelOf(double)}/messages`;
    const first = await api(double, 'POST', path, { content: 'a', nonce: 7, enforce_nonce: true });

    await new Promise((resolve) => setTimeout(resolve, 60));
    const again = await api(double, 'POST', path, { content: 'a', nonce: 7, enforce_nonce: true });

    expect(again.body.id).not.toBe(first.body.id);
  });

  it('pages messages newest first with limit, before and after', async () => {
    const double = await start();
    const path = `/channels/${channelOf(double)}/messages`;
    const ids: string[] = [];
    for (const content of ['1', '2', '3', '4', '5']) ids.push((await api(double, 'POST', path, { content })).body.id);
    const contents = (answer: Answer) => answer.body.map((message: { content: string }) => message.content);

    expect(contents(await api(double, 'GET', `${path}?limit=2`))).toEqual(['5', '4']);
    expect(contents(await api(double, 'GET', `${path}?limit=2&before=${ids[2]}`))).toEqual(['2', '1']);
    expect(contents(await api(double, 'GET', `${path}?after=${ids[2]}`))).toEqual(['5', '4']);
    expect((await api(double, 'GET', `${path}?limit=101`)).status).toBe(400);
  });

  it('edits and deletes the bot’s messages', async () => {
    const double = await start();
    const path = `/channels/${channelOf(double)}/messages`;
    const { body: posted } = await api(double, 'POST', path, { content: 'draft' });

    const edited = await api(double, 'PATCH', `${path}/${posted.id}`, { content: 'final' });
    expect(edited.body).toMatchObject({ id: posted.id, content: 'final', edited_timestamp: expect.any(String) });
    expect((await api(double, 'PATCH', `${path}/${posted.id}`, { content: '' })).body.code).toBe(50006);
    expect((await api(double, 'DELETE', `${path}/${posted.id}`)).status).toBe(204);
    expect((await api(double, 'GET', `${path}/${posted.id}`)).body.code).toBe(10008);
  });

  it('refuses to post where the bot may not send messages', async () => {
    const double = await start({ guilds: [{ name: 'read only', channels: [{ name: 'news' }], botPermissions: 1n << 10n }] });

    const answer = await api(double, 'POST', `/channels/${channelOf(double)}/messages`, { content: 'x' });

    expect(answer).toMatchObject({ status: 403, body: { code: 50013, message: 'Missing Permissions' } });
  });

  it('accepts multipart uploads and records attachments', async () => {
    const double = await start();
    const form = new FormData();
    form.append('payload_json', JSON.stringify({ content: 'card', attachments: [{ id: 0, filename: 'card.png' }] }));
    form.append('files[0]', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'card.png');

    const response = await fetch(`${double.apiBase}/v10/channels/${channelOf(double)}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bot ${double.token}` },
      body: form,
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ content: 'card', attachments: [{ filename: 'card.png', size: 3, content_type: 'image/png' }] });
  });

  it('keeps uploaded bytes, alt text and PNG sizes; an edit keeps the attachments it lists; more than 10 files are refused', async () => {
    const double = await start();
    const channelId = channelOf(double);
    const png = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    png.write('IHDR', 12, 'latin1');
    png.writeUInt32BE(64, 16);
    png.writeUInt32BE(32, 20);
    const upload = (method: string, url: string, payload: unknown, count: number) => {
      const form = new FormData();
      form.append('payload_json', JSON.stringify(payload));
      for (let i = 0; i < count; i++) form.append(`files[${i}]`, new Blob([png], { type: 'image/png' }), `f${i}.png`);
      return fetch(`${double.apiBase}/v10${url}`, { method, headers: { Authorization: `Bot ${double.token}` }, body: form });
    };

    const created = (await (
      await upload('POST', `/channels/${channelId}/messages`, { content: 'x', attachments: [{ id: 0, description: 'first' }, { id: 1 }] }, 2)
    ).json()) as ApiMessage;
    expect(created.attachments).toMatchObject([{ filename: 'f0.png', description: 'first', width: 64, height: 32 }, { filename: 'f1.png' }]);
    expect(double.attachmentData(created.attachments[0]!.id).equals(png)).toBe(true);

    const edited = (await (
      await upload('PATCH', `/channels/${channelId}/messages/${created.id}`, { attachments: [{ id: created.attachments[1]!.id }, { id: 0 }] }, 1)
    ).json()) as ApiMessage;
    expect(edited.attachments.map((a) => a.filename)).toEqual(['f1.png', 'f0.png']);

    const tooMany = await upload('POST', `/channels/${channelId}/messages`, { content: 'x' }, 11);
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { code: number }).code).toBe(50035);
  });

  it('resolves waitForMessage for existing and later messages, and times out clearly', async () => {
    const double = await start();
    const channelId = channelOf(double);
    await api(double, 'POST', `/channels/${channelId}/messages`, { content: 'early' });

    expect((await double.waitForMessage(channelId)).content).toBe('early');
    const later = double.waitForMessage(channelId, (message) => message.content === 'late');
    await api(double, 'POST', `/channels/${channelId}/messages`, { content: 'late' });
    expect((await later).content).toBe('late');
    await expect(double.waitForMessage(channelId, () => false, 20)).rejects.toThrow(/no matching message .* within 20 ms \(2 message/);
  });
});

describe('application commands', () => {
  const leetcode = {
    name: 'leetcode',
    description: 'LeetCode',
    name_localizations: { 'zh-CN': '力扣' },
    options: [{ type: 4, name: 'number', description: 'problem', required: true }],
  };

  it('stores a bulk overwrite and keeps ids of commands that stay', async () => {
    const double = await start();
    const path = `/applications/${double.applicationId}/commands`;

    const first = await api(double, 'PUT', path, [leetcode, { name: 'today', description: '今日卡片' }]);
    const second = await api(double, 'PUT', path, [leetcode]);

    expect(first.body[0]).toMatchObject({ name: 'leetcode', application_id: double.applicationId, type: 1, id: expect.stringMatching(/^\d+$/) });
    expect(second.body.map((command: { id: string }) => command.id)).toEqual([first.body[0].id]);
    expect(double.registeredCommands().map((command) => command.name)).toEqual(['leetcode']);
    expect((await api(double, 'GET', path)).body).toEqual(second.body);
  });

  it('keeps guild commands apart from global ones', async () => {
    const double = await start();
    const guildId = double.guilds[0]!.id;

    await api(double, 'PUT', `/applications/${double.applicationId}/guilds/${guildId}/commands`, [leetcode]);

    expect(double.registeredCommands(guildId)).toEqual([expect.objectContaining({ name: 'leetcode', guild_id: guildId })]);
    expect(double.registeredCommands()).toEqual([]);
    expect((await api(double, 'PUT', `/applications/${double.applicationId}/guilds/123/commands`, [])).body.code).toBe(10004);
  });

  it.each([
    ['an upper-case name', { name: 'LeetCode', description: 'x' }, '0.name'],
    ['a missing description', { name: 'x' }, '0.description'],
    ['an unknown locale', { ...leetcode, name_localizations: { zh: '力扣' } }, '0.name_localizations.zh'],
    [
      'a required option after an optional one',
      {
        name: 'x',
        description: 'x',
        options: [
          { type: 3, name: 'a', description: 'a' },
          { type: 3, name: 'b', description: 'b', required: true },
        ],
      },
      '0.options.1.required',
    ],
    [
      'too many choices',
      {
        name: 'x',
        description: 'x',
        options: [{ type: 3, name: 'a', description: 'a', choices: Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `${i}` })) }],
      },
      '0.options.0.choices',
    ],
  ])('rejects %s', async (_label, command, errorPath) => {
    const double = await start();

    const answer = await api(double, 'PUT', `/applications/${double.applicationId}/commands`, [command]);

    expect(answer).toMatchObject({ status: 400, body: { code: 50035 } });
    const leaf = errorPath.split('.').reduce((node, key) => node?.[key], answer.body.errors);
    expect(leaf?._errors).toEqual([expect.objectContaining({ code: expect.any(String) })]);
    expect(double.registeredCommands()).toEqual([]);
  });
});

describe('fault injection and latency', () => {
  it('answers the next matching requests with the injected status, then recovers', async () => {
    const double = await start();
    double.failNext({ method: 'GET', path: /^\/users\/@me$/, status: 403, times: 2 });

    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await api(double, 'GET', '/users/@me'));

    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 200]);
    expect(answers[0]!.body).toEqual({ message: 'Missing Permissions', code: 50013 });
    expect(double.pendingFaults()).toBe(0);
  });

  it('sends Retry-After with a 429', async () => {
    const double = await start();
    double.failNext({ path: /messages/, status: 429, retryAfter: 2.5 });

    const answer = await api(double, 'POST', `/channels/${channelOf(double)}/messages`, { content: 'x' });

    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('2.5');
    expect(answer.body).toEqual({ message: 'You are being rate limited.', retry_after: 2.5, global: false });
    expect(double.channelMessages(channelOf(double))).toEqual([]);
  });

  it('ignores requests whose method does not match', async () => {
    const double = await start();
    double.failNext({ method: 'POST', path: /users/, status: 500 });

    expect((await api(double, 'GET', '/users/@me')).status).toBe(200);
    expect(double.pendingFaults()).toBe(1);
  });

  it('delays answers by the configured latency', async () => {
    const double = await start();
    double.setLatency(80);

    const started = Date.now();
    await api(double, 'GET', '/users/@me');

    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
  });
});
