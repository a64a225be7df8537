import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { customIds as buttonIds } from '../../kit/buttons.ts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../kit/wait.ts';
import { allCommands } from '../../commands/index.ts';
import type { Reply } from '../../src/interactions/types.ts';
import { startDiscordDouble, type ApiMessage, type DiscordDouble } from '../../discord-double/index.ts';
import { startBot, type BotRun } from '../../kit/bot-harness.ts';
import { assertChoicesWithinLimits, assertWithinDiscordLimits } from '../../kit/discord-limits.ts';
import { writeHostileCorpus } from './support-hostile/hostile-corpus.ts';
import { autocompleteInvocations, invocations, type Invocation } from './support-hostile/hostile-values.ts';
import { mentionProblems, messageRequestsOf } from '../../kit/mentions.ts';
import { ALICE_USER } from '../../kit/members.ts';
import { MANAGE_GUILD } from '../../kit/double.ts';

const members = [ALICE_USER, { id: '720000000000000002', username: '@everyone' }];

let double: DiscordDouble;
let bot: BotRun;
beforeAll(async () => {
  double = await startDiscordDouble();
  const [general, updates] = double.guilds[0]!.channels;
  // Channel posts too: the whole hostile corpus is announced and a daily quiz is posted.
  bot = await startBot(double, {
    CONTENT_DIR: writeHostileCorpus(),
    ANNOUNCE_CHANNEL_ID: updates!.id,
    ANNOUNCE_BACKFILL: '20',
    ANNOUNCE_CRON: '* * * * * *',
    QUIZ_CHANNEL_ID: general!.id,
    QUIZ_CRON: '* * * * * *',
  });
});
afterAll(async () => {
  await bot?.app.stop();
  await double?.close();
});

/** Channel options take one of the guild's real channels: the Discord client offers nothing else. */
function withRealChannels(name: string, invocation: Invocation, pick: number): Invocation {
  const definition = allCommands.find((c) => c.definition.name === name)!.definition;
  const scope = invocation.subcommand ? definition.options?.find((o) => o.name === invocation.subcommand) : definition;
  const declared = (scope && 'options' in scope ? scope.options : undefined) ?? [];
  const channels = double.guilds[0]!.channels;
  const options = { ...invocation.options };
  for (const option of declared) {
    if (option.type === ApplicationCommandOptionType.Channel && option.name in options) options[option.name] = channels[pick % channels.length]!.id;
  }
  return { ...invocation, options };
}

const asReply = (message: ApiMessage): Reply => ({
  content: message.content,
  embeds: message.embeds as Reply['embeds'],
  components: message.components as Reply['components'],
});

const commandRuns = fc.oneof(
  ...allCommands.map((command) =>
    invocations(command.definition, true).map((invocation) => ({ kind: 'command' as const, name: command.definition.name, invocation })),
  ),
);
const autocompleteRuns = fc.oneof(
  ...allCommands.flatMap((command) => {
    const typed = autocompleteInvocations(command.definition);
    return typed ? [typed.map((invocation) => ({ kind: 'autocomplete' as const, name: command.definition.name, invocation }))] : [];
  }),
);

describe('generated input through the Discord double', () => {
  it('never asks Discord to ping anyone, and Discord accepts every reply', async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 3, arbitrary: commandRuns }, { weight: 1, arbitrary: autocompleteRuns }),
        fc.constantFrom('zh-CN', 'en-US'),
        fc.nat(),
        fc.constantFrom(...members),
        async (run, locale, pick, user) => {
          const { subcommand, options } = withRealChannels(run.name, run.invocation, pick);
          const actor = { name: run.name, subcommand: subcommand ?? undefined, options, locale, user, permissions: MANAGE_GUILD };
          if (run.kind === 'autocomplete') {
            assertChoicesWithinLimits(await double.sendAutocomplete({ ...actor, focused: run.invocation.focused }));
            return;
          }
          const message = await (await double.sendCommand(actor)).reply();
          answered++;
          assertWithinDiscordLimits(asReply(message));
          // Press the reply's first button as someone else, then as its owner (whose click may replace it).
          const [first] = buttonIds(message);
          if (first === undefined) return;
          for (const clicker of [members.find((m) => m !== user)!, user]) {
            const clicked = await double.clickButton({ message, customId: first, user: clicker, locale });
            const answer = await clicked.reply();
            answered++;
            assertWithinDiscordLimits(asReply(answer));
          }
        },
      ),
      { numRuns: 60, seed: 4242 },
    );

    const channelPosts = () => double.guilds[0]!.channels.flatMap((channel) => double.channelMessages(channel.id)).filter((message) => !message.webhook_id);
    await waitUntil(() => channelPosts().length >= 16, 'sixteen channel posts', 15_000);
    const sent = messageRequestsOf(double.requests);
    expect(answered).toBeGreaterThanOrEqual(30);
    expect(sent.length).toBeGreaterThanOrEqual(answered);
    expect(sent.flatMap(mentionProblems)).toEqual([]);
    expect(sent.filter((request) => request.status >= 400).map((r) => `${r.method} ${r.path} → ${r.status}`)).toEqual([]);
    expect(double.interactionFailures).toEqual([]);
    const created = double.guilds.flatMap((guild) => guild.channels.flatMap((channel) => double.channelMessages(channel.id)));
    expect(created.length).toBeGreaterThan(0);
    for (const message of created) {
      expect({ everyone: message.mention_everyone, users: message.mentions, roles: message.mention_roles }, message.id).toEqual({
        everyone: false,
        users: [],
        roles: [],
      });
    }
    // The corpus and the inputs put mention syntax into replies, so the checks above had something to refuse.
    expect(sent.some((request) => /@everyone|<@&?\d+>/.test(request.content))).toBe(true);
    expect(bot.logs.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });
});
