import fc from 'fast-check';

/** Words that exercise CJK width, emoji surrogate pairs, Discord metacharacters and mentions. */
const word = fc.oneof(
  fc.constantFrom('梯度', '下降', '学习率', '哈希表', '数组', '。', '！', '？', '，', 'のテスト', '한국어'),
  fc.constantFrom('alpha', 'beta', 'sum.', 'end!', 'why?', 'e.g.', 'snake_case', 'x*y', '~tilde', 'a|b', '@everyone', '<@123>'),
  fc.constantFrom('😀', '🚀', '👍🏽', '𠀋', '\u200b', '&amp;', '&copy;', '$5', '$6', '\\', '`', '``', '```', '#', '>', '-'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));

const inline = fc.oneof(
  sentence,
  sentence.map((text) => `**${text}**`),
  sentence.map((text) => `*${text}*`),
  sentence.map((text) => `~~${text}~~`),
  sentence.map((text) => `\`${text}\``),
  fc.constantFrom('$a_i + b_j$', '$\\frac{1}{2}$', '\\(x_1\\)', '$$E=mc^2$$', 'costs $5 and $6'),
  fc.tuple(sentence, fc.constantFrom('a', 'b_c', 'd(e)', '%E4%B8%AD')).map(([text, path]) => `[${text}](https://example.com/${path})`),
  sentence.map((text) => `![${text}](https://img.example.com/a.png)`),
  fc.constantFrom('https://example.com/a_b', '<https://x.y/z>', '<b>bold</b>', '<br>', 'a  \nb'),
);

const paragraph = fc.array(inline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

const block = fc.oneof(
  paragraph,
  fc.tuple(fc.integer({ min: 1, max: 6 }), paragraph).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((items) => items.map((item, i) => `${i + 1}. ${item}\n   - nested ${item}`).join('\n')),
  fc
    .tuple(fc.constantFrom('', 'py', 'ts', 'cpp', 'weird lang'), fc.array(sentence, { maxLength: 8 }))
    .map(([language, lines]) => ['```' + language, ...lines, '```'].join('\n')),
  fc.constantFrom('$$\n\\sum_{i=1}^n x_i\n$$', '\\[\n\\frac{a}{b}\n\\]'),
  paragraph.map((text) => `> ${text}\n> ${text}`),
  fc
    .array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 4 })
    .map((rows) => ['| 名称 | value |', '|---|---:|', ...rows.map(([a, b]) => `| ${a.replace(/\|/g, '')} | ${b.replace(/\|/g, '')} |`)].join('\n')),
  fc.constantFrom('---', '<div>html <b>block</b></div>', '<!-- comment -->', '[ref]: https://example.com'),
);

export const markdownish = fc.array(block, { minLength: 1, maxLength: 12 }).map((blocks) => blocks.join('\n\n'));

/**
 * Arbitrary strings, including lone surrogates, control characters and Markdown punctuation, up to
 * 400 characters (size 'max': fast-check otherwise keeps them to about ten, whatever maxLength says).
 */
export const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400, size: 'max' }),
  fc.string({
    unit: fc.constantFrom('`', '*', '_', '$', '\\', '\n', ' ', '>', '#', '-', '|', '[', ']', '(', ')', '<', 'a', '中', '😀'),
    maxLength: 400,
    size: 'max',
  }),
  fc.string({ maxLength: 400, size: 'max' }),
);

export function isWellFormed(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      index += 1;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return false;
    }
  }
  return true;
}

/** Lines that open or close a code block in Discord output, as splitMessage recognises them. */
export function fenceLineCount(text: string): number {
  return text.split('\n').filter((line) => /^(?: *> )? *```/.test(line)).length;
}
