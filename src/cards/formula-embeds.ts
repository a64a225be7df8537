import { ButtonStyle, ComponentType, type APIEmbed, type APIEmbedField } from 'discord-api-types/v10';
import { t, type Lang } from '../i18n.ts';
import { encodeButtonId } from '../interactions/custom-ids.ts';
import type { ActionRow, BotDeps, Reply, ReplyFile } from '../interactions/types.ts';
import { DISCORD_LIMITS, FORMULA_MARK, splitMessage, truncate } from '../render/index.ts';

/** Discord allows 10 embeds a message; one is kept for the text after the last picture and the fields. */
export const MAX_INLINE_FORMULAS = DISCORD_LIMITS.embedsPerMessage - 1;
/** Discord allows 10 attachments a message. */
export const FORMULAS_PER_PAGE = 10;
const ALT_TEXT_MAX = 1024;

/** Which text of an article the formulas come from, in a "More formulas" custom_id. */
export type FormulaPart = 'card' | 'solution';

export interface FormulaEmbedsInput {
  /** Rendered Markdown with FORMULA_MARK placeholders, and the TeX each placeholder stands for. */
  text: string;
  formulas: readonly string[];
  /** Title, url and colour of the first embed; the colour carries over so the pieces read as one card. */
  head: Pick<APIEmbed, 'title' | 'url' | 'color'>;
  /** Fields and footer, on the last embed. */
  fields?: APIEmbedField[];
  lang: Lang;
}

export interface FormulaEmbeds {
  embeds: APIEmbed[];
  files: ReplyFile[];
  /** Formulas shown as pictures or as code in the message; those after them wait for "More formulas". */
  shown: number;
  /** Rendered formulas that did not fit. */
  hidden: number;
  /** True when the text itself was cut to fit Discord's limits. */
  cut: boolean;
}

type Segment = { kind: 'text'; text: string } | { kind: 'formula'; index: number };

function segments(text: string): Segment[] {
  const list: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(FORMULA_MARK)) {
    list.push({ kind: 'text', text: text.slice(last, match.index) });
    list.push({ kind: 'formula', index: Number(match[1]) });
    last = match.index + match[0].length;
  }
  list.push({ kind: 'text', text: text.slice(last) });
  return list;
}

const fence = (tex: string) => '```tex\n' + tex.replace(/```/g, '``\u200b`') + '\n```';

export function formulaFileName(index: number): string {
  return `formula-${index + 1}.png`;
}

export function formulaAltText(lang: Lang, index: number, tex: string): string {
  return truncate(t(lang, 'card.formulaAlt', { n: index + 1, tex: tex.replace(/\s+/g, ' ') }), ALT_TEXT_MAX);
}

/**
 * Text and display formulas in reading order: each formula's picture ends the embed holding the
 * text before it (an embed shows its image under its text), so text and pictures alternate as in
 * the article. A formula MathJax cannot typeset is shown as a tex block. Stays within 10 embeds,
 * 10 attachments and 6,000 characters; what does not fit is left out and counted.
 */
export async function formulaEmbeds(input: FormulaEmbedsInput, deps: Pick<BotDeps, 'formulas'>): Promise<FormulaEmbeds> {
  const embeds: APIEmbed[] = [];
  const files: ReplyFile[] = [];
  let current: APIEmbed = { ...input.head };
  let description = '';
  let budget = DISCORD_LIMITS.embedTotal - (input.head.title?.length ?? 0) - fieldsLength(input.fields);
  let cut = false;
  let shown = 0;
  let hidden = 0;
  let full = false;

  const appendText = (text: string) => {
    if (full) {
      if (text.trim() !== '') cut = true;
      return;
    }
    const joined = joinText(description, text);
    if (joined.length <= DISCORD_LIMITS.embedDescription && joined.length - description.length <= budget) {
      budget -= joined.length - description.length;
      description = joined;
      return;
    }
    // Too long for one embed: close this one and go on in the next, split at block boundaries.
    const room = Math.min(DISCORD_LIMITS.embedDescription, budget + description.length);
    const pieces = splitMessage(joined, Math.max(room, 200));
    for (const [index, piece] of pieces.entries()) {
      if (index > 0) {
        if (!closeEmbed()) return;
      }
      if (piece.length - (index === 0 ? description.length : 0) > budget) {
        cut = true;
        full = true;
        return;
      }
      budget -= piece.length - (index === 0 ? description.length : 0);
      description = piece;
    }
  };
  /** Pushes the current embed; false when no embed is left for what follows. */
  const closeEmbed = (): boolean => {
    if (embeds.length >= DISCORD_LIMITS.embedsPerMessage - 1) {
      full = true;
      cut = true;
      return false;
    }
    if (description.trim() !== '') current.description = description.trim();
    embeds.push(current);
    current = { color: input.head.color };
    description = '';
    return true;
  };

  for (const segment of segments(input.text)) {
    if (segment.kind === 'text') {
      appendText(segment.text);
      continue;
    }
    const tex = input.formulas[segment.index] ?? '';
    if (full || files.length >= MAX_INLINE_FORMULAS || files.length >= FORMULAS_PER_PAGE) {
      hidden += 1;
      // The reader sees where the formula was; the "More formulas" button shows it.
      appendText(`*${t(input.lang, 'card.formulaElsewhere', { n: segment.index + 1 })}*`);
      continue;
    }
    const image = await deps.formulas.render(tex);
    if (!image.ok) {
      appendText(fence(tex));
      shown += 1;
      continue;
    }
    const name = formulaFileName(segment.index);
    files.push({ name, data: image.png, description: formulaAltText(input.lang, segment.index, tex) });
    current.image = { url: `attachment://${name}` };
    shown += 1;
    // When no embed is left the picture stays with the last one, and what follows is counted as left out.
    closeEmbed();
  }
  if (description.trim() !== '' || input.fields?.length || embeds.length === 0 || current.image) {
    if (description.trim() !== '') current.description = description.trim();
    if (input.fields?.length) current.fields = input.fields;
    embeds.push(current);
  }
  return { embeds: embeds.slice(0, DISCORD_LIMITS.embedsPerMessage), files, shown, hidden, cut };
}

