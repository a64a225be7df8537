import { describe, expect, it } from 'vitest';
import { markdownChunks } from '../../src/render/passage-units.ts';
import { isWhitespaceCode } from '../../src/render/unicode.ts';

describe('markdownChunks', () => {
  it('cuts at blank lines, however many and whatever whitespace they hold', () => {
    expect(markdownChunks('one\n\ntwo')).toEqual(['one', 'two']);
    expect(markdownChunks('\n\n  \none\ntwo\n\n\nthree\n')).toEqual(['one\ntwo', 'three']);
    expect(markdownChunks('a\n\u3000\nb\n\u00a0\u2003\nc\n\ufeff\nd\n\t\ne')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(markdownChunks('a\r\n\r\nb\r\n')).toEqual(['a\r', 'b\r']);
    expect(markdownChunks('')).toEqual([]);
    expect(markdownChunks('\n')).toEqual([]);
  });

  it('keeps code fences and display math whole across blank lines', () => {
    expect(markdownChunks('```ts\na\n\nb\n```\nafter\n\nnext')).toEqual(['```ts\na\n\nb\n```\nafter', 'next']);
    expect(markdownChunks('  ```\ncode\n\n  ```\n\npara')).toEqual(['  ```\ncode\n\n  ```', 'para']);
    expect(markdownChunks('~~~~\nx\n\n~~~\nstill\n~~~~\n\nout')).toEqual(['~~~~\nx\n\n~~~\nstill\n~~~~', 'out']);
    expect(markdownChunks('$$\nx\n\ny\n$$\n\nz')).toEqual(['$$\nx\n\ny\n$$', 'z']);
    expect(markdownChunks('a\n\u3000```\nx\n\n```\nb')).toEqual(['a\n\u3000```\nx\n\n```\nb']);
    expect(markdownChunks('```\nunclosed\n\nstill')).toEqual(['```\nunclosed\n\nstill']);
  });

  it('opens nothing with a one-line $$…$$ or a marker past three spaces of indent', () => {
    expect(markdownChunks('$$ x $$\n\nnext')).toEqual(['$$ x $$', 'next']);
    expect(markdownChunks('para\n    ```\n\nnext')).toEqual(['para\n    ```', 'next']);
  });

  it('joins an indented chunk to the one before it', () => {
    expect(markdownChunks('- item\n\n    continued\n\n\tmore\n\n- two')).toEqual(['- item\n\n    continued\n\n\tmore', '- two']);
    expect(markdownChunks('    indented first\n\nnext')).toEqual(['    indented first', 'next']);
  });
});

describe('isWhitespaceCode', () => {
  it('says "whitespace" of exactly the code units \\s matches', () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });
});
