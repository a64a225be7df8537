import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import type { BotDeps } from '../../src/interactions/types.ts';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { startBot, type BotRun } from '../../kit/bot-harness.ts';
import { invocations } from './support-hostile/hostile-values.ts';
import { buildDeps } from '../../kit/deps.ts';
import { autocomplete, invoke } from '../../kit/invoke.ts';
import { ALICE, BOB, GUILD_A, GUILD_B } from '../../kit/members.ts';
import { recordWrites, type WriteLog } from '../../kit/store-writes.ts';
import { MANAGE_GUILD } from '../../kit/double.ts';

const configDefinition = allCommands.find((c) => c.definition.name === 'config')!.definition;
const SUBCOMMANDS = ['show', 'announce-channel', 'quiz-channel', 'quiz-time', 'timezone'];
const refusal = /Manage Server/;

describe('/config as function calls', () => {
  let deps: BotDeps;
  let writes: WriteLog;
  beforeEach(async () => {
    deps = await buildDeps();
    writes = recordWrites(deps.stores.kv);
  });

  it('refuses every subcommand with any values to a member without Manage Server, and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        invocations(configDefinition, true),
        fc.constantFrom(ALICE, BOB),
        fc.constantFrom(GUILD_A, GUILD_B),
        async (invocation, user, guildId) => {
          writes.reset();
          const reply = await invoke('config', deps, invocation, { user, guildId, lang: 'en', canManageGuild: false });
          expect(reply).toEqual({ content: expect.stringMatching(refusal), ephemeral: true });
          expect(writes.keys).toEqual([]);
        },
      ),
      { numRuns: 200, seed: 9 },
    );
    expect(SUBCOMMANDS.every((name) => configDefinition.options?.some((o) => o.name === name))).toBe(true);
  });

  it('offers a member without Manage Server no timezone suggestions', async () => {
    const choices = await autocomplete(
      'config',
      deps,
      { subcommand: 'timezone', options: {}, focused: { name: 'zone', value: 'asia' } },
      { canManageGuild: false },
    );
    expect(choices).toEqual([]);
    const admin = await autocomplete(
      'config',
      deps,
      { subcommand: 'timezone', options: {}, focused: { name: 'zone', value: 'asia' } },
      { canManageGuild: true },
    );
    expect(admin.length).toBeGreaterThan(0);
  });

  it('keeps each guild’s settings its own under any interleaving of changes from both', async () => {
    type Change = { guildId: string; subcommand: string; options: Record<string, string> };
    const change: fc.Arbitrary<Change> = fc
      .record({
        guildId: fc.constantFrom(GUILD_A, GUILD_B),
        subcommand: fc.constantFrom('announce-channel', 'quiz-channel', 'quiz-time', 'timezone'),
        value: fc.nat(),
      })
      .map(({ guildId, subcommand, value }) => {
        const options: Record<string, string> =
          subcommand === 'quiz-time'
            ? { time: `${String(value % 24).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}` }
            : subcommand === 'timezone'
              ? { zone: ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC'][value % 4]! }
              : { channel: String(800000000000000000n + BigInt(value)) };
        return { guildId, subcommand, options };
      });
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 20, size: 'max' }), async (changes) => {
        const fresh = await buildDeps();
        const expected: Record<string, Record<string, string>> = { [GUILD_A]: {}, [GUILD_B]: {} };
        const field: Record<string, string> = {
          'announce-channel': 'announceChannelId',
          'quiz-channel': 'quizChannelId',
          'quiz-time': 'quizTime',
          timezone: 'timezone',
        };
        for (const { guildId, subcommand, options } of changes) {
          const reply = await invoke('config', fresh, { subcommand, options }, { guildId, canManageGuild: true, lang: 'en' });
          expect(reply.content).toMatch(/^Saved/);
          expected[guildId]![field[subcommand]!] = Object.values(options)[0]!;
        }
        for (const guildId of [GUILD_A, GUILD_B]) {
          expect(await fresh.stores.guildSettings.get(guildId)).toEqual(expected[guildId]);
          const shown = JSON.stringify(await invoke('config', fresh, { subcommand: 'show' }, { guildId, canManageGuild: true, lang: 'en' }));
          const other = expected[guildId === GUILD_A ? GUILD_B : GUILD_A]!;
          for (const [key, value] of Object.entries(other)) {
            if (expected[guildId]![key] !== value && key.endsWith('ChannelId')) expect(shown, `${guildId} shows the other guild’s ${key}`).not.toContain(value);
          }
        }
      }),
      { numRuns: 60, seed: 10 },
    );
  });
});

