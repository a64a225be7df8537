import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Routes,
  type TextChannel,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { loginTestClient, nextHandlerError } from '../../discord-double/discord-js-client.ts';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';

const running: { clients: Client[]; doubles: DiscordDouble[] } = { clients: [], doubles: [] };

afterEach(async () => {
  // Clients first: a client whose double vanished would keep trying to reconnect.
  for (const client of running.clients.splice(0)) await client.destroy();
  for (const double of running.doubles.splice(0)) await double.close();
});

async function double(options: Parameters<typeof startDiscordDouble>[0] = {}): Promise<DiscordDouble> {
  const started = await startDiscordDouble(options);
  running.doubles.push(started);
  return started;
}

async function loggedInBot(...args: Parameters<typeof loginTestClient>): Promise<Client<true>> {
  const client = await loginTestClient(...args);
  running.clients.push(client);
  return client;
}

const firstChannel = (target: DiscordDouble) => {
  const channel = target.guilds[0]?.channels[0];
  if (!channel) throw new Error('double has no channel');
  return channel;
};

describe('discord.js against the Discord double', () => {
  it('logs in, becomes ready and sees the guild and its text channels', async () => {
    const discord = await double({
      guilds: [{ name: '机器学习小组', channels: [{ name: 'general' }, { name: 'leetcode' }] }],
    });
    const client = await loggedInBot(discord);

    const guild = client.guilds.cache.get(discord.guilds[0]!.id);
    expect(guild?.name).toBe('机器学习小组');
    expect(guild?.channels.cache.map((channel) => channel.name).sort()).toEqual(['general', 'leetcode']);
    expect(client.user.id).toBe(discord.botUserId);
    expect(discord.gateway.identifies).toHaveLength(1);
    expect(discord.gateway.identifies[0]).toMatchObject({ shardId: 0, shardCount: 1, intents: GatewayIntentBits.Guilds });
    expect(discord.requests.map((request) => `${request.method} ${request.path}`)).toContain('GET /gateway/bot');
  });

  it('stores commands the bot registers and delivers typed options to its handler', async () => {
    const discord = await double();
    const seen: unknown[] = [];
    const client = await loggedInBot(discord, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen.push([interaction.options.getSubcommand(), interaction.options.getInteger('number'), interaction.options.getChannel('to')?.id]);
      await interaction.reply({ content: `第 ${interaction.options.getInteger('number')} 题`, flags: MessageFlags.Ephemeral });
    });
    await client.application.commands.set([
      {
        name: 'leetcode',
        description: '刷题',
        options: [
          {
            type: 1,
            name: 'show',
            description: 'show one problem',
            options: [
              { type: 4, name: 'number', description: 'problem number', required: true, min_value: 1 },
              { type: 7, name: 'to', description: 'where', channel_types: [0] },
            ],
          },
        ],
      },
    ]);
    expect(discord.registeredCommands().map((command) => command.name)).toEqual(['leetcode']);

    const channel = firstChannel(discord);
    const interaction = await discord.sendCommand({ name: 'leetcode', subcommand: 'show', options: { number: 128, to: channel.id } });
    const callback = await interaction.callback();

    expect(callback).toMatchObject({ type: 4, status: 204, withResponse: false, data: { content: '第 128 题', flags: 64 } });
    expect(seen).toEqual([['show', 128, channel.id]]);
    const reply = await interaction.reply();
    expect(reply).toMatchObject({ content: '第 128 题', flags: 64, channel_id: channel.id });
    await expect(discord.sendCommand({ name: 'leetcode', subcommand: 'show', options: { number: 0 } })).rejects.toThrow(/>= 1/);
  });

  it('shows a deferred reply once the bot edits it', async () => {
    const discord = await double();
    await loggedInBot(discord, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await interaction.editReply({ content: 'ready', embeds: [{ title: '今日卡片', description: 'Transformer' }] });
    });

    const interaction = await discord.sendCommand({ name: 'today' });

    expect(await interaction.callback()).toMatchObject({ type: 5, status: 204 });
    const reply = await interaction.reply();
    expect(reply).toMatchObject({ content: 'ready', flags: 0, embeds: [{ title: '今日卡片', description: 'Transformer' }] });
    expect(discord.channelMessages(firstChannel(discord).id)).toHaveLength(1);
  });

  it('answers with_response=true with the created message', async () => {
    const discord = await double();
    let reportResponseId: (id: string | undefined) => void = () => {};
    const responseId = new Promise<string | undefined>((resolve) => (reportResponseId = resolve));
    await loggedInBot(discord, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({ content: 'with response', withResponse: true });
      reportResponseId(response.resource?.message?.id);
    });

    const interaction = await discord.sendCommand({ name: 'card' });
    const callback = await interaction.callback();
    const reply = await interaction.reply();

    expect(callback).toMatchObject({ type: 4, status: 200, withResponse: true });
    expect(await responseId).toBe(reply.id);
  });

  it('records follow-ups as separate messages', async () => {
    const discord = await double();
    await loggedInBot(discord, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply('part 1');
      await interaction.followUp({ content: 'part 2', flags: MessageFlags.Ephemeral });
    });

    const interaction = await discord.sendCommand({ name: 'long-answer' });
    const [followup] = await interaction.waitForFollowups(1);

    expect((await interaction.reply()).content).toBe('part 1');
    expect(followup).toMatchObject({ content: 'part 2', flags: 64 });
    expect(discord.channelMessages(firstChannel(discord).id).map((message) => message.content)).toEqual(['part 1', 'part 2']);
  });

  it('returns autocomplete choices the bot responds with', async () => {
    const discord = await double();
    const focused: unknown[] = [];
    await loggedInBot(discord, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      focused.push(interaction.options.getFocused(true));
      await interaction.respond([
        { name: '128. Longest Consecutive Sequence', value: '128' },
        { name: '1. Two Sum', value: '1' },
      ]);
    });

    const choices = await discord.sendAutocomplete({ name: 'leetcode', focused: { name: 'problem', value: '12' } });

    expect(choices).toEqual([
      { name: '128. Longest Consecutive Sequence', value: '128' },
      { name: '1. Two Sum', value: '1' },
    ]);
    expect(focused).toEqual([{ name: 'problem', type: 3, value: '12', focused: true }]);
  });

  it('updates the clicked message when the bot answers a button with update()', async () => {
    const discord = await double();
    const client = await loggedInBot(discord, async (interaction) => {
      if (!interaction.isButton()) return;
      await interaction.update({ content: `rated ${interaction.customId} by ${interaction.user.id}`, components: [] });
    });
    const channel = (await client.channels.fetch(firstChannel(discord).id)) as TextChannel;
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('again').setLabel('Again').setStyle(ButtonStyle.Danger),
      new ButtonBuilder().setCustomId('good').setLabel('Good').setStyle(ButtonStyle.Success),
    );
    const card = await channel.send({ content: 'LeetCode 128', components: [row] });

    const click = await discord.clickButton({ message: card.id, customId: 'good' });

    expect(await click.callback()).toMatchObject({ type: 7 });
    const updated = await click.reply();
    expect(updated).toMatchObject({ id: card.id, content: `rated good by ${discord.defaultUserId}`, components: [] });
    expect(discord.message(card.id)?.edited_timestamp).not.toBeNull();
    await expect(discord.clickButton({ message: card.id, customId: 'good' })).rejects.toThrow(/no component "good"/);
  });

  it('deduplicates channel.send() with an enforced nonce', async () => {
    const discord = await double();
    const client = await loggedInBot(discord);
    const channel = (await client.channels.fetch(firstChannel(discord).id)) as TextChannel;

    const first = await channel.send({ content: '新文章：Attention', nonce: 'article-42', enforceNonce: true });
    const second = await channel.send({ content: '新文章：Attention', nonce: 'article-42', enforceNonce: true });

    expect(second.id).toBe(first.id);
    expect(discord.channelMessages(channel.id)).toHaveLength(1);
  });

  it('lets discord.js retry a 500 on a channel post, creating the message once', async () => {
    const discord = await double();
    const client = await loggedInBot(discord);
    const channel = (await client.channels.fetch(firstChannel(discord).id)) as TextChannel;
    discord.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 500 });

    await channel.send('after a hiccup');

    const posts = discord.requests.filter((request) => request.method === 'POST' && request.path === `/channels/${channel.id}/messages`);
    expect(posts.map((request) => request.status)).toEqual([500, 200]);
    expect(discord.channelMessages(channel.id).map((message) => message.content)).toEqual(['after a hiccup']);
  });

  it('makes discord.js wait out a 429 Retry-After', async () => {
    const discord = await double();
    const client = await loggedInBot(discord);
    const channel = (await client.channels.fetch(firstChannel(discord).id)) as TextChannel;
    discord.failNext({ method: 'POST', path: /\/messages$/, status: 429, retryAfter: 0.4 });

    const started = Date.now();
    await channel.send('rate limited');

    const posts = discord.requests.filter((request) => request.path.endsWith('/messages') && request.method === 'POST');
    expect(posts.map((request) => request.status)).toEqual([429, 200]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(400);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(discord.channelMessages(channel.id)).toHaveLength(1);
  });

  it('resumes after the gateway drops the connection and still delivers interactions', async () => {
    const discord = await double();
    const names: string[] = [];
    await loggedInBot(discord, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      names.push(interaction.commandName);
      await interaction.reply(interaction.commandName);
    });

    await discord.gateway.dropConnection();
    // Sent while the bot is offline: Discord keeps it and replays it on RESUME.
    const whileDown = await discord.sendCommand({ name: 'missed' });
    const resume = await discord.gateway.waitForResume();
    const later = await discord.sendCommand({ name: 'later' });

    expect(resume.replayed).toBe(1);
    expect((await whileDown.reply()).content).toBe('missed');
    expect((await later.reply()).content).toBe('later');
    expect(names).toEqual(['missed', 'later']);
    expect(discord.gateway.identifies).toHaveLength(1);
    expect(discord.gateway.connections.at(-1)?.path).toBe('/resume');
  });

  it('resumes when told to RECONNECT and re-identifies after a non-resumable INVALID_SESSION', async () => {
    const discord = await double();
    const client = await loggedInBot(
      discord,
      async (interaction) => {
        if (interaction.isChatInputCommand()) await interaction.reply('pong');
      },
      {
        // discord.js spaces identifies 5 s apart; the second one here would make the test slow.
        ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
      },
    );
    // Wait for the client, not just the double: an INVALID_SESSION racing discord.js' own RESUMED
    // handling crashes discord.js, and Discord never sends them back to back.
    const resumedByClient = once(client, Events.ShardResume);

    discord.gateway.sendReconnect();
    await discord.gateway.waitForResume();
    await resumedByClient;
    discord.gateway.sendInvalidSession(false);
    await discord.gateway.waitForIdentify(0, 2);
    const ping = await discord.sendCommand({ name: 'ping' });

    expect((await ping.reply()).content).toBe('pong');
    expect(discord.gateway.resumes).toHaveLength(1);
  });

  it('rejects a late callback with 10062 and records the timeout', async () => {
    const discord = await double({ interactionDeadlineMs: 150 });
    const client = await loggedInBot(discord, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
      await interaction.reply('too late');
    });
    const handlerError = nextHandlerError(client);

    const interaction = await discord.sendCommand({ name: 'slow' });

    await expect(interaction.callback()).rejects.toThrow(/not acknowledged within 150 ms/);
    const error = await handlerError;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(10062);
    expect(discord.interactionFailures).toEqual([expect.objectContaining({ kind: 'timeout', name: 'slow', lateCallbackAfterMs: expect.any(Number) })]);
  });

  it('refuses a second callback for the same interaction with 40060', async () => {
    const discord = await double();
    const client = await loggedInBot(discord, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply('first');
      // discord.js itself refuses a second reply(), so go around it to reach Discord.
      await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: 4, data: { content: 'second' } },
        auth: false,
      });
    });
    const handlerError = nextHandlerError(client);

    const interaction = await discord.sendCommand({ name: 'twice' });

    expect(((await handlerError) as DiscordAPIError).code).toBe(40060);
    expect(interaction.callbacks.map((callback) => callback.status)).toEqual([204, 400]);
    expect((await interaction.reply()).content).toBe('first');
  });

  it('fails login with a wrong token', async () => {
    const discord = await double();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBase } });
    running.clients.push(client);

    await expect(client.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    expect(discord.requests.at(-1)).toMatchObject({ path: '/gateway/bot', status: 401 });
    expect(discord.gateway.connections).toHaveLength(0);
  });
});
