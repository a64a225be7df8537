/** LaTeX commands with an exact Unicode form, and the Unicode alphabets some of them use. */

export const GREEK: Readonly<Record<string, string>> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π',
  varpi: 'ϖ', rho: 'ρ', varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ', upsilon: 'υ', phi: 'ϕ',
  varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ',
  Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};

/** Symbols written with spaces around them: relations, arrows and binary operators. */
export const SPACED: Readonly<Record<string, string>> = {
  le: '≤', leq: '≤', ge: '≥', geq: '≥', leqslant: '⩽', geqslant: '⩾', ne: '≠', neq: '≠', approx: '≈',
  sim: '∼', simeq: '≃', cong: '≅', equiv: '≡', propto: '∝', ll: '≪', gg: '≫', in: '∈', notin: '∉',
  ni: '∋', subset: '⊂', subseteq: '⊆', supset: '⊃', supseteq: '⊇', to: '→', rightarrow: '→',
  leftarrow: '←', gets: '←', Rightarrow: '⇒', Leftarrow: '⇐', Leftrightarrow: '⇔', leftrightarrow: '↔',
  iff: '⟺', implies: '⟹', mapsto: '↦', longrightarrow: '⟶', longmapsto: '⟼', uparrow: '↑',
  downarrow: '↓', times: '×', div: '÷', pm: '±', mp: '∓', cup: '∪', cap: '∩', setminus: '∖',
  land: '∧', lor: '∨', wedge: '∧', vee: '∨', oplus: '⊕', otimes: '⊗', odot: '⊙', mid: '∣',
  coloneqq: '≔', triangleq: '≜', doteq: '≐', perp: '⊥', parallel: '∥', because: '∵',
  therefore: '∴', bmod: 'mod', mod: 'mod', prec: '≺', succ: '≻', preceq: '⪯', succeq: '⪰',
};

/** Symbols written as they are, without spaces. */
export const TIGHT: Readonly<Record<string, string>> = {
  cdot: '·', cdotp: '·', circ: '∘', ast: '∗', star: '⋆', bullet: '•', infty: '∞', nabla: '∇',
  partial: '∂', sum: '∑', prod: '∏', coprod: '∐', int: '∫', iint: '∬', iiint: '∭', oint: '∮',
  bigcup: '⋃', bigcap: '⋂', bigoplus: '⨁', bigotimes: '⨂', bigvee: '⋁', bigwedge: '⋀',
  forall: '∀', exists: '∃', nexists: '∄', neg: '¬', lnot: '¬', emptyset: '∅', varnothing: '∅',
  langle: '⟨', rangle: '⟩', lceil: '⌈', rceil: '⌉', lfloor: '⌊', rfloor: '⌋', lvert: '|',
  rvert: '|', vert: '|', lVert: '‖', rVert: '‖', Vert: '‖', top: '⊤', bot: '⊥', angle: '∠',
  triangle: '△', prime: '′', ell: 'ℓ', hbar: 'ℏ', Re: 'ℜ', Im: 'ℑ', aleph: 'ℵ', dagger: '†',
  ddagger: '‡', backslash: '\\', colon: ':', cdots: '⋯', ldots: '…', dots: '…', dotsc: '…',
  dotsb: '⋯', vdots: '⋮', ddots: '⋱', checkmark: '✓', sharp: '♯', flat: '♭', natural: '♮',
  lbrace: '{', rbrace: '}', lbrack: '[', rbrack: ']', surd: '√', degree: '°', wp: '℘',
};

/** Upright operator names (`\log x` reads "log x"). */
export const OPERATOR_NAMES: ReadonlySet<string> = new Set([
  'log', 'ln', 'lg', 'exp', 'sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'arcsin', 'arccos', 'arctan',
  'sinh', 'cosh', 'tanh', 'max', 'min', 'arg', 'argmax', 'argmin', 'lim', 'limsup', 'liminf', 'det',
  'sup', 'inf', 'dim', 'ker', 'Pr', 'deg', 'gcd', 'hom', 'tr', 'rank', 'sgn',
]);

/** `\,` and friends: TeX spacing that plain text does without; the wide ones leave one space. */
export const THIN_SPACES: ReadonlySet<string> = new Set([',', ';', ':', '!', '>', 'thinspace', 'medspace', 'thickspace', 'negthinspace']);
export const WIDE_SPACES: ReadonlySet<string> = new Set([' ', 'quad', 'qquad', 'enspace']);

/** Commands that only size or style what follows and can be dropped. */
export const DROPPED: ReadonlySet<string> = new Set([
  'left', 'right', 'middle', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl',
  'biggr', 'Biggl', 'Biggr', 'displaystyle', 'textstyle', 'scriptstyle', 'limits', 'nolimits',
]);

/** `\{`, `\|` …: escaped characters. */
export const ESCAPED: Readonly<Record<string, string>> = {
  '{': '{', '}': '}', '|': '‖', '_': '_', '%': '%', '&': '&', '#': '#', '$': '$',
};