describe('/config through the Discord double, two guilds', () => {
  let double: DiscordDouble;
  let bot: BotRun;
  beforeAll(async () => {
    double = await startDiscordDouble({
      guilds: [
        { name: 'Guild A', channels: [{ name: 'general' }, { name: 'updates' }] },
        { name: 'Guild B', channels: [{ name: 'general' }, { name: 'quiz' }] },
      ],
    });
    bot = await startBot(double);
  });
  afterAll(async () => {
    await bot?.app.stop();
    await double?.close();
  });

  const [guildA, guildB] = [() => double.guilds[0]!, () => double.guilds[1]!];
  const admin = { id: '730000000000000001', username: 'admin-a' };
  const adminB = { id: '740000000000000002', username: 'admin-b' };
  const member = { id: '750000000000000003', username: 'member' };

  interface DiscordActor {
    discordGuild: string;
    user: { id: string; username: string };
    permissions: bigint;
    openedByServerOverride?: boolean;
  }

  async function config(actor: DiscordActor, subcommand: string, options: Record<string, string> = {}) {
    const handle = await double.sendCommand({
      name: 'config',
      subcommand,
      options,
      guildId: actor.discordGuild,
      user: actor.user,
      permissions: actor.permissions,
      openedByServerOverride: actor.openedByServerOverride,
      locale: 'en-US',
    });
    return handle.reply();
  }

  it('refuses every subcommand to a member the server opened the command to, and nothing changes', async () => {
    const A = guildA();
    const before = await config({ discordGuild: A.id, user: admin, permissions: MANAGE_GUILD }, 'show');
    const attempts: [string, Record<string, string>][] = [
      ['show', {}],
      ['announce-channel', { channel: A.channels[1]!.id }],
      ['quiz-channel', { channel: A.channels[1]!.id }],
      ['quiz-time', { time: '07:45' }],
      ['timezone', { zone: 'Europe/Berlin' }],
    ];
    for (const permissions of [0n, 1n << 11n]) {
      for (const [subcommand, options] of attempts) {
        const reply = await config({ discordGuild: A.id, user: member, permissions, openedByServerOverride: true }, subcommand, options);
        expect(reply.flags & 64, subcommand).toBe(64);
        expect(reply.content, subcommand).toMatch(refusal);
        expect(reply.embeds, subcommand).toEqual([]);
      }
    }
    const choices = await double.sendAutocomplete({
      name: 'config',
      subcommand: 'timezone',
      focused: { name: 'zone', value: 'Europe' },
      guildId: A.id,
      user: member,
      permissions: 0n,
      openedByServerOverride: true,
    });
    expect(choices).toEqual([]);
    const after = await config({ discordGuild: A.id, user: admin, permissions: MANAGE_GUILD }, 'show');
    expect(after.embeds).toEqual(before.embeds);
    expect(await bot.app.deps.stores.guildSettings.get(A.id)).toEqual({});
  });

  it('never shows or changes guild A’s settings from guild B', async () => {
    const A = guildA();
    const B = guildB();
    const inA = { discordGuild: A.id, user: admin, permissions: MANAGE_GUILD };
    const inB = { discordGuild: B.id, user: adminB, permissions: MANAGE_GUILD };
    await config(inA, 'announce-channel', { channel: A.channels[1]!.id });
    await config(inA, 'quiz-channel', { channel: A.channels[0]!.id });
    await config(inA, 'quiz-time', { time: '06:17' });
    await config(inA, 'timezone', { zone: 'Pacific/Chatham' });
    const shownA = JSON.stringify((await config(inA, 'show')).embeds);
    for (const value of [A.channels[1]!.id, A.channels[0]!.id, '06:17', 'Pacific/Chatham']) expect(shownA).toContain(value);

    const shownB = JSON.stringify((await config(inB, 'show')).embeds);
    for (const value of [A.channels[1]!.id, A.channels[0]!.id, '06:17', 'Pacific/Chatham']) expect(shownB).not.toContain(value);

    // Guild B's admin changing everything in B leaves A exactly as it was.
    await config(inB, 'announce-channel', { channel: B.channels[1]!.id });
    await config(inB, 'quiz-channel', { channel: B.channels[1]!.id });
    await config(inB, 'quiz-time', { time: '22:01' });
    await config(inB, 'timezone', { zone: 'America/Lima' });
    expect(JSON.stringify((await config(inA, 'show')).embeds)).toBe(shownA);
    expect(await bot.app.deps.stores.guildSettings.get(A.id)).toEqual({
      announceChannelId: A.channels[1]!.id,
      quizChannelId: A.channels[0]!.id,
      quizTime: '06:17',
      timezone: 'Pacific/Chatham',
    });
    expect(await bot.app.deps.stores.guildSettings.get(B.id)).toEqual({
      announceChannelId: B.channels[1]!.id,
      quizChannelId: B.channels[1]!.id,
      quizTime: '22:01',
      timezone: 'America/Lima',
    });

    // An admin of A who is only a member in B has no say there.
    const refused = await config({ discordGuild: B.id, user: admin, permissions: 0n, openedByServerOverride: true }, 'quiz-time', { time: '05:00' });
    expect(refused.content).toMatch(refusal);
    expect((await bot.app.deps.stores.guildSettings.get(B.id)).quizTime).toBe('22:01');
  });
});
