import crypto from 'node:crypto';
import type { Grade } from 'ts-fsrs';
import type { Library } from '../corpus/library.ts';
import type { Article } from '../corpus/types.ts';
import { DISCORD_LIMITS } from '../render/index.ts';
import { parseGrade } from './fsrs.ts';

/**
 * Button identifiers. Everything a button needs travels in its custom_id or sits in the store, so
 * buttons keep working after a restart; anything that does not parse exactly is refused.
 */
export const QUIZ_PREFIX = 'quiz';
export const DAILY_PREFIX = 'quizday';

const SNOWFLAKE = /^\d{17,20}$/;
const TOKEN = /^[A-Za-z0-9_-]{12}$/;
const COUNTER = /^(0|[1-9]\d{0,9})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A topic tag (`/quiz topic:`) rides along in the quiz buttons; 32 characters keep every custom_id under 100. */
const TOPIC = /^(?=.{1,32}$)topic(?:-[a-z0-9]+)+$/;

export function isButtonTopic(topic: string): boolean {
  return TOPIC.test(topic);
}

/** Article ids can be long; a fixed 12-character digest keeps every custom_id under 100. */
export function cardToken(articleId: string): string {
  return crypto.createHash('sha256').update(articleId).digest('base64url').slice(0, 12);
}

const tokenIndexes = new WeakMap<Library, Map<string, Article>>();

/** The visible LeetCode card a token names, or undefined (unknown, removed, or not yet published). */
export function articleByToken(library: Library, token: string, now: Date): Article | undefined {
  let index = tokenIndexes.get(library);
  if (!index) {
    index = new Map(library.articles.filter((a) => a.leetcode !== null).map((a) => [cardToken(a.id), a]));
    tokenIndexes.set(library, index);
  }
  const article = index.get(token);
  return article && library.visibleById(article.id, now) ? article : undefined;
}

/** `topic`: the quiz is limited to cards with this topic tag; the next card comes from it too. */
export type QuizButton = (
  | { action: 'show'; ownerId: string; token: string; version: number }
  | { action: 'rate'; ownerId: string; token: string; version: number; grade: Grade }
  | { action: 'undo'; ownerId: string; reviewId: number }
) & { topic?: string | null };

export function quizButtonId(button: QuizButton): string {
  const parts: (string | number)[] = [QUIZ_PREFIX, button.action, button.ownerId];
  if (button.action === 'undo') parts.push(button.reviewId);
  else parts.push(button.token, button.version);
  if (button.action === 'rate') parts.push(button.grade);
  if (button.topic) {
    if (!TOPIC.test(button.topic)) throw new Error(`topic "${button.topic}" cannot travel in a button`);
    parts.push(button.topic);
  }
  return checked(parts.join(':'));
}

/** `args` is the custom_id after `quiz:`, split on ":". */
export function parseQuizButton(args: readonly string[]): QuizButton | null {
  const fixed = args[0] === 'undo' ? 3 : args[0] === 'show' ? 4 : 5;
  if (args.length === fixed + 1) {
    const topic = args[fixed]!;
    if (!TOPIC.test(topic)) return null;
    const button = parseFixedQuizButton(args.slice(0, fixed));
    return button && { ...button, topic };
  }
  return parseFixedQuizButton(args);
}

function parseFixedQuizButton(args: readonly string[]): QuizButton | null {
  const [action, ownerId, ...rest] = args;
  if (!ownerId || !SNOWFLAKE.test(ownerId)) return null;
  if (action === 'undo') {
    const [reviewId] = rest;
    if (rest.length !== 1 || !reviewId || !COUNTER.test(reviewId)) return null;
    return { action, ownerId, reviewId: Number(reviewId) };
  }
  const [token, version, gradeText] = rest;
  if (!token || !TOKEN.test(token) || !version || !COUNTER.test(version)) return null;
  if (action === 'show' && rest.length === 2) return { action, ownerId, token, version: Number(version) };
  if (action === 'rate' && rest.length === 3) {
    const grade = parseGrade(gradeText);
    return grade === null ? null : { action, ownerId, token, version: Number(version), grade };
  }
  return null;
}

/** A rating button of a daily post: whoever clicks rates the card into their own deck. */
export interface DailyButton {
  guildId: string;
  day: string;
  token: string;
  grade: Grade;
}

export function dailyButtonId(button: DailyButton): string {
  return checked([DAILY_PREFIX, button.guildId, button.day, button.token, button.grade].join(':'));
}

export function parseDailyButton(args: readonly string[]): DailyButton | null {
  const [guildId, day, token, gradeText] = args;
  if (args.length !== 4 || !guildId || !SNOWFLAKE.test(guildId) || !day || !DAY.test(day) || !token || !TOKEN.test(token)) return null;
  const grade = parseGrade(gradeText);
  return grade === null ? null : { guildId, day, token, grade };
}

function checked(customId: string): string {
  if (customId.length > DISCORD_LIMITS.customId) throw new Error(`custom_id too long (${customId.length}): ${customId}`);
  return customId;
}
