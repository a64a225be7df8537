import { afterEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { startDiscordBot, type DiscordBot } from '../../src/discord/bot.ts';
import { RestChannelPoster } from '../../src/discord/channel-poster.ts';
import type { CommandModule, ReplyFile } from '../../src/interactions/types.ts';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { allCommands } from '../../commands/index.ts';
import { buildDeps } from '../../kit/deps.ts';
import { encodeButtonId } from '../../src/interactions/custom-ids.ts';
import { FormulaImages, type FormulaResult } from '../../src/render/formula-images/index.ts';

/** The first 24 bytes of a PNG (signature + IHDR size) followed by a marker, enough for Discord to read its size. */
function pngHeader(width: number, height: number, marker: string): Uint8Array {
  const head = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(head, 0);
  head.writeUInt32BE(13, 8);
  head.write('IHDR', 12, 'latin1');
  head.writeUInt32BE(width, 16);
  head.writeUInt32BE(height, 20);
  return new Uint8Array(Buffer.concat([head, Buffer.from(marker)]));
}

const file = (name: string, width: number, marker: string, description?: string): ReplyFile => ({
  name,
  data: pngHeader(width, 40, marker),
  ...(description ? { description } : {}),
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const button = (label: string, id: string) => ({ type: 2 as const, style: 2 as const, label, custom_id: id });
// Any decodable kind will do for a command of the test's own; "formulas" carries a number.
const swapId = (from: number) => encodeButtonId({ kind: 'formulas', articleId: 'swap', part: 'card', from, paging: false });
const swapButton = { type: 1 as const, components: [button('swap', swapId(1)), button('more', swapId(2))] };

const commands: CommandModule[] = [
  {
    definition: { name: 'picture', description: 'two attachments' },
    async run() {
      return {
        content: 'two formulas',
        files: [file('formula-1.png', 300, 'first', 'x squared'), file('formula-2.png', 200, 'second')],
        components: [swapButton],
      };
    },
    components: {
      async formulas(input) {
        if (input.button.from === 1) return { kind: 'update', content: 'swapped', files: [file('formula-3.png', 100, 'third')] };
        return { kind: 'reply', ephemeral: true, content: 'private picture', files: [file('more.png', 50, 'more')] };
      },
    },
  },
  {
    definition: { name: 'slow-picture', description: 'deferred attachment' },
    async run() {
      await sleep(1700);
      return { content: 'late formula', files: [file('late.png', 120, 'late')] };
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
  bot = await startDiscordBot(deps, commands);
  return double;
}

describe('attachments', () => {
  it('sends a reply’s files in order, with alt text and bytes intact', async () => {
    const d = await boot();
    const reply = await (await d.sendCommand({ name: 'picture' })).reply();
    expect(reply.content).toBe('two formulas');
    expect(reply.attachments.map((a) => [a.filename, a.width, a.height, a.content_type])).toEqual([
      ['formula-1.png', 300, 40, 'image/png'],
      ['formula-2.png', 200, 40, 'image/png'],
    ]);
    expect(reply.attachments[0]!.description).toBe('x squared');
    expect(d.attachmentData(reply.attachments[1]!).subarray(24).toString()).toBe('second');
  });

  it('replaces the old attachments when a button updates the message', async () => {
    const d = await boot();
    const reply = await (await d.sendCommand({ name: 'picture' })).reply();
    const click = await d.clickButton({ message: reply.id, customId: swapId(1) });
    await click.callback();
    const updated = d.message(reply.id)!;
    expect(updated.content).toBe('swapped');
    expect(updated.attachments.map((a) => a.filename)).toEqual(['formula-3.png']);
    expect(d.attachmentData(updated.attachments[0]!).subarray(24).toString()).toBe('third');
  });

  it('sends files with a private button reply', async () => {
    const d = await boot();
    const reply = await (await d.sendCommand({ name: 'picture' })).reply();
    const click = await d.clickButton({ message: reply.id, customId: swapId(2) });
    const answer = await click.reply();
    expect(answer.flags & 64).toBe(64);
    expect(answer.attachments.map((a) => a.filename)).toEqual(['more.png']);
  });

  it('attaches files to the edit that finishes a deferred reply', async () => {
    const d = await boot();
    const handle = await d.sendCommand({ name: 'slow-picture' });
    expect((await handle.callback()).type).toBe(5);
    const reply = await handle.reply();
    expect(reply.content).toBe('late formula');
    expect(reply.attachments.map((a) => [a.filename, a.width])).toEqual([['late.png', 120]]);
  });

  it('posts files to a channel through REST', async () => {
    const d = await boot();
    const channelId = d.guilds[0]!.channels[0]!.id;
    const { messageId } = await new RestChannelPoster(bot!.client.rest, bot!.client.user!.id, pino({ level: 'silent' })).post(
      channelId,
      { content: 'daily', files: [file('daily.png', 80, 'daily', 'a formula')] },
      'nonce-1',
    );
    const posted = d.message(messageId)!;
    expect(posted.attachments).toMatchObject([{ filename: 'daily.png', width: 80, height: 40, description: 'a formula' }]);
    expect(d.attachmentData(posted.attachments[0]!).subarray(24).toString()).toBe('daily');
  });

  it('defers a /card whose cold formula renders are slow, then sends the pictures', async () => {
    double = await startDiscordDouble();
    const deps = await buildDeps({ env: { DISCORD_TOKEN: double.token, DISCORD_API_BASE: double.apiBase } });
    /** A machine so loaded that one cold render takes longer than Discord's patience for a first answer. */
    class SlowFormulaImages extends FormulaImages {
      override async render(tex: string): Promise<FormulaResult> {
        await sleep(1_700);
        return super.render(tex);
      }
    }
    deps.formulas = new SlowFormulaImages({ cacheDir: null, logger: deps.logger });
    bot = await startDiscordBot(deps, allCommands);
    const handle = await double.sendCommand({ name: 'card', options: { query: 'flashattention' } });
    const callback = await handle.callback();
    expect(callback.type).toBe(5);
    expect(callback.elapsedMs).toBeLessThan(3_000);
    const reply = await handle.reply(10_000);
    expect(reply.attachments.length).toBeGreaterThan(0);
    expect(double.interactionFailures).toEqual([]);
  });
});