/** Combining marks for one-character accents: `\bar x` → x̄. */
export const ACCENTS: Readonly<Record<string, string>> = {
  bar: '\u0304', overline: '\u0305', hat: '\u0302', widehat: '\u0302', tilde: '\u0303', widetilde: '\u0303',
  dot: '\u0307', ddot: '\u0308', vec: '\u20d7', check: '\u030c', breve: '\u0306', acute: '\u0301', grave: '\u0300',
};

/** Commands whose argument is shown as plain text. */
export const TEXT_COMMANDS: ReadonlySet<string> = new Set(['text', 'textrm', 'textit', 'textnormal', 'mathrm', 'mathit', 'operatorname', 'mbox', 'textsf', 'mathsf', 'mathop', 'mathnormal']);

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', a: 'ᵃ', b: 'ᵇ', c: 'ᶜ', d: 'ᵈ', e: 'ᵉ',
  f: 'ᶠ', g: 'ᵍ', h: 'ʰ', i: 'ⁱ', j: 'ʲ', k: 'ᵏ', l: 'ˡ', m: 'ᵐ', n: 'ⁿ', o: 'ᵒ', p: 'ᵖ', r: 'ʳ',
  s: 'ˢ', t: 'ᵗ', u: 'ᵘ', v: 'ᵛ', w: 'ʷ', x: 'ˣ', y: 'ʸ', z: 'ᶻ', A: 'ᴬ', B: 'ᴮ', D: 'ᴰ', E: 'ᴱ',
  G: 'ᴳ', H: 'ᴴ', I: 'ᴵ', J: 'ᴶ', K: 'ᴷ', L: 'ᴸ', M: 'ᴹ', N: 'ᴺ', O: 'ᴼ', P: 'ᴾ', R: 'ᴿ', T: 'ᵀ',
  U: 'ᵁ', V: 'ⱽ', W: 'ᵂ', 'β': 'ᵝ', 'γ': 'ᵞ', 'δ': 'ᵟ', 'θ': 'ᶿ', 'ι': 'ᶥ', 'ϕ': 'ᵠ', 'φ': 'ᵠ', 'χ': 'ᵡ',
  '⊤': 'ᵀ', '′': '′', '*': '*', '∗': '*', ' ': '',
};

const SUBSCRIPTS: Readonly<Record<string, string>> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎', a: 'ₐ', e: 'ₑ', h: 'ₕ', i: 'ᵢ', j: 'ⱼ',
  k: 'ₖ', l: 'ₗ', m: 'ₘ', n: 'ₙ', o: 'ₒ', p: 'ₚ', r: 'ᵣ', s: 'ₛ', t: 'ₜ', u: 'ᵤ', v: 'ᵥ', x: 'ₓ',
  'β': 'ᵦ', 'γ': 'ᵧ', 'ρ': 'ᵨ', 'ϕ': 'ᵩ', 'φ': 'ᵩ', 'χ': 'ᵪ', ' ': '',
};

/** `text` in superscript or subscript letters, or null when Unicode lacks one of them. */
export function toScript(text: string, kind: 'sup' | 'sub'): string | null {
  const table = kind === 'sup' ? SUPERSCRIPTS : SUBSCRIPTS;
  let out = '';
  for (const char of text) {
    const mapped = table[char];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}

const DOUBLE_STRUCK_SPECIAL: Readonly<Record<string, string>> = { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' };
const SCRIPT_SPECIAL: Readonly<Record<string, string>> = { B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ' };
const FRAKTUR_SPECIAL: Readonly<Record<string, string>> = { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' };

/** First code point of each Mathematical Alphanumeric alphabet (capital A; small a follows 26 later). */
const ALPHABETS: Readonly<Record<string, { base: number; special: Readonly<Record<string, string>>; digits?: number }>> = {
  mathbb: { base: 0x1d538, special: DOUBLE_STRUCK_SPECIAL, digits: 0x1d7d8 },
  mathcal: { base: 0x1d49c, special: SCRIPT_SPECIAL },
  mathscr: { base: 0x1d49c, special: SCRIPT_SPECIAL },
  mathfrak: { base: 0x1d504, special: FRAKTUR_SPECIAL },
  mathbf: { base: 0x1d400, special: {}, digits: 0x1d7ce },
  boldsymbol: { base: 0x1d400, special: {}, digits: 0x1d7ce },
  bm: { base: 0x1d400, special: {}, digits: 0x1d7ce },
  mathtt: { base: 0x1d670, special: {}, digits: 0x1d7f6 },
};

export function isAlphabetCommand(name: string): boolean {
  return name in ALPHABETS;
}

/** Latin letters (and digits where the alphabet has them) in a styled alphabet, or null. */
export function toAlphabet(name: string, text: string): string | null {
  const alphabet = ALPHABETS[name];
  if (!alphabet) return null;
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (alphabet.special[char]) out += alphabet.special[char];
    else if (code >= 65 && code <= 90) out += String.fromCodePoint(alphabet.base + code - 65);
    else if (code >= 97 && code <= 122) out += String.fromCodePoint(alphabet.base + 26 + code - 97);
    else if (code >= 48 && code <= 57 && alphabet.digits !== undefined) out += String.fromCodePoint(alphabet.digits + code - 48);
    else if (char === ' ') continue;
    else return null;
  }
  return out;
}
