import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusArticles } from '../../bench/corpus/write-corpus.ts';
import { parseArticle } from '../../src/corpus/parse-article.ts';
import { lexedPassageUnits, markdownChunks, passageUnits } from '../../src/render/passage-units.ts';
import { fencedCode, plainBlockInlines, plainInlineTokens } from '../../src/render/plain-blocks.ts';
import { displayMathChunk } from '../../src/render/math.ts';
import { lexInlineMarkdown } from '../../src/render/lexer.ts';

/** Adds the chunks a passage may lex of one article file: those of the texts searchHitPassage reads. */
function addPassageChunks(chunks: Set<string>, file: string, bytes: Buffer): void {
  const parsed = parseArticle(file, bytes, { timezone: 'Asia/Shanghai', siteUrl: null });
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const { summary, body, leetcode } = parsed.article;
  const texts = [[summary, body].filter((part): part is string => Boolean(part?.trim())).join('\n\n'), summary, leetcode?.question];
  for (const text of texts) if (text) for (const chunk of markdownChunks(text)) chunks.add(chunk);
}

/** Those chunks of one bench corpus, each once. */
function benchChunks(vocabulary: 'zipf' | 'shared'): Set<string> {
  const chunks = new Set<string>();
  for (const { article } of corpusArticles({ count: 10_000, seed: 20261129, vocabulary })) addPassageChunks(chunks, article.path, Buffer.from(article.text));
  return chunks;
}

