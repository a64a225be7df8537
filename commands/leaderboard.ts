import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { t } from '../src/i18n.ts';
import type { CommandDefinition } from '../src/interactions/types.ts';
import { defineCommand } from '../src/interactions/define-command.ts';
import { buildLeaderboard, type LeaderboardEntry } from '../src/quiz/leaderboard.ts';
import { escapeMarkdown, fitEmbed, truncate } from '../src/render/index.ts';

export const definition = {
  name: 'leaderboard',
  description: 'Who reviewed the most from this server',
  description_localizations: { 'zh-CN': '本服务器的复习排行榜', 'zh-TW': '本伺服器的複習排行榜' },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'period',
      description: 'Which period to count (default: the last 7 days)',
      description_localizations: { 'zh-CN': '统计哪段时间（默认近 7 天）', 'zh-TW': '統計哪段時間（預設近 7 天）' },
      required: false,
      choices: [
        { name: 'Last 7 days', name_localizations: { 'zh-CN': '近 7 天', 'zh-TW': '近 7 天' }, value: 'week' },
        { name: 'Last 30 days', name_localizations: { 'zh-CN': '近 30 天', 'zh-TW': '近 30 天' }, value: 'month' },
        { name: 'All time', name_localizations: { 'zh-CN': '全部', 'zh-TW': '全部' }, value: 'all' },
      ],
    },
  ],
} as const satisfies CommandDefinition;

export const command = defineCommand({
  definition,
  async run(input, deps) {
    if (!input.guildId) return { content: t(input.lang, 'error.guildOnly'), ephemeral: true };
    const period = input.options.period ?? 'week';
    const zone = await deps.stores.guildSettings.zone(input.guildId, deps.config.timezone);
    const board = await buildLeaderboard(deps.stores.quiz, input.guildId, period, input.user.id, input.now, zone);
    const { lang } = input;
    // Stored display names, escaped: never a mention, so nobody is pinged by a leaderboard.
    const nameOf = (entry: LeaderboardEntry) => escapeMarkdown(truncate(entry.name ?? t(lang, 'board.unknownMember'), 64));
    const lines = board.top.map((entry) => t(lang, 'board.line', { rank: entry.rank, name: nameOf(entry), reviews: entry.reviews, streak: entry.streak }));
    if (lines.length === 0) lines.push(t(lang, 'board.empty'));
    if (board.own) lines.push('', t(lang, 'board.you', { rank: board.own.rank, reviews: board.own.reviews, streak: board.own.streak }));
    else if (!board.ownInTop && board.top.length > 0) lines.push('', t(lang, 'board.youNone'));
    return { embeds: [fitEmbed({ title: t(lang, `board.title.${period}`), description: lines.join('\n'), color: 0xffb800 })] };
  },
});
