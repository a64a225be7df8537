import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordDouble, type DiscordDouble } from './index.ts';
import { EVERYONE_PERMISSIONS, Permission } from './world.ts';

const doubles: DiscordDouble[] = [];
afterEach(async () => {
  for (const double of doubles.splice(0)) await double.close();
});

async function start(options: Parameters<typeof startDiscordDouble>[0] = {}) {
  const double = await startDiscordDouble(options);
  doubles.push(double);
  return double;
}

/** A REST call with the bot's token. */
async function api(double: DiscordDouble, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${double.apiBase}/v10${path}`, {
    method,
    headers: { Authorization: `Bot ${double.token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

describe('DMs in the double', () => {
  it('opens one DM channel per user, stores its messages, and refuses with 50007 when the user closed DMs', async () => {
    const double = await start();
    const user = double.defaultUserId;
    const opened = await api(double, 'POST', '/users/@me/channels', { recipient_id: user });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ type: 1, recipients: [{ id: user }] });
    expect((await api(double, 'POST', '/users/@me/channels', { recipient_id: user })).body.id).toBe(opened.body.id);
    expect((await api(double, 'POST', '/users/@me/channels', { recipient_id: '1' })).status).toBe(400);

    const sent = await api(double, 'POST', `/channels/${String(opened.body.id)}/messages`, { content: 'hello' });
    expect(sent.status).toBe(200);
    expect(sent.body.guild_id).toBeUndefined();
    expect(double.directMessages(user).map((m) => m.content)).toEqual(['hello']);

    double.setDmsClosed(user);
    const refused = await api(double, 'POST', `/channels/${String(opened.body.id)}/messages`, { content: 'again' });
    expect(refused).toEqual({ status: 403, body: { message: 'Cannot send messages to this user', code: 50007 } });
    expect(double.directMessages(user)).toHaveLength(1);
  });
});

describe('threads in the double', () => {
  it('starts one public thread on a message, with the message’s id, and refuses a second', async () => {
    const double = await start();
    const channel = double.guilds[0]!.channels[0]!.id;
    const message = await api(double, 'POST', `/channels/${channel}/messages`, { content: 'daily' });
    const path = `/channels/${channel}/messages/${String(message.body.id)}/threads`;
    expect((await api(double, 'POST', path, { name: '', auto_archive_duration: 1440 })).status).toBe(400);
    expect((await api(double, 'POST', path, { name: 'x', auto_archive_duration: 30 })).status).toBe(400);
    const thread = await api(double, 'POST', path, { name: '讨论 · 1. 两数之和', auto_archive_duration: 1440 });
    expect(thread.status).toBe(201);
    expect(thread.body).toMatchObject({
      id: message.body.id,
      type: 11,
      parent_id: channel,
      name: '讨论 · 1. 两数之和',
      thread_metadata: { auto_archive_duration: 1440, archived: false },
    });
    expect((await api(double, 'GET', `/channels/${channel}/messages/${String(message.body.id)}`)).body.thread).toMatchObject({ id: message.body.id });
    expect((await api(double, 'POST', path, { name: 'again', auto_archive_duration: 1440 })).body).toMatchObject({ code: 160004 });
    expect(double.threads(channel)).toHaveLength(1);
    // Members can post in it.
    expect((await api(double, 'POST', `/channels/${String(thread.body.id)}/messages`, { content: 'my approach' })).status).toBe(200);
  });

  it('refuses threads without Create Public Threads (50013)', async () => {
    const double = await start({ guilds: [{ channels: [{ name: 'general' }], botPermissions: EVERYONE_PERMISSIONS & ~Permission.CreatePublicThreads }] });
    const channel = double.guilds[0]!.channels[0]!.id;
    const message = await api(double, 'POST', `/channels/${channel}/messages`, { content: 'daily' });
    const refused = await api(double, 'POST', `/channels/${channel}/messages/${String(message.body.id)}/threads`, { name: 'x', auto_archive_duration: 1440 });
    expect(refused).toEqual({ status: 403, body: { message: 'Missing Permissions', code: 50013 } });
  });

  it('makes forum posts: a thread whose first message shares its id', async () => {
    const double = await start({ guilds: [{ channels: [{ name: 'general' }, { name: 'forum', type: 15 }] }] });
    const forum = double.guilds[0]!.channels[1]!.id;
    expect((await api(double, 'GET', `/channels/${forum}`)).body.type).toBe(15);
    expect((await api(double, 'POST', `/channels/${forum}/threads`, { name: 'no message', auto_archive_duration: 1440 })).status).toBe(400);
    const post = await api(double, 'POST', `/channels/${forum}/threads`, { name: 'Daily', auto_archive_duration: 1440, message: { content: 'problem' } });
    expect(post.status).toBe(201);
    expect(post.body).toMatchObject({ type: 11, parent_id: forum, name: 'Daily', message: { id: post.body.id, channel_id: post.body.id, content: 'problem' } });
    expect(double.channelMessages(String(post.body.id)).map((m) => m.content)).toEqual(['problem']);
  });
});