/** The same chunks of the project's own articles (content/). */
function contentChunks(): Set<string> {
  const chunks = new Set<string>();
  const files = fs.readdirSync('content', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
  for (const file of files) addPassageChunks(chunks, file.split(path.sep).join('/'), fs.readFileSync(path.join('content', file)));
  return chunks;
}

describe('plainBlockInlines', () => {
  it('knows a paragraph and a bullet list of one-line items', () => {
    expect(plainBlockInlines('这一段讲 **滑动窗口**，复杂度 $O(n)$。\nsecond line')).toEqual(['这一段讲 **滑动窗口**，复杂度 $O(n)$。\nsecond line']);
    expect(plainBlockInlines('**粗体**开头的一段')).toEqual(['**粗体**开头的一段']);
    expect(plainBlockInlines('- **召回率**：一项\n- 二项 `code`\n- third')).toEqual(['**召回率**：一项', '二项 `code`', 'third']);
  });

  it('leaves every other block to marked', () => {
    for (const chunk of [
      '1. ordered',
      '* star item',
      '+ plus item',
      '- [ ] task',
      '-  two spaces',
      '- item\n  continued',
      '- item\nlazy line',
      'paragraph\n- list',
      'setext\n===',
      'a | b\n--- | ---',
      '<div>html</div>',
      '> quote',
      '```\ncode\n```',
      '$$x$$',
      '    indented',
      '[ref]: https://example.com',
      '** not bold',
      'para\n\n    four spaces: code',
      'para\n\n- list',
      '- item\n\n continued',
      '$$\nx\n$$',
      '```js\nx\n```',
      '$',
      '***',
      'line\r\nnext',
      '',
    ]) {
      expect(plainBlockInlines(chunk)).toBeNull();
    }
  });

  it('gives the units marked gives, on tricky inline text', () => {
    for (const chunk of [
      'hard  \nbreak and 中文\n换行',
      'Tom &amp; Jerry &lt;b&gt; \\*not emphasis\\* <span>x</span>',
      'trailing spaces   ',
      'a [link](https://example.com) and <https://auto.link> www.example.com',
      '公式 $W \\in \\mathbb{R}^{d \\times k}$ 与 $\\alpha_t$ 和 $5 and $6',
      '- **a**：$x_i$ 与 *b*\n- c `code` ![图](x.png)\n- d &amp; e',
      '**未闭合 bold\nnext *line*',
      '段落\n\n decoder 接着一段\nlazy line\n\n   **第三段** $x$',
      '- $1 \\le n \\le 10^5$\n- `nums[i]` 与 $x$\n- ``a`b``',
      '$x$ opens a paragraph\n`code` opens a line',
      'costs $5 and $6, or $ 7$ and $8 $ and $9$0',
      '行内 $$x^2$$ 与 $a$b$ 及 $$$ 和 $\\$ 与 $a\nb$',
      '复杂度是 $O(n \\log n)$，空间 $O(1)$',
      'mail a@b.cd, see http://x.yz, WWW.Example.com or ftp://f.g',
      'plain text only, no markup at all',
    ]) {
      expect(plainBlockInlines(chunk)).not.toBeNull();
      expect(passageUnits(chunk)).toEqual(lexedPassageUnits(chunk));
    }
  });

  it('knows a heading line, a fenced code block and a display formula that make up a whole chunk, as marked does', () => {
    for (const chunk of ['## 标题', '### **粗体** 与 $x_i$', '###### six']) {
      expect(plainBlockInlines(chunk)).not.toBeNull();
      expect(passageUnits(chunk)).toEqual(lexedPassageUnits(chunk));
    }
    for (const chunk of [
      '```python\ndef f(x):\n    return x  \n\n```',
      '~~~\na\n  b\n~~~',
      '```\n```',
      '````\nx\n````',
      '$$\nx_t = \\sqrt{\\alpha}\n$$',
      '$$ \\alpha + \\beta $$',
      '$$\n\\begin{matrix}a\\end{matrix}\n$$',
    ]) {
      expect(fencedCode(chunk) !== null || displayMathChunk(chunk) !== undefined).toBe(true);
      expect(passageUnits(chunk)).toEqual(lexedPassageUnits(chunk));
    }
    for (const chunk of ['# closed #', '####### seven', '## a\nb']) expect(plainBlockInlines(chunk)).toBeNull();
    for (const chunk of ['```\na\n```\nafter', '```\n  ```\n```', '```js`x\nb\n```', '````\nx\n```\n````', '```\nunclosed', '~~~\nx\n```']) {
      expect(fencedCode(chunk)).toBeNull();
      expect(passageUnits(chunk)).toEqual(lexedPassageUnits(chunk));
    }
    expect(displayMathChunk('$$x$$ and text')).toBeUndefined();
  });

  it('takes only text, formulas and plain bold past marked, as marked tokenizes them', () => {
    type Shape = { type: string; raw: string; text?: string; tokens?: Shape[] };
    const shape = (tokens: readonly Shape[]): Shape[] =>
      tokens.map(({ type, raw, text, tokens: inner }) => (inner ? { type, raw, text, tokens: shape(inner) } : { type, raw, text }));
    for (const text of [
      '复杂度是 $O(n)$。',
      'costs $5 and $6',
      '$a$$b$',
      '$$x$$ and $ y$',
      'no markup',
      '讲 **滑动窗口**，与**a $x$ b**c',
      '**召回率**：一项',
    ]) {
      const tokens = plainInlineTokens(text);
      expect(tokens).not.toBeNull();
      expect(shape(tokens as Shape[])).toEqual(shape(lexInlineMarkdown(text) as Shape[]));
    }
    for (const text of [
      'a_b',
      '`c`',
      '~d~',
      '[e](f)',
      '![g](h)',
      '<i>',
      '&amp;',
      'j  \nk',
      '\\*',
      'l@m.no',
      'https://p.q',
      'www.r.st',
      'u $v$ *w*',
      '***x***',
      '** x**',
      '**x **',
      '**x',
      '**$a$**',
      '$a **b$ c**',
    ]) {
      expect(plainInlineTokens(text)).toBeNull();
    }
  });

  it('gives the units marked gives on any paragraph it takes past marked', () => {
    const piece = fc.constantFrom('**', '*', '***', '文', 'ab', '1', ' ', '，', '.', '：', '$x$', '$', '$ y$', '$a*b$', 'é', '😀', '(', '"');
    let taken = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14, size: 'max' }), (pieces) => {
        const chunk = `文${pieces.join('')}`;
        if (plainInlineTokens(chunk) === null) return;
        taken++;
        expect(passageUnits(chunk)).toEqual(lexedPassageUnits(chunk));
      }),
      { numRuns: 5000 },
    );
    expect(taken).toBeGreaterThan(1000);
  });

  it("gives the units marked gives on every chunk of the project's own articles", () => {
    const chunks = [...contentChunks()].filter((chunk) => plainBlockInlines(chunk) !== null);
    expect(chunks.length).toBeGreaterThan(100);
    expect(chunks.filter((chunk) => JSON.stringify(passageUnits(chunk)) !== JSON.stringify(lexedPassageUnits(chunk))).slice(0, 3)).toEqual([]);
  });

  it.each(['zipf', 'shared'] as const)(
    'gives the units marked gives on every chunk of the %s bench corpus',
    (vocabulary) => {
      let known = 0;
      const differing: string[] = [];
      for (const chunk of benchChunks(vocabulary)) {
        if (plainBlockInlines(chunk) === null) continue;
        known++;
        if (JSON.stringify(passageUnits(chunk)) !== JSON.stringify(lexedPassageUnits(chunk))) differing.push(chunk);
      }
      expect(differing.slice(0, 3)).toEqual([]);
      // Most chunks are plain: the check covers them, not a few.
      expect(known).toBeGreaterThan(100_000);
    },
    120_000,
  );
});
