import type { Article } from '../corpus/types.ts';
import { t, type Lang } from '../i18n.ts';
import type { ButtonOf } from '../interactions/custom-ids.ts';
import type { ComponentReply, Reply } from '../interactions/types.ts';
import type { FormulaImages } from '../render/formula-images/index.ts';
import { DISCORD_LIMITS, FORMULA_MARK, fitEmbed, markdownWithFormulas, truncate } from '../render/index.ts';
import { cardFields, cardHead, type EmbedContext } from './article-embeds.ts';
import { solutionButtonRow } from './card-replies.ts';
import { formulaEmbeds, formulaPage, moreFormulasRow, type FormulaPart } from './formula-embeds.ts';

const NOTE_CARD_CHARS = 1800;
const QUESTION_CHARS = 3000;

/**
 * What a card shows: a LeetCode card its question, a note its summary followed by the opening of
 * its body, display formulas included (never a solution).
 */
function cardText(article: Article): { text: string; formulas: string[] } {
  if (article.leetcode) return markdownWithFormulas(article.leetcode.question, QUESTION_CHARS);
  const markdown = [article.summary, article.body].filter((part): part is string => Boolean(part?.trim())).join('\n\n');
  return markdownWithFormulas(markdown, NOTE_CARD_CHARS);
}

function solutionText(article: Article): { text: string; formulas: string[] } {
  return markdownWithFormulas(article.leetcode?.answer ?? '', null);
}

function partText(article: Article, part: FormulaPart): { text: string; formulas: string[] } {
  return part === 'card' ? cardText(article) : solutionText(article);
}

/** The formulas whose placeholders survived the cut, in reading order. */
function formulasShown(text: string, formulas: readonly string[]): string[] {
  return [...text.matchAll(FORMULA_MARK)].map((match) => formulas[Number(match[1])] ?? '');
}

/**
 * The /card card with its display formulas as pictures between the paragraphs, and a private
 * "More formulas" button when there are more than one message can hold.
 */
export async function cardWithFormulas(article: Article, context: EmbedContext, formulas: FormulaImages): Promise<Reply> {
  const { lang } = context;
  const rendered = cardText(article);
  const composed = await formulaEmbeds({ ...rendered, head: cardHead(article), fields: cardFields(article, context), lang }, { formulas });
  const reply: Reply = { embeds: composed.embeds.map(fitEmbed), files: composed.files, components: [] };
  if (article.leetcode) reply.components!.push(solutionButtonRow(article, lang));
  if (composed.hidden > 0) {
    reply.content = t(lang, 'card.moreFormulasNote', { count: composed.hidden });
    reply.components!.push(moreFormulasRow(article.id, 'card', composed.shown, composed.hidden, lang));
  }
  return reply;
}

/** A LeetCode solution, privately, with its formulas as pictures; the rest is left to the link and the button. */
export async function solutionWithFormulas(article: Article, lang: Lang, images: FormulaImages): Promise<Reply> {
  const { text, formulas } = solutionText(article);
  const deps = { formulas: images };
  const title = truncate(t(lang, 'card.solutionTitle', { title: article.title }), DISCORD_LIMITS.embedTitle);
  const head = { title, url: article.url ?? undefined, color: cardHead(article).color };
  const composed = await formulaEmbeds({ text, formulas, head, lang }, deps);
  const notes: string[] = [];
  if (composed.cut) notes.push(t(lang, 'card.solutionMore'));
  const reply: Reply = { embeds: composed.embeds.map(fitEmbed), files: composed.files, components: [], ephemeral: true };
  if (composed.hidden > 0) {
    notes.push(t(lang, 'card.moreFormulasNote', { count: composed.hidden }));
    reply.components = [moreFormulasRow(article.id, 'solution', composed.shown, composed.hidden, lang)];
  }
  if (notes.length > 0) reply.content = notes.join('\n');
  return reply;
}

/** "More formulas" and its page buttons: a new private message first, then that message paged in place. */
export async function formulasButton(article: Article | undefined, parsed: ButtonOf<'formulas'>, lang: Lang, images: FormulaImages): Promise<ComponentReply> {
  const deps = { formulas: images };
  if (!article || (parsed.part === 'solution' && !article.leetcode)) {
    return { kind: 'reply', content: t(lang, 'error.unknownArticle'), ephemeral: true };
  }
  const { text, formulas } = partText(article, parsed.part);
  const shown = formulasShown(text, formulas);
  if (shown.length === 0) return { kind: 'reply', content: t(lang, 'error.expired'), ephemeral: true };
  const page = await formulaPage(article.id, article.title, parsed.part, shown, parsed.from, lang, deps);
  return parsed.paging ? { kind: 'update', ...page } : { kind: 'reply', ...page };
}
