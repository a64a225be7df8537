/**
 * Every button's custom_id, encoded and decoded here and nowhere else. Everything a button needs
 * travels in its custom_id or sits in the store, so buttons keep working after a restart.
 *
 * Format: `<version>:<kind>:<field>:…`, version 1 today. Text fields escape only "%" and ":" so
 * Chinese text stays one character per character. Ids posted before the version prefix existed
 * (`search:…`, `random:…`, `solution:…`, `formulas:…`, `quiz:…`, `quizday:…`, `fit:…`, `remind:quiz`) still decode: messages stay in
 * channels for years. Decoding checks the length and every field; anything that does not parse
 * exactly is null, and the router answers "this button no longer works".
 */
import crypto from 'node:crypto';
import type { Grade } from 'ts-fsrs';
import { DISCORD_LIMITS } from '../render/index.ts';

export const CUSTOM_ID_VERSION = 1;

/** What a search paging button needs to redo the search: the query inline, or its key in the stash. */
export type SearchState = { stashed: false; query: string; tag: string | null } | { stashed: true; key: string };

/** The tag of a "random" button: the tag itself, or a digest when the tag is too long to carry. */
export type RandomTag = { digest: false; tag: string | null } | { digest: true; value: string };

export type ButtonId =
  | { kind: 'solution'; articleId: string }
  /** "More formulas" of a card or a solution from formula `from` on; `paging` when on a page of them already. */
  | { kind: 'formulas'; articleId: string; part: 'card' | 'solution'; from: number; paging: boolean }
  | { kind: 'search'; ownerId: string; offset: number; state: SearchState }
  /** `shown` is the card token of the article on screen (an article id in ids made before tokens). */
  | { kind: 'random'; ownerId: string; shown: string; tag: RandomTag }
  /** `topic`: the /quiz is limited to cards with this topic tag; the next card comes from it too. */
  | { kind: 'quiz-show'; ownerId: string; token: string; version: number; topic?: string | null }
  | { kind: 'quiz-rate'; ownerId: string; token: string; version: number; grade: Grade; topic?: string | null }
  | { kind: 'quiz-undo'; ownerId: string; reviewId: number; topic?: string | null }
  /** A rating button of a daily post: whoever clicks rates the card into their own deck. */
  | { kind: 'daily'; guildId: string; day: string; token: string; grade: Grade }
  /** "Fit my schedule" / "Back to the default schedule" under /stats. */
  | { kind: 'fit'; action: 'run' | 'revert'; ownerId: string }
  /** The reminder DM's "open my quiz". */
  | { kind: 'remind-quiz' };

export type ButtonKind = ButtonId['kind'];
export type ButtonOf<K extends ButtonKind> = Extract<ButtonId, { kind: K }>;
export type QuizButton = ButtonOf<'quiz-show' | 'quiz-rate' | 'quiz-undo'>;
export type DailyButton = ButtonOf<'daily'>;

export const BUTTON_KINDS: readonly ButtonKind[] = [
  'solution',
  'formulas',
  'search',
  'random',
  'quiz-show',
  'quiz-rate',
  'quiz-undo',
  'daily',
  'fit',
  'remind-quiz',
];

/** Search pages further than this are refused: nobody pages through ten thousand results. */
export const MAX_SEARCH_OFFSET = 10_000;

const SNOWFLAKE = /^\d{17,20}$/;
const TOKEN = /^[A-Za-z0-9_-]{12}$/;
const STASH_KEY = /^[A-Za-z0-9_-]{16}$/;
const COUNTER = /^(0|[1-9]\d{0,9})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ARTICLE_ID = 64;
const GRADE = /^[1-4]$/;
/** A topic tag rides along in the quiz buttons; 32 characters keep every custom_id under 100. */
const TOPIC = /^(?=.{1,32}$)topic(?:-[a-z0-9]+)+$/;

export function isButtonTopic(topic: string): boolean {
  return TOPIC.test(topic);
}

/** Article ids can be long; a fixed 12-character digest keeps every custom_id under 100. */
export function cardToken(articleId: string): string {
  return crypto.createHash('sha256').update(articleId).digest('base64url').slice(0, 12);
}

// ---------------------------------------------------------------------------------------------
// Encoding

function escapeText(text: string): string {
  return text.replace(/%/g, '%25').replace(/:/g, '%3A');
}

