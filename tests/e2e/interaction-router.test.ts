import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordBot, type DiscordBot } from '../../src/discord/bot.ts';
import type { CommandModule } from '../../src/interactions/types.ts';
import { createLogger } from '../../src/logging.ts';
import { StoreUnavailableError } from '../../src/store/key-value-store.ts';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { buildDeps } from '../../kit/deps.ts';
import { waitUntil } from '../../kit/wait.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const definition = (name: string) => ({ name, description: `test ${name}` });

const testCommands: CommandModule[] = [
  {
    definition: definition('slow'),
    async run() {
      await sleep(2200);
      return { content: 'slow answer' };
    },
  },
  {
    definition: definition('slow-private'),
    async run() {
      await sleep(2200);
      return { content: 'private after public deferral', ephemeral: true };
    },
  },
  {
    definition: definition('broken'),
    async run() {
      throw new Error('bug inside the handler');
    },
  },
  {
    definition: definition('store-down'),
    async run() {
      throw new StoreUnavailableError('get');
    },
  },
  {
    definition: definition('stale-button'),
    async run() {
      return { content: 'old message', components: [{ type: 1, components: [{ type: 2, style: 2, label: 'old', custom_id: 'retired-feature:123' }] }] };
    },
  },
  {
    definition: definition('mention'),
    async run() {
      return { content: '@everyone <@123456789012345678> <@&223456789012345678> look' };
    },
  },
];

let double: DiscordDouble | undefined;
let bot: DiscordBot | undefined;
afterEach(async () => {
  await bot?.stop();
  await double?.close();
  bot = undefined;
  double = undefined;
});

async function boot() {
  double = await startDiscordDouble();
  const deps = await buildDeps({ env: { DISCORD_TOKEN: double.token, DISCORD_API_BASE: double.apiBase } });
  const logs: Record<string, unknown>[] = [];
  deps.logger = createLogger({
    level: 'debug',
    secrets: [double.token],
    pretty: false,
    destination: new Writable({
      write(chunk, _e, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  });
  bot = await startDiscordBot(deps, testCommands);
  return { d: double, logs };
}

describe('interaction router', () => {
  it('defers slow work within the 3 s limit and finishes with an edit', async () => {
    const { d } = await boot();
    const handle = await d.sendCommand({ name: 'slow' });
    const callback = await handle.callback();
    expect(callback.type).toBe(5);
    expect(callback.elapsedMs).toBeLessThan(3000);
    expect((await handle.reply()).content).toBe('slow answer');
    expect(d.interactionFailures).toEqual([]);
  });

  it('turns a private answer to a public deferral into a private follow-up', async () => {
    const { d } = await boot();
    const handle = await d.sendCommand({ name: 'slow-private' });
    await handle.callback();
    const [followup] = await handle.waitForFollowups(1);
    expect(followup!.content).toBe('private after public deferral');
    expect(followup!.flags & 64).toBe(64);
  });

  it("logs each answered command with the time its own work took, apart from Discord's round trip", async () => {
    const { d, logs } = await boot();
    const handle = await d.sendCommand({ name: 'slow' });
    await handle.reply();
    await waitUntil(() => logs.some((l) => l.msg === 'command answered' && l.command === 'slow'), 'the answer to be logged');
    const answered = logs.find((l) => l.msg === 'command answered' && l.command === 'slow')!;
    const { ms, handlerMs } = answered as { ms: number; handlerMs: number };
    // The handler sleeps 2.2 s; the whole answer adds the deferral and the follow-up's round trips.
    expect(handlerMs).toBeGreaterThanOrEqual(2150);
    expect(handlerMs).toBeLessThanOrEqual(ms + 2);
    expect(answered.interactionId).toBe(handle.id);
  });

  it('apologises privately for an internal error and logs it with the interaction ids', async () => {
    const { d, logs } = await boot();
    const handle = await d.sendCommand({ name: 'broken', locale: 'en-US' });
    const reply = await handle.reply();
    expect(reply.flags & 64).toBe(64);
    expect(reply.content).toMatch(/went wrong on our side/);
    expect(reply.content).not.toContain('bug inside');
    const error = logs.find((l) => l.msg === 'interaction handler failed')!;
    expect(error).toMatchObject({ level: 50, interactionId: handle.id, command: 'broken' });
    expect(error.guildId).toBeTruthy();
    expect(error.userId).toBeTruthy();
    // The process keeps serving.
    expect((await (await d.sendCommand({ name: 'mention' })).reply()).content).toContain('look');
  });

  it('says "temporarily unavailable" when the store is down', async () => {
    const { d } = await boot();
    const reply = await (await d.sendCommand({ name: 'store-down', locale: 'en-US' })).reply();
    expect(reply.content).toMatch(/temporarily unavailable/);
    expect(reply.flags & 64).toBe(64);
  });

  it('lets no text ping anyone', async () => {
    const { d } = await boot();
    const reply = await (await d.sendCommand({ name: 'mention' })).reply();
    expect(reply.mention_everyone).toBe(false);
    expect(reply.mentions).toEqual([]);
    expect(reply.mention_roles).toEqual([]);
  });

  it('answers a button from a retired feature with an explanation instead of failing', async () => {
    const { d } = await boot();
    const message = await (await d.sendCommand({ name: 'stale-button', locale: 'en-US' })).reply();
    const click = await d.clickButton({ message, customId: 'retired-feature:123', locale: 'en-US' });
    const reply = await click.reply();
    expect(reply.flags & 64).toBe(64);
    expect(reply.content).toMatch(/no longer works/);
  });
});
