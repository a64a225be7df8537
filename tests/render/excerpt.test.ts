import { describe, expect, it } from 'vitest';
import { excerpt, excerptPlain } from '../../src/render/index.ts';

const chinese = '给定一个整数数组 nums 和一个目标值 target。请你在该数组中找出和为目标值的那两个整数。你可以假设每种输入只会对应一个答案！';

describe('excerpt', () => {
  it('returns the whole rendering without an ellipsis when it fits', () => {
    expect(excerpt('短文本。', 100)).toBe('短文本。');
    expect(excerpt('**粗体** and `code`', 100)).toBe('**粗体** and `code`');
  });

  it('cuts after a Chinese full stop', () => {
    expect(excerpt(chinese, 40)).toBe('给定一个整数数组 nums 和一个目标值 target。…');
    expect(excerpt(chinese, 60)).toBe('给定一个整数数组 nums 和一个目标值 target。请你在该数组中找出和为目标值的那两个整数。…');
  });

  it('cuts after an English full stop followed by a space, not inside a number or abbreviation', () => {
    const english = 'Use version 3.14 of the tool. It works well with e.g.everything else. More text follows here.';
    expect(excerpt(english, 60)).toBe('Use version 3.14 of the tool.…');
  });

  it('falls back to a word boundary only when no sentence ends within the budget', () => {
    expect(excerpt('one two three four five six seven eight', 20)).toBe('one two three four…');
    expect(excerpt('没有句号的一段很长很长的中文文字内容', 10)).toBe('没有句号的一段很长…');
  });

  it('never cuts inside a code span, link or math; it stops before them', () => {
    expect(excerpt('Call it with `some_long_function_name(arg)` today', 30)).toBe('Call it with…');
    expect(excerpt('Read [the full documentation page](https://example.com/docs) now', 40)).toBe('Read…');
    expect(excerpt('公式 $\\sum_{i=1}^{n} x_i^2$ 很长', 12)).toBe('公式…');
  });

  it('closes emphasis that is open at the cut', () => {
    expect(excerpt('**This sentence is bold. So is this one** plain', 36)).toBe('**This sentence is bold.**…');
    expect(excerpt('*斜体的内容很长很长很长很长很长*', 8)).toBe('*斜体的内容*…');
  });

  it('turns headings into bold text', () => {
    expect(excerpt('## 思路\n\n先排序。再双指针。', 100)).toBe('**思路**\n\n先排序。再双指针。');
  });

  it('keeps a code block that fits and stops before one that does not', () => {
    const markdown = '先看代码。\n\n```py\nprint(1)\n```\n\n然后解释。后面还有很多很多内容。';
    expect(excerpt(markdown, 40)).toBe('先看代码。\n\n```py\nprint(1)\n```\n\n然后解释。…');
    expect(excerpt(markdown, 20)).toBe('先看代码。…');
  });

  it('treats the end of a paragraph or list item as a sentence end', () => {
    expect(excerpt('第一段没有标点\n\n第二段也没有标点但是很长很长很长', 20)).toBe('第一段没有标点…');
    expect(excerpt('- 第一项\n- 第二项\n- 第三项很长很长很长很长', 16)).toBe('- 第一项\n- 第二项…');
  });

  it('never exceeds the budget, counting the ellipsis', () => {
    for (let max = 0; max < 80; max += 1) {
      expect(excerpt(chinese + '\n\n' + chinese, max).length).toBeLessThanOrEqual(max);
    }
  });

  it('returns just an ellipsis when nothing fits', () => {
    expect(excerpt('`a_very_long_code_span_that_fills_everything`', 10)).toBe('…');
    expect(excerpt('anything long enough', 0)).toBe('');
  });
});

describe('excerptPlain', () => {
  it('cuts plain text at sentence boundaries', () => {
    expect(excerptPlain('第一句。第二句比较长一些。第三句。', 12)).toBe('第一句。…');
    expect(excerptPlain('First sentence. Second sentence here. Third.', 30)).toBe('First sentence.…');
  });

  it('cuts at a word boundary without a sentence end, and never splits an emoji', () => {
    expect(excerptPlain('alpha beta gamma delta', 14)).toBe('alpha beta…');
    expect(excerptPlain('😀😀😀😀😀😀', 4)).toBe('😀…');
  });

  it('does not escape Markdown characters', () => {
    expect(excerptPlain('a_b * c. more text that is long', 12)).toBe('a_b * c.…');
  });
});
