import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/index.ts';

describe('renderMarkdown: blocks', () => {
  it('keeps Discord headings and turns deeper ones into bold lines', () => {
    expect(renderMarkdown('# 一\n\n## Two\n\n### 三')).toBe('# 一\n\n## Two\n\n### 三');
    expect(renderMarkdown('#### 第四级 *x*\n\n###### Six')).toBe('**第四级 *x***\n\n**Six**');
  });

  it('renders Chinese paragraphs, joining soft breaks without spaces between CJK characters', () => {
    expect(renderMarkdown('这是第一行\n这是第二行。\nThen English\nwords.')).toBe('这是第一行这是第二行。 Then English words.');
  });

  it('turns hard breaks into new lines', () => {
    expect(renderMarkdown('line one  \nline two\\\nline three')).toBe('line one\nline two\nline three');
  });

  it('indents nested lists under their parent item', () => {
    const markdown = '- 苹果\n- 香蕉\n  - 小香蕉\n    1. 一\n    2. 二\n- 橙子';
    expect(renderMarkdown(markdown)).toBe('- 苹果\n- 香蕉\n  - 小香蕉\n    1. 一\n    2. 二\n- 橙子');
  });

  it('keeps the start number of ordered lists and shows task boxes', () => {
    expect(renderMarkdown('3. c\n4. d')).toBe('3. c\n4. d');
    expect(renderMarkdown('- [ ] todo\n- [x] done')).toBe('- ☐ todo\n- ☑ done');
  });

  it('quotes every line of a block quote and flattens nested quotes', () => {
    expect(renderMarkdown('> 引用\n>\n> 第二段\n> > 嵌套')).toBe('> 引用\n> 第二段\n> 嵌套');
  });

  it('keeps fenced code with its language, unescaped', () => {
    const markdown = '```python\ndef f(a_b, *args):\n    return a_b ** 2\n```';
    expect(renderMarkdown(markdown)).toBe(markdown);
  });

  it('starts code in a list item on its own line without the list indentation', () => {
    expect(renderMarkdown('- step\n\n  ```js\n  let a = 1;\n  ```')).toBe('- step\n```js\nlet a = 1;\n```');
  });

  it('keeps code blocks inside quotes quoted', () => {
    expect(renderMarkdown('> ```sql\n> SELECT 1;\n> ```')).toBe('> ```sql\n> SELECT 1;\n> ```');
  });

  it('breaks up triple backticks inside code so the block does not end early', () => {
    const rendered = renderMarkdown('````md\n```js\nx\n```\n````');
    expect(rendered.split('\n').filter((line) => line.startsWith('```'))).toEqual(['```md', '```']);
    expect(rendered).toContain('``\u200b`js');
  });

  it('renders tables as padded monospace text, counting CJK characters as two columns', () => {
    const markdown = '| 算法 | Time | 备注 |\n|---|---:|:---:|\n| 二分查找 | O(log n) | 有序 |\n| DFS | O(n) | 递归实现 |';
    expect(renderMarkdown(markdown)).toBe(
      ['```', '算法     |     Time |   备注', '---------+----------+---------', '二分查找 | O(log n) |   有序', 'DFS      |     O(n) | 递归实现', '```'].join(
        '\n',
      ),
    );
  });

  it('renders horizontal rules as a line', () => {
    expect(renderMarkdown('a\n\n---\n\nb')).toBe('a\n\n──────────\n\nb');
  });

  it('drops raw HTML but keeps its text, line breaks and images', () => {
    expect(renderMarkdown('<b>粗</b>体 and <br> next')).toBe('粗体 and\nnext');
    expect(renderMarkdown('<div class="note">\n<p>Hi &amp; <em>there</em></p>\n<p>two<br/>lines</p>\n</div>')).toBe('Hi & there\ntwo\nlines');
    expect(renderMarkdown('<img src="https://x.dev/a.png" alt="图">')).toBe('[🖼 图](https://x.dev/a.png)');
    expect(renderMarkdown('<!-- hidden -->\n\nvisible')).toBe('visible');
    expect(renderMarkdown('<script>alert(1)</script>\n\nok')).toBe('ok');
  });

  it('decodes HTML entities', () => {
    expect(renderMarkdown('&copy; 2024 &amp; &lt;T&gt; &#x4e2d; &#25991; &nbsp;x &unknown;')).toBe('© 2024 & <T> 中 文 \u00a0x &unknown;');
  });
});