function fields(button: ButtonId): (string | number)[] {
  switch (button.kind) {
    case 'solution':
      return [button.articleId];
    case 'formulas': {
      const letter = button.part === 'card' ? 'c' : 's';
      return [button.articleId, button.paging ? letter.toUpperCase() : letter, button.from];
    }
    case 'search':
      return [
        button.ownerId,
        button.offset,
        ...(button.state.stashed ? ['h', button.state.key] : ['i', escapeText(button.state.tag ?? ''), escapeText(button.state.query)]),
      ];
    case 'random':
      return [button.ownerId, button.shown, button.tag.digest ? `#${button.tag.value}` : escapeText(button.tag.tag ?? '')];
    case 'quiz-show':
      return [button.ownerId, button.token, button.version, ...(button.topic ? [button.topic] : [])];
    case 'quiz-rate':
      return [button.ownerId, button.token, button.version, button.grade, ...(button.topic ? [button.topic] : [])];
    case 'quiz-undo':
      return [button.ownerId, button.reviewId, ...(button.topic ? [button.topic] : [])];
    case 'daily':
      return [button.guildId, button.day, button.token, button.grade];
    case 'fit':
      return [button.action, button.ownerId];
    case 'remind-quiz':
      return [];
  }
}

function unchecked(button: ButtonId): string {
  return [CUSTOM_ID_VERSION, button.kind, ...fields(button)].join(':');
}

/** Whether the button's id fits Discord's limit, for callers that have a shorter fallback. */
export function fitsCustomId(button: ButtonId): boolean {
  return unchecked(button).length <= DISCORD_LIMITS.customId;
}

