import {
  ACCENTS,
  DROPPED,
  ESCAPED,
  GREEK,
  OPERATOR_NAMES,
  SPACED,
  TEXT_COMMANDS,
  THIN_SPACES,
  TIGHT,
  WIDE_SPACES,
  isAlphabetCommand,
  toAlphabet,
  toScript,
} from './symbols.ts';

/**
 * Inline LaTeX as plain Unicode text (`x_{t-1} \le 10^5` → "xₜ₋₁ ≤ 10⁵"), or null when any part
 * of it has no exact Unicode form: the caller then shows the whole formula as code, never half
 * converted. Only the math people write inline is covered; environments, alignments and unknown
 * commands are refused.
 */
export function texToUnicode(tex: string): string | null {
  try {
    const parser = new Parser(tokenize(tex));
    const pieces = parser.sequence(false);
    const text = join(pieces).replace(/ {2,}/g, ' ').trim().normalize('NFC');
    return text === '' ? null : text;
  } catch (error) {
    if (error instanceof Inexpressible) return null;
    throw error;
  }
}

/**
 * Thrown to give up on a formula and caught in texToUnicode, never further. Not an Error: the
 * stack an Error captures would cost several times what converting a formula does.
 */
class Inexpressible {
  constructor(readonly why: string) {}
}
const fail = (why: string): never => {
  throw new Inexpressible(why);
};

type Token =
  | { kind: 'command'; name: string }
  | { kind: 'char'; char: string }
  | { kind: 'space' }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'sup' }
  | { kind: 'sub' };

function tokenize(tex: string): Token[] {
  const tokens: Token[] = [];
  const chars = [...tex];
  let index = 0;
  while (index < chars.length) {
    const char = chars[index]!;
    if (char === '\\') {
      let name = '';
      let next = index + 1;
      while (next < chars.length && /[a-zA-Z]/.test(chars[next]!)) name += chars[next++];
      if (name === '') {
        name = chars[next] ?? fail('trailing backslash');
        next += 1;
        if (/\s/.test(name)) name = ' ';
      } else {
        // The space that ends a command name is not part of the formula ("\Delta W" is ΔW), but
        // before an operator it is the author's spacing ("\alpha = r" is α = r, not α= r).
        const spaceStart = next;
        while (next < chars.length && /\s/.test(chars[next]!)) next++;
        const following = chars[next];
        if (next > spaceStart && following !== undefined && !/[\p{L}\p{N}\\{}^_]/u.test(following)) {
          tokens.push({ kind: 'command', name });
          index = spaceStart;
          continue;
        }
      }
      tokens.push({ kind: 'command', name });
      index = next;
      continue;
    }
    if (/\s/.test(char)) {
      while (index < chars.length && /\s/.test(chars[index]!)) index++;
      tokens.push({ kind: 'space' });
      continue;
    }
    index += 1;
    if (char === '{') tokens.push({ kind: 'open' });
    else if (char === '}') tokens.push({ kind: 'close' });
    else if (char === '^') tokens.push({ kind: 'sup' });
    else if (char === '_') tokens.push({ kind: 'sub' });
    else if (char === '&' || char === '%' || char === '#' || char === '$') fail(`"${char}" has no meaning in inline text`);
    else if (char === '~') tokens.push({ kind: 'command', name: ' ' });
    else tokens.push({ kind: 'char', char });
  }
  return tokens;
}

/** How a piece joins its neighbours. */
type PieceClass = 'ord' | 'spaced' | 'operator' | 'fraction' | 'space';

interface Piece {
  text: string;
  kind: PieceClass;
}

/** Letters and digits with their marks and scripts: what needs no parentheses around it. */
const SCRIPT_CHARS = '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵝᵞᵟᶿᶥᵠᵡ′*₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ';
const ATOM = `(?:\\d+(?:\\.\\d+)?|[∂∇Δ]?[\\p{L}∞ℓ][\\p{M}]*)[${SCRIPT_CHARS}]*`;
const SIMPLE = new RegExp(`^(?:√?${ATOM}(?:\\([^()]*\\))?|\\([^()]*\\))$`, 'u');

function parenthesize(text: string): string {
  return SIMPLE.test(text) ? text : `(${text})`;
}

