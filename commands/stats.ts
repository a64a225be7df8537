import { t } from '../src/i18n.ts';
import type { CommandDefinition } from '../src/interactions/types.ts';
import { defineCommand } from '../src/interactions/define-command.ts';
import { fitEmbed } from '../src/render/index.ts';
import { memberStats } from '../src/quiz/member-stats.ts';

export const definition = {
  name: 'stats',
  description: 'Your study statistics and streak',
  description_localizations: { 'zh-CN': '你的学习统计和连续打卡天数', 'zh-TW': '你的學習統計和連續打卡天數' },
} as const satisfies CommandDefinition;

export const command = defineCommand({
  definition,
  private: true,
  async run(input, deps) {
    const zone = await deps.stores.guildSettings.zone(input.guildId, deps.config.timezone);
    const deck = await deps.stores.quiz.deck(input.user.id);
    const stats = memberStats(deck, deps.corpus.library.leetcodeCards(input.now), input.now, zone);
    const { lang } = input;
    const recent = stats.last30Days;
    const recall =
      recent.reviews === 0 ? t(lang, 'stats.none') : t(lang, 'stats.recallValue', { percent: Math.round((100 * recent.notAgain) / recent.reviews), reviews: recent.reviews });
    const field = (name: string, value: string | number) => ({ name, value: String(value), inline: true });
    const embed = fitEmbed({
      title: t(lang, 'stats.title'),
      color: 0x5865f2,
      fields: [
        field(t(lang, 'stats.studied'), stats.studied),
        field(t(lang, 'stats.dueToday'), stats.dueToday),
        field(t(lang, 'stats.dueWeek'), stats.dueThisWeek),
        field(t(lang, 'stats.reviews'), stats.totalReviews),
        field(t(lang, 'stats.streak'), `🔥 ${t(lang, 'stats.streakDays', { days: stats.streak })}`),
        field(t(lang, 'stats.recall'), recall),
      ],
    });
    return { embeds: [embed], ephemeral: true };
  },
});