function joinText(before: string, text: string): string {
  if (before === '') return text.replace(/^\n+/, '');
  return before + text;
}

function fieldsLength(fields: readonly APIEmbedField[] | undefined): number {
  return (fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
}

/** The "More formulas" button: private pages of the formulas a message could not show. */
export function moreFormulasRow(articleId: string, part: FormulaPart, from: number, count: number, lang: Lang): ActionRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: t(lang, 'card.moreFormulas', { count }),
        custom_id: formulasCustomId(articleId, part, from),
      },
    ],
  };
}

/** `paging`: a button on a private page itself, which turns that page instead of sending a new one. */
export function formulasCustomId(articleId: string, part: FormulaPart, from: number, paging = false): string {
  return encodeButtonId({ kind: 'formulas', articleId, part, from, paging });
}

/**
 * One private page of formulas as pictures, from index `from` on: up to 10 attachments, each in its
 * own embed so they stay in order, with buttons to the pages before and after.
 */
export async function formulaPage(
  articleId: string,
  title: string,
  part: FormulaPart,
  formulas: readonly string[],
  from: number,
  lang: Lang,
  deps: Pick<BotDeps, 'formulas'>,
): Promise<Reply> {
  const start = Math.min(Math.max(0, from), Math.max(0, formulas.length - 1));
  const page = formulas.slice(start, start + FORMULAS_PER_PAGE);
  const files: ReplyFile[] = [];
  const embeds: APIEmbed[] = [];
  let codeBudget = DISCORD_LIMITS.embedTotal - 300;
  for (const [offset, tex] of page.entries()) {
    const index = start + offset;
    const image = await deps.formulas.render(tex);
    if (image.ok) {
      files.push({ name: formulaFileName(index), data: image.png, description: formulaAltText(lang, index, tex) });
      embeds.push({ description: `${index + 1}.`, image: { url: `attachment://${formulaFileName(index)}` } });
    } else {
      const text = truncate(`${index + 1}.\n${fence(tex)}`, Math.min(DISCORD_LIMITS.embedDescription, Math.max(0, codeBudget)));
      codeBudget -= text.length;
      embeds.push({ description: text });
    }
  }
  const end = start + page.length;
  const buttons = [];
  if (start > 0) {
    buttons.push({
      type: ComponentType.Button as const,
      style: ButtonStyle.Secondary as const,
      label: t(lang, 'search.previous'),
      custom_id: formulasCustomId(articleId, part, Math.max(0, start - FORMULAS_PER_PAGE), true),
    });
  }
  if (end < formulas.length) {
    buttons.push({
      type: ComponentType.Button as const,
      style: ButtonStyle.Secondary as const,
      label: t(lang, 'search.next'),
      custom_id: formulasCustomId(articleId, part, end, true),
    });
  }
  return {
    content: truncate(t(lang, 'card.formulasPage', { from: start + 1, to: end, total: formulas.length, title }), DISCORD_LIMITS.messageContent),
    embeds,
    files,
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    ephemeral: true,
  };
}
