import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { CommandDefinition } from '../src/interactions/types.ts';
import { defineCommand } from '../src/interactions/define-command.ts';
import { handleDailyRating } from '../src/quiz/daily-post.ts';
import { completeQuizTopic, handleQuizButton, startQuiz } from '../src/quiz/quiz-flow.ts';

export const definition = {
  name: 'quiz',
  description: 'Review your LeetCode cards (spaced repetition)',
  description_localizations: { 'zh-CN': '复习你的 LeetCode 卡片（间隔重复）', 'zh-TW': '複習你的 LeetCode 卡片（間隔重複）' },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'Only cards of one topic, e.g. linked list',
      description_localizations: { 'zh-CN': '只复习一个主题的卡片，例如链表', 'zh-TW': '只複習一個主題的卡片，例如鏈表' },
      autocomplete: true,
      max_length: 100,
    },
  ],
} as const satisfies CommandDefinition;

/** /quiz, its buttons, and the rating buttons of the daily quiz post. */
export const command = defineCommand({
  definition,
  private: true,
  run: startQuiz,
  async autocomplete(input, deps) {
    return completeQuizTopic(input, deps);
  },
  components: { 'quiz-show': handleQuizButton, 'quiz-rate': handleQuizButton, 'quiz-undo': handleQuizButton, daily: handleDailyRating },
});
