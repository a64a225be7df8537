import { t } from '../src/i18n.ts';
import type { CommandDefinition } from '../src/interactions/types.ts';
import { defineCommand } from '../src/interactions/define-command.ts';
import { fitEmbed } from '../src/render/index.ts';
import { memberStats } from '../src/quiz/member-stats.ts';
import { topicProgressField } from '../src/quiz/topics.ts';
import { statsPicture } from '../src/habits/stats-picture/index.ts';
import { fitOffer, handleFitButton } from '../src/habits/schedule-fit/fit-flow.ts';

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
    const cards = deps.corpus.library.leetcodeCards(input.now);
    const stats = memberStats(deck, cards, input.now, zone);
    const { lang } = input;
    const recent = stats.last30Days;
    const recall =
      recent.reviews === 0
        ? t(lang, 'stats.none')
        : t(lang, 'stats.recallValue', { percent: Math.round((100 * recent.notAgain) / recent.reviews), reviews: recent.reviews });
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
        ...[topicProgressField(deck, cards, deps.corpus.tags, lang, t(lang, 'stats.byTopic'))].filter((f) => f !== null),
      ],
    });
    // The picture sits in the embed beside the text fields, which stay for screen readers.
    const picture = await statsPicture(deps.stores.kv, input.user.id, deck, cards, input.now, zone, lang);
    embed.image = { url: `attachment://${picture.name}` };
    const fit = fitOffer(deck, lang, input.user.id, deps.config.fitMinReviews);
    if (fit.footer) embed.footer = { text: fit.footer };
    return { embeds: [embed], files: [picture], components: fit.components, ephemeral: true };
  },
  components: { fit: handleFitButton },
});