function join(pieces: readonly Piece[]): string {
  let out = '';
  pieces.forEach((piece, index) => {
    const previous = pieces[index - 1];
    if (piece.kind === 'spaced') out += ` ${piece.text} `;
    else if (piece.kind === 'space') out += piece.text;
    else {
      // "log x", not "logx": an operator name is separated from a following variable.
      if (previous?.kind === 'operator' && /[\p{L}\p{N}]/u.test(piece.text[0] ?? '') && !out.endsWith(' ')) out += ' ';
      out += piece.text;
    }
  });
  return out;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token {
    return this.tokens[this.index++] ?? fail('unexpected end');
  }

  /** Pieces up to the end, or up to the closing brace of a group. */
  sequence(inGroup: boolean): Piece[] {
    const pieces: Piece[] = [];
    for (;;) {
      const token = this.peek();
      if (token === undefined) {
        if (inGroup) fail('unclosed group');
        return pieces;
      }
      if (token.kind === 'close') {
        if (!inGroup) fail('unbalanced closing brace');
        this.index++;
        return pieces;
      }
      if (token.kind === 'sup' || token.kind === 'sub') {
        // A script with nothing before it (`{}^2`, `^2`) attaches to an empty base.
        const base = pieces.pop() ?? { text: '', kind: 'ord' as const };
        pieces.push(this.scripts(base.kind === 'space' ? (pieces.push(base), { text: '', kind: 'ord' as const }) : base));
        continue;
      }
      const piece = this.atom();
      if (piece) pieces.push(piece);
    }
  }

  /** Sub- and superscripts following a base, in the order written. */
  private scripts(base: Piece): Piece {
    let text = base.kind === 'fraction' ? `(${base.text})` : base.text;
    let seen = '';
    while (this.peek()?.kind === 'sup' || this.peek()?.kind === 'sub') {
      const kind = this.next().kind as 'sup' | 'sub';
      if (seen.includes(kind)) fail('double script');
      seen += kind;
      const argument = this.argument();
      const script = toScript(argument.text.replace(/\s+/g, ''), kind) ?? fail(`no ${kind}script for "${argument.text}"`);
      text += script;
    }
    return { text, kind: base.kind === 'fraction' ? 'ord' : base.kind };
  }

  /** One token or one braced group, as one piece (an argument of a command or a script). */
  private argument(): Piece {
    while (this.peek()?.kind === 'space') this.index++;
    const token = this.peek() ?? fail('missing argument');
    if (token.kind === 'open') {
      this.index++;
      const pieces = this.sequence(true);
      return { text: join(pieces).replace(/ {2,}/g, ' ').trim(), kind: 'ord' };
    }
    if (token.kind === 'char') {
      this.index++;
      return { text: charText(token.char), kind: 'ord' };
    }
    if (token.kind === 'command') return this.atom() ?? { text: '', kind: 'ord' };
    return fail('bad argument');
  }

  /** Raw text of a braced argument in text mode (`\text{…}`): spaces kept, few commands allowed. */
  private textArgument(): string {
    while (this.peek()?.kind === 'space') this.index++;
    if (this.next().kind !== 'open') fail('text command without braces');
    let text = '';
    let depth = 0;
    for (;;) {
      const token = this.next();
      if (token.kind === 'close') {
        if (depth === 0) return text;
        depth--;
      } else if (token.kind === 'open') depth++;
      else if (token.kind === 'space') text += ' ';
      else if (token.kind === 'char') text += token.char;
      else if (token.kind === 'sup') text += '^';
      else if (token.kind === 'sub') fail('subscript inside text');
      else if (token.name in ESCAPED) text += token.name === '|' ? '|' : token.name;
      else if (token.name === ' ') text += ' ';
      else fail(`\\${token.name} inside text`);
    }
  }

  private atom(): Piece | null {
    const token = this.next();
    switch (token.kind) {
      case 'space':
        return { text: ' ', kind: 'space' };
      case 'char':
        return { text: charText(token.char), kind: 'ord' };
      case 'open':
        return { text: join(this.sequence(true)).replace(/ {2,}/g, ' ').trim(), kind: 'ord' };
      case 'command':
        return this.command(token.name);
      default:
        return fail('unexpected token');
    }
  }

  private command(name: string): Piece | null {
    if (name in GREEK) return { text: GREEK[name]!, kind: 'ord' };
    if (name in SPACED) return { text: SPACED[name]!, kind: 'spaced' };
    if (name in TIGHT) return { text: TIGHT[name]!, kind: 'ord' };
    if (name in ESCAPED) return { text: ESCAPED[name]!, kind: 'ord' };
    if (OPERATOR_NAMES.has(name)) return { text: name, kind: 'operator' };
    if (THIN_SPACES.has(name)) return null;
    if (WIDE_SPACES.has(name)) return { text: ' ', kind: 'space' };
    if (DROPPED.has(name)) {
      // `\left.` is an invisible delimiter.
      const after = this.peek();
      if (after?.kind === 'char' && after.char === '.' && /^(left|right|middle|[bB]igg?[lr]?)$/.test(name)) this.index++;
      return null;
    }
    if (name === 'frac' || name === 'tfrac' || name === 'dfrac' || name === 'cfrac') {
      const numerator = this.argument().text;
      const denominator = this.argument().text;
      if (numerator === '' || denominator === '') fail('empty fraction');
      return { text: `${parenthesize(numerator)}/${parenthesize(denominator)}`, kind: 'fraction' };
    }
    if (name === 'sqrt') return this.root();
    if (name in ACCENTS) {
      const argument = this.argument().text;
      const chars = [...argument];
      if (chars.length === 1) return { text: argument + ACCENTS[name], kind: 'ord' };
      if (name === 'overline' && chars.length > 1 && chars.every((char) => /[\p{L}\p{N}]/u.test(char))) {
        return { text: chars.map((char) => char + ACCENTS[name]).join(''), kind: 'ord' };
      }
      return fail(`\\${name} over "${argument}"`);
    }
    if (TEXT_COMMANDS.has(name)) {
      if (name === 'operatorname' && this.peek()?.kind === 'char' && (this.peek() as { char: string }).char === '*') this.index++;
      const text = this.textArgument();
      return { text, kind: name === 'operatorname' ? 'operator' : 'ord' };
    }
    if (isAlphabetCommand(name)) {
      const argument = this.argument().text;
      return { text: toAlphabet(name, argument) ?? fail(`\\${name}{${argument}}`), kind: 'ord' };
    }
    return fail(`unknown command \\${name}`);
  }

  private root(): Piece {
    let index = '';
    if (this.peek()?.kind === 'char' && (this.peek() as { char: string }).char === '[') {
      this.index++;
      for (;;) {
        const token = this.next();
        if (token.kind === 'char' && token.char === ']') break;
        if (token.kind !== 'char' && token.kind !== 'space') fail('complex root index');
        if (token.kind === 'char') index += token.char;
      }
    }
    const sign = index === '' || index === '2' ? '√' : index === '3' ? '∛' : index === '4' ? '∜' : fail(`root of index ${index}`);
    const radicand = this.argument().text;
    if (radicand === '') fail('empty root');
    return { text: sign + parenthesize(radicand), kind: 'ord' };
  }
}

function charText(char: string): string {
  if (char === "'") return '′';
  return char;
}