/** The custom_id of a button; throws when it would be longer than Discord allows (a bug, not input). */
export function encodeButtonId(button: ButtonId): string {
  const customId = unchecked(button);
  if (customId.length > DISCORD_LIMITS.customId) throw new Error(`custom_id too long (${customId.length}): ${customId}`);
  if (decodeButtonId(customId) === null) throw new Error(`custom_id does not decode: ${customId}`);
  return customId;
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** Undoes escapeText; null when a "%" starts anything but the two escapes it makes. */
function unescapeText(text: string): string | null {
  if (/%(?!25|3A)/.test(text)) return null;
  return text.replace(/%(25|3A)/g, (_match, code: string) => (code === '25' ? '%' : ':'));
}

function counter(text: string | undefined): number | null {
  return text !== undefined && COUNTER.test(text) ? Number(text) : null;
}

function grade(text: string | undefined): Grade | null {
  return text !== undefined && GRADE.test(text) ? (Number(text) as Grade) : null;
}

const isArticleId = (text: string | undefined): text is string => text !== undefined && text.length <= MAX_ARTICLE_ID && ARTICLE_ID.test(text);
const isSnowflake = (text: string | undefined): text is string => text !== undefined && SNOWFLAKE.test(text);
const isToken = (text: string | undefined): text is string => text !== undefined && TOKEN.test(text);

function decodeOffset(text: string | undefined): number | null {
  const offset = counter(text);
  return offset !== null && offset <= MAX_SEARCH_OFFSET ? offset : null;
}

function decodeQuiz(kind: 'quiz-show' | 'quiz-rate' | 'quiz-undo', parts: string[]): QuizButton | null {
  if (kind === 'quiz-undo') {
    const [ownerId, reviewText] = parts;
    const reviewId = counter(reviewText);
    return parts.length === 2 && isSnowflake(ownerId) && reviewId !== null ? { kind, ownerId, reviewId } : null;
  }
  const [ownerId, token, versionText, gradeText] = parts;
  const version = counter(versionText);
  if (!isSnowflake(ownerId) || !isToken(token) || version === null) return null;
  if (kind === 'quiz-show') return parts.length === 3 ? { kind, ownerId, token, version } : null;
  const rated = grade(gradeText);
  return parts.length === 4 && rated !== null ? { kind, ownerId, token, version, grade: rated } : null;
}

function decodeCurrent(kind: string, parts: string[]): ButtonId | null {
  switch (kind) {
    case 'solution': {
      const [articleId] = parts;
      return parts.length === 1 && isArticleId(articleId) ? { kind, articleId } : null;
    }
    case 'formulas': {
      const [articleId, letter, fromText] = parts;
      if (parts.length !== 3 || !isArticleId(articleId) || letter === undefined || !/^[csCS]$/.test(letter) || !/^\d{1,4}$/.test(fromText ?? '')) return null;
      return { kind, articleId, part: letter.toLowerCase() === 'c' ? 'card' : 'solution', from: Number(fromText), paging: letter === letter.toUpperCase() };
    }
    case 'search': {
      const [ownerId, offsetText, mode, first, second] = parts;
      const offset = decodeOffset(offsetText);
      if (!isSnowflake(ownerId) || offset === null) return null;
      if (mode === 'h' && parts.length === 4 && first !== undefined && STASH_KEY.test(first))
        return { kind, ownerId, offset, state: { stashed: true, key: first } };
      if (mode !== 'i' || parts.length !== 5) return null;
      const tag = unescapeText(first ?? '');
      const query = unescapeText(second ?? '');
      if (tag === null || query === null || !query.trim()) return null;
      return { kind, ownerId, offset, state: { stashed: false, query, tag: tag || null } };
    }
    case 'random': {
      const [ownerId, shown, tagField] = parts;
      if (parts.length !== 3 || !isSnowflake(ownerId) || !(isToken(shown) || isArticleId(shown)) || tagField === undefined) return null;
      if (tagField.startsWith('#')) return isToken(tagField.slice(1)) ? { kind, ownerId, shown, tag: { digest: true, value: tagField.slice(1) } } : null;
      const tag = unescapeText(tagField);
      return tag === null ? null : { kind, ownerId, shown, tag: { digest: false, tag: tag || null } };
    }
    case 'quiz-show':
    case 'quiz-rate':
    case 'quiz-undo': {
      // An optional topic tag comes last.
      const fixed = kind === 'quiz-undo' ? 2 : kind === 'quiz-show' ? 3 : 4;
      if (parts.length === fixed) return decodeQuiz(kind, parts);
      const topic = parts[fixed];
      if (parts.length !== fixed + 1 || topic === undefined || !TOPIC.test(topic)) return null;
      const button = decodeQuiz(kind, parts.slice(0, fixed));
      return button && { ...button, topic };
    }
    case 'daily': {
      const [guildId, day, token, gradeText] = parts;
      const rated = grade(gradeText);
      return parts.length === 4 && isSnowflake(guildId) && day !== undefined && DAY.test(day) && isToken(token) && rated !== null
        ? { kind, guildId, day, token, grade: rated }
        : null;
    }
    case 'fit': {
      const [action, ownerId] = parts;
      return parts.length === 2 && (action === 'run' || action === 'revert') && isSnowflake(ownerId) ? { kind, action, ownerId } : null;
    }
    case 'remind-quiz':
      return parts.length === 0 ? { kind } : null;
    default:
      return null;
  }
}

function decodeUri(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Ids made before the version prefix: each kind had its own layout. */
function decodeLegacy(prefix: string, parts: string[]): ButtonId | null {
  switch (prefix) {
    case 'solution':
    case 'formulas':
      return decodeCurrent(prefix, parts);
    case 'search': {
      // search:<owner>:<offset>:i:<uri-encoded tag>:<query, may hold ":"> | search:<owner>:<offset>:h:<stash key>
      const [ownerId, offsetText, mode, ...rest] = parts;
      const offset = decodeOffset(offsetText);
      if (!isSnowflake(ownerId) || offset === null) return null;
      if (mode === 'h')
        return rest.length === 1 && STASH_KEY.test(rest[0]!) ? { kind: 'search', ownerId, offset, state: { stashed: true, key: rest[0]! } } : null;
      if (mode !== 'i' || rest.length < 2) return null;
      const tag = decodeUri(rest[0]!);
      const query = rest.slice(1).join(':');
      if (tag === null || !query.trim()) return null;
      return { kind: 'search', ownerId, offset, state: { stashed: false, query, tag: tag || null } };
    }
    case 'random': {
      // random:<owner>:<token or article id>:<uri-encoded tag or #digest>
      const [ownerId, shown, tagField] = parts;
      if (parts.length !== 3 || !isSnowflake(ownerId) || !(isToken(shown) || isArticleId(shown)) || tagField === undefined) return null;
      if (tagField.startsWith('#'))
        return isToken(tagField.slice(1)) ? { kind: 'random', ownerId, shown, tag: { digest: true, value: tagField.slice(1) } } : null;
      const tag = decodeUri(tagField);
      return tag === null ? null : { kind: 'random', ownerId, shown, tag: { digest: false, tag: tag || null } };
    }
    case 'quiz': {
      // quiz:show|rate|undo:<owner>:…, the same fields as today
      const [action, ...rest] = parts;
      return action === 'show' || action === 'rate' || action === 'undo' ? decodeCurrent(`quiz-${action}`, rest) : null;
    }
    case 'quizday':
      return decodeCurrent('daily', parts);
    case 'fit':
      return decodeCurrent('fit', parts);
    case 'remind':
      // remind:quiz
      return parts.length === 1 && parts[0] === 'quiz' ? { kind: 'remind-quiz' } : null;
    default:
      return null;
  }
}

/** The button a custom_id names, validated field by field; null for anything else. */
export function decodeButtonId(customId: string): ButtonId | null {
  if (customId.length === 0 || customId.length > DISCORD_LIMITS.customId) return null;
  const [head = '', ...rest] = customId.split(':');
  if (head === String(CUSTOM_ID_VERSION)) {
    const [kind = '', ...parts] = rest;
    return decodeCurrent(kind, parts);
  }
  return decodeLegacy(head, rest);
}
