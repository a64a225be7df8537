import { describe, expect, it } from 'vitest';
import { markdownPassage, passageQuery } from '../../src/search/passage.ts';

const passage = (markdown: string, query: string, length?: number) => markdownPassage(markdown, passageQuery(query), length);

describe('search passages', () => {
  it('prefers the paragraph with the exact phrase, then the one with the most query words', () => {
    const markdown = ['窗口 出现在这里。', '滑动 也在这里。', '这一段讲**滑动窗口**的用法。', '滑动 和 窗口 都在这里。'].join('\n\n');
    expect(passage(markdown, '滑动窗口')).toBe('这一段讲**滑动窗口**的用法。');
    expect(passage(['only window here', 'sliding and window together', 'sliding alone'].join('\n\n'), 'sliding windows')).toBe(
      '**sliding** and **window** together',
    );
  });

  it('marks whole matched words in bold and escapes the rest', () => {
    expect(passage('Use a sliding_window or *sliding* windows.', 'window')).toBe('Use a **sliding\\_window** or sliding **windows**.');
  });

  it('counts every distinct query word, also past the 31st', () => {
    const words = Array.from({ length: 40 }, (_, i) => `kw${i + 10}`);
    const late = words.slice(31).join(' ');
    const early = words.slice(0, 5).join(' ');
    expect(passage(`${early}\n\n${late}`, words.join(' '))).toBe(late.replace(/kw\d+/g, '**$&**'));
  });

  it('returns null when nothing matches', () => {
    expect(passage('nothing relevant', 'quantum')).toBeNull();
  });

  it('cuts long paragraphs at word boundaries with "…"', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const text = `${words} target ${words}`;
    const cut = passage(text, 'target', 120)!;
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('**target**');
    expect(cut.length).toBeLessThanOrEqual(124);
    for (const piece of cut.replace(/…/g, '').split(' ')) expect(piece).toMatch(/^(word\d+|\*\*target\*\*)$/);
  });

  it('cuts Chinese text at any character and never into a formula or code span', () => {
    const text = '前'.repeat(200) + ' $\\sum_{i=1}^{n} x_i$ 和 `some_code()` 目标 ' + '后'.repeat(200);
    for (let length = 20; length < 80; length += 7) {
      const cut = passage(text, '目标', length)!;
      expect(cut).toContain('**目标**');
      if (cut.includes('∑')) expect(cut).toContain('∑ᵢ₌₁ⁿ xᵢ');
      expect((cut.match(/`/g) ?? []).length % 2).toBe(0);
    }
  });

  it('shows inline math as Unicode and keeps its underscores', () => {
    expect(passage('扩散模型的得分 $\\nabla_x \\log p_t(x)$ 与 $p_\\theta$', '扩散模型')).toBe('**扩散模型**的得分 ∇ₓ log pₜ(x) 与 `p_\\theta`');
  });

  it('prefers prose to code and shows a matching code line as inline code, never flattened', () => {
    const markdown = 'Intro text.\n\n```ts\nfunction maxSlidingWindow(nums: number[], k: number) {\n  const deque: number[] = [];\n}\n```';
    expect(passage(markdown, 'deque')).toBe('`const deque: number[] = [];`');
    expect(passage(`${markdown}\n\nThe deque keeps indexes.`, 'deque')).toBe('The **deque** keeps indexes.');
  });

  it('finds a Greek letter written as TeX and a word in a list item’s second paragraph', () => {
    expect(passage('学习率\n\n其中 $\\alpha$ 是缩放系数', 'α')).toBe('其中 **α** 是缩放系数');
    expect(passage('- 第一项\n\n    续写的段落 keyword 在这里\n\n- 第二项', 'keyword')).toBe('续写的段落 **keyword** 在这里');
  });
});
