import type { CommandModule } from '../src/interactions/types.ts';
import { command as card } from './card.ts';
import { command as config } from './config.ts';
import { command as exportReviews } from './export.ts';
import { helpCommand } from './help.ts';
import { command as latest } from './latest.ts';
import { command as leaderboard } from './leaderboard.ts';
import { command as quiz } from './quiz.ts';
import { command as random } from './random.ts';
import { command as remind } from './remind.ts';
import { command as search } from './search.ts';
import { command as stats } from './stats.ts';
import { command as tags } from './tags.ts';

const help = helpCommand(() => allCommands);

/** Every slash command the bot registers, in the order /help lists them. */
export const allCommands: readonly CommandModule[] = [search, card, latest, random, tags, quiz, stats, remind, exportReviews, leaderboard, help, config];
