import type { TokenizerExtension, Tokens } from 'marked';

/**
 * LaTeX math for marked. Without these tokenizers `a_i b_j` inside `$…$` would become emphasis
 * and `\{` would lose its backslash. Inline math follows pandoc's `$` rule so prices such as
 * "costs $5 and $6" stay text: no space after the opening `$`, none before the closing `$`,
 * and the closing `$` not followed by a digit.
 */

export interface MathToken extends Tokens.Generic {
  type: 'mathInline' | 'mathBlock';
  /** The LaTeX source between the delimiters. */
  text: string;
}

const INLINE_DOUBLE_DOLLAR = /^\$\$(?!\$)((?:\\[\s\S]|[^\\$])+?)\$\$/;
const INLINE_DOLLAR = /^\$(?=[^\s$])((?:\\[\s\S]|[^\\$])+?)(?<=\S)\$(?!\d)/;
const INLINE_PAREN = /^\\\(([\s\S]+?)\\\)/;
/** A blank line ends a paragraph, so display math may not run across one either. */
const BLOCK_DOLLARS = /^ {0,3}\$\$((?:(?!\n[ \t]*\n)[\s\S])+?)\$\$[ \t]*(?:\n+|$)/;
const BLOCK_BRACKETS = /^ {0,3}\\\[((?:(?!\n[ \t]*\n)[\s\S])+?)\\\][ \t]*(?:\n+|$)/;
/**
 * marked asks where the next block might begin within `src.slice(1)` and treats that spot as a
 * block start, so only spots right after a line break may be reported: reporting a `$$` in the
 * middle of a line would make marked retry block parsing at every character of "$$$$…".
 */
const BLOCK_START = /\n {0,3}(?:\$\$|\\\[)/;

function mathToken(type: MathToken['type'], raw: string, tex: string): MathToken {
  return { type, raw, text: tex.trim() };
}

export const inlineMathExtension: TokenizerExtension = {
  name: 'mathInline',
  level: 'inline',
  start(src) {
    const index = src.search(/\$|\\\(/);
    return index < 0 ? undefined : index;
  },
  tokenizer(src) {
    const match = INLINE_DOUBLE_DOLLAR.exec(src) ?? INLINE_DOLLAR.exec(src) ?? INLINE_PAREN.exec(src);
    return match ? mathToken('mathInline', match[0], match[1] ?? '') : undefined;
  },
};

export const blockMathExtension: TokenizerExtension = {
  name: 'mathBlock',
  level: 'block',
  start(src) {
    const match = BLOCK_START.exec(src);
    return match ? match.index + 1 : undefined;
  },
  tokenizer(src) {
    const match = BLOCK_DOLLARS.exec(src) ?? BLOCK_BRACKETS.exec(src);
    return match ? mathToken('mathBlock', match[0], match[1] ?? '') : undefined;
  },
};

/** The display formula `chunk` is when it is one `$$…$$` block and nothing else, as the block tokenizer makes it. */
export function displayMathChunk(chunk: string): MathToken | undefined {
  const match = BLOCK_DOLLARS.exec(chunk);
  return match && match[0].length === chunk.length ? mathToken('mathBlock', match[0], match[1] ?? '') : undefined;
}

/** Sticky copies (the `^` dropped) so the mask can match at an offset without slicing. */
const sticky = (pattern: RegExp): RegExp => new RegExp(pattern.source.slice(1), 'y');
const DOUBLE_DOLLAR_AT = sticky(INLINE_DOUBLE_DOLLAR);
const DOLLAR_AT = sticky(INLINE_DOLLAR);
const BACKTICKS_AT = /`+/y;

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** The `$…$` or `$$…$$` formula the inline tokenizer would find at `index` of `text`, as its token; undefined when none starts there. */
export function dollarMathAt(text: string, index: number): MathToken | undefined {
  const match = matchAt(DOUBLE_DOLLAR_AT, text, index) ?? matchAt(DOLLAR_AT, text, index);
  return match ? mathToken('mathInline', match[0], match[1] ?? '') : undefined;
}

/**
 * marked finds emphasis delimiters in a masked copy of each inline run; hiding `$…$` there stops
 * an `_` or `*` inside math from pairing with one outside it. The copy already has escaped
 * punctuation replaced (so `\(` is unrecognisable) and code spans still delimited by backticks.
 */
export function maskInlineMath(masked: string): string {
  if (!masked.includes('$')) return masked;
  let result = '';
  let copiedUpTo = 0;
  let index = 0;
  while (index < masked.length) {
    const char = masked[index];
    if (char === '`') {
      const run = matchAt(BACKTICKS_AT, masked, index)?.[0] ?? '`';
      const close = masked.indexOf(run, index + run.length);
      index = close < 0 ? index + run.length : close + run.length;
      continue;
    }
    if (char === '$') {
      const math = dollarMathAt(masked, index);
      if (math !== undefined) {
        result += masked.slice(copiedUpTo, index) + 'a'.repeat(math.raw.length);
        index += math.raw.length;
        copiedUpTo = index;
        continue;
      }
    }
    index += 1;
  }
  return result + masked.slice(copiedUpTo);
}