describe('renderMarkdown: inline', () => {
  it('renders emphasis, strikethrough and code spans', () => {
    expect(renderMarkdown('**粗体** *斜体* _也是斜体_ ~~删除~~ `a_b*c`')).toBe('**粗体** *斜体* *也是斜体* ~~删除~~ `a_b*c`');
    expect(renderMarkdown('***both***')).toBe('***both***');
  });

  it('uses double backticks for code containing a backtick', () => {
    expect(renderMarkdown('`` a`b ``')).toBe('``a`b``');
    expect(renderMarkdown('`` `x` ``')).toBe('`` `x` ``');
  });

  it('renders links as masked links and bare URLs as bare URLs', () => {
    expect(renderMarkdown('[文档](https://example.com/docs)')).toBe('[文档](https://example.com/docs)');
    expect(renderMarkdown('see https://example.com/a_b_c now')).toBe('see https://example.com/a_b_c now');
    expect(renderMarkdown('<https://example.com>')).toBe('https://example.com');
    expect(renderMarkdown('[https://example.com](https://example.com)')).toBe('https://example.com');
  });

  it('keeps only the text of links Discord cannot follow', () => {
    expect(renderMarkdown('[相关笔记](./other.md) and [mail](mailto:a@b.c)')).toBe('相关笔记 and mail');
  });

  it('does not mask a URL behind a different URL', () => {
    expect(renderMarkdown('[https://good.com](https://evil.com)')).toBe('https://good.com (https://evil.com)');
  });

  it('encodes characters that would end a masked link early', () => {
    expect(renderMarkdown('[wiki](https://en.wikipedia.org/wiki/Tree_(graph))')).toBe('[wiki](https://en.wikipedia.org/wiki/Tree_%28graph%29)');
  });

  it('turns images into links with a picture mark', () => {
    expect(renderMarkdown('![网络结构](https://img.example.com/net.png)')).toBe('[🖼 网络结构](https://img.example.com/net.png)');
    expect(renderMarkdown('![](https://img.example.com/net.png)')).toBe('[🖼](https://img.example.com/net.png)');
    expect(renderMarkdown('![local](./a.png)')).toBe('🖼 local');
    expect(renderMarkdown('[![badge](https://i.dev/b.svg)](https://ci.dev)')).toBe('[🖼 badge](https://ci.dev)');
  });
});

describe('renderMarkdown: nothing accidental', () => {
  it('escapes characters that Discord would read as formatting', () => {
    expect(renderMarkdown('2 \\* 3 \\* 4, snake_case, a|b||c, ~about, \\`tick\\`')).toBe('2 \\* 3 \\* 4, snake\\_case, a\\|b\\|\\|c, \\~about, \\`tick\\`');
  });

  it('escapes block markers that were text in the Markdown', () => {
    expect(renderMarkdown('\\# not a heading')).toBe('\\# not a heading');
    expect(renderMarkdown('\\- not a list')).toBe('\\- not a list');
    expect(renderMarkdown('\\> not a quote')).toBe('\\> not a quote');
    expect(renderMarkdown('2\\. not a list')).toBe('2\\. not a list');
    expect(renderMarkdown('-# \\-# subtext')).toBe('\\-# -# subtext');
  });

  it('neutralises mass mentions and Discord mention syntax', () => {
    expect(renderMarkdown('hi @everyone and @here')).toBe('hi @\u200beveryone and @\u200bhere');
    expect(renderMarkdown('ping <@123> in <#456>')).toBe('ping \\<@123> in \\<#456>');
  });

  it('does not create masked links from escaped brackets', () => {
    expect(renderMarkdown('\\[x\\](https://evil.com)')).toBe('\\[x\\](https://evil.com)');
  });
});
