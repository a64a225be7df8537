import type { CommandDefinition } from '../src/interactions/types.ts';
import { defineCommand } from '../src/interactions/define-command.ts';
import { handleDailyRating } from '../src/quiz/daily-post.ts';
import { handleQuizButton, startQuiz } from '../src/quiz/quiz-flow.ts';

export const definition = {
  name: 'quiz',
  description: 'Review your LeetCode cards (spaced repetition)',
  description_localizations: { 'zh-CN': '复习你的 LeetCode 卡片（间隔重复）', 'zh-TW': '複習你的 LeetCode 卡片（間隔重複）' },
} as const satisfies CommandDefinition;

/** /quiz, its buttons, and the rating buttons of the daily quiz post. */
export const command = defineCommand({
  definition,
  private: true,
  run: startQuiz,
  components: { 'quiz-show': handleQuizButton, 'quiz-rate': handleQuizButton, 'quiz-undo': handleQuizButton, daily: handleDailyRating },
});
