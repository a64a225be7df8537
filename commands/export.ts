import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { t } from '../src/i18n.ts';
import { reviewLogCsv } from '../src/habits/review-export.ts';
import type { CommandModule } from '../src/interactions/types.ts';

export const definition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'export',
  description: 'Your review log as a CSV file (only you see it)',
  description_localizations: { 'zh-CN': '导出你的复习记录 CSV 文件（仅你可见）', 'zh-TW': '匯出你的複習記錄 CSV 檔案（僅你可見）' },
};

export const command: CommandModule = {
  definition,
  private: true,
  async run(input, deps) {
    const deck = await deps.stores.quiz.deck(input.user.id);
    if (deck.log.length === 0) return { content: t(input.lang, 'export.empty'), ephemeral: true };
    const csv = reviewLogCsv(deck.log, deps.corpus.library);
    const day = input.now.toISOString().slice(0, 10);
    const earlier = deck.totalReviews - deck.log.length;
    const lines = [t(input.lang, 'export.caption', { count: deck.log.length })];
    if (earlier > 0) lines.push(t(input.lang, 'export.earlier', { count: earlier }));
    return {
      content: lines.join('\n'),
      files: [
        { name: `studycards-reviews-${day}.csv`, data: Buffer.from(csv, 'utf8'), description: t(input.lang, 'export.caption', { count: deck.log.length }) },
      ],
      ephemeral: true,
    };
  },
};
