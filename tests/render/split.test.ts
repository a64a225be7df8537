import { describe, expect, it } from 'vitest';
import { renderMarkdown, splitMessage } from '../../src/render/index.ts';
import { fenceLineCount } from './arbitraries.ts';

const withoutWhitespace = (text: string): string => text.replace(/\s+/g, '');

describe('splitMessage', () => {
  it('returns short text as one piece and nothing for blank text', () => {
    expect(splitMessage('hello')).toEqual(['hello']);
    expect(splitMessage('  \n\n  ')).toEqual([]);
  });

  it('splits a 10,000-character document at blank lines', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `第${i}段：` + '梯度下降是一种优化算法。'.repeat(17));
    const document = paragraphs.join('\n\n');
    expect(document.length).toBeGreaterThan(10_000);
    const pieces = splitMessage(document);
    expect(pieces.length).toBeGreaterThanOrEqual(6);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      // Every piece is made of whole paragraphs.
      for (const part of piece.split('\n\n')) expect(paragraphs).toContain(part);
    }
    expect(pieces.join('\n\n')).toBe(document);
  });

  it('splits a 5,000-character code block, closing and reopening the fence with its language', () => {
    const code = Array.from({ length: 250 }, (_, i) => `    total += nums[${i}]`).join('\n');
    const rendered = renderMarkdown('```python\n' + code + '\n```');
    expect(rendered.length).toBeGreaterThan(5000);
    const pieces = splitMessage(rendered);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      expect(piece.startsWith('```python\n')).toBe(true);
      expect(piece.endsWith('\n```')).toBe(true);
      expect(fenceLineCount(piece)).toBe(2);
    }
    const inner = pieces.map((piece) => piece.slice('```python\n'.length, -'\n```'.length)).join('\n');
    expect(inner).toBe(code);
  });

  it('splits at line ends when a block is too long, then at spaces, then anywhere', () => {
    expect(splitMessage('aaaa bbbb\ncccc dddd\neeee', 20)).toEqual(['aaaa bbbb\ncccc dddd', 'eeee']);
    expect(splitMessage('word '.repeat(10).trim(), 16)).toEqual(['word word word', 'word word word', 'word word word', 'word']);
    expect(splitMessage('x'.repeat(40), 16)).toEqual(['x'.repeat(16), 'x'.repeat(16), 'x'.repeat(8)]);
  });

  it('never splits an emoji in two', () => {
    const pieces = splitMessage('😀'.repeat(20), 17);
    expect(pieces).toEqual(['😀'.repeat(8), '😀'.repeat(8), '😀'.repeat(4)]);
  });

  it('keeps quoted code blocks quoted across pieces', () => {
    const rendered = renderMarkdown('> ```js\n' + '> let value = 1;\n'.repeat(6) + '> ```');
    const pieces = splitMessage(rendered, 40);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(40);
      expect(piece.split('\n').every((line) => line.startsWith('> '))).toBe(true);
      expect(fenceLineCount(piece) % 2).toBe(0);
    }
  });

  it('does not leave an empty code block at either side of a cut', () => {
    const rendered = 'intro text here\n```js\n' + 'x();\n'.repeat(10) + '```';
    for (const piece of splitMessage(rendered, 30)) {
      expect(piece).not.toMatch(/```[a-z]*\n```/);
      expect(fenceLineCount(piece) % 2).toBe(0);
    }
  });

  it('reproduces the text apart from added fences and whitespace at the cuts', () => {
    const rendered = renderMarkdown(['# 标题', '一段文字。'.repeat(40), '```ts\n' + 'const a = 1;\n'.repeat(60) + '```', '- 列表项 '.repeat(30)].join('\n\n'));
    const pieces = splitMessage(rendered, 300);
    const stripFences = (text: string): string =>
      text
        .split('\n')
        .filter((line) => !line.startsWith('```'))
        .join('\n');
    expect(withoutWhitespace(stripFences(pieces.join('\n')))).toBe(withoutWhitespace(stripFences(rendered)));
  });

  it('keeps fences balanced when a long line has to be cut before backticks', () => {
    for (const text of ['a' + '`'.repeat(40), 'x'.repeat(12) + '```' + 'y'.repeat(30), '> ' + '> '.repeat(30)]) {
      for (const piece of splitMessage(text, 16)) {
        expect(piece.length).toBeLessThanOrEqual(16);
        expect(fenceLineCount(piece) % 2).toBe(0);
      }
    }
  });

  it('does not start a continued line with a block marker when it can avoid it', () => {
    expect(splitMessage('aaaa bbbb cccc dddd eeee - ffff', 25)).toEqual(['aaaa bbbb cccc dddd', 'eeee - ffff']);
    expect(splitMessage('aaaa bbbb cccc dddd eeee > ffff', 25)).toEqual(['aaaa bbbb cccc dddd', 'eeee > ffff']);
    expect(splitMessage('aaaa bbbb cccc dddd eeee ```js', 25)).toEqual(['aaaa bbbb cccc dddd', 'eeee ```js']);
  });

  it('rejects limits too small to hold a code block', () => {
    expect(() => splitMessage('text', 10)).toThrow(RangeError);
  });
});
