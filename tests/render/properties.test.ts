import type { APIEmbed } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISCORD_LIMITS,
  embedLength,
  excerpt,
  excerptPlain,
  fitEmbed,
  MIN_SPLIT_CHARS,
  renderMarkdown,
  splitMessage,
  truncate,
} from '../../src/render/index.ts';
import { anyString, fenceLineCount, isWellFormed, markdownish } from './arbitraries.ts';

const inputs = fc.oneof(anyString, markdownish);
const runs = { numRuns: 300 };

describe('properties of rendering', () => {
  it('renderMarkdown never throws', () => {
    fc.assert(
      fc.property(inputs, (markdown) => {
        expect(typeof renderMarkdown(markdown)).toBe('string');
      }),
      runs,
    );
  });

  it('rendered output has balanced code fences', () => {
    fc.assert(
      fc.property(markdownish, (markdown) => {
        expect(fenceLineCount(renderMarkdown(markdown)) % 2).toBe(0);
      }),
      runs,
    );
  });

  it('rendered output never contains a live mass mention outside code blocks', () => {
    // Without backticks, dollars, pipes or backslashes in the input the only code in the output is
    // fenced blocks, where mentions do not ping.
    const noInlineCode = inputs.map((markdown) => markdown.replace(/[`$|\\]/g, ''));
    fc.assert(
      fc.property(noInlineCode, (markdown) => {
        const outsideFences = renderMarkdown(markdown).replace(/^(?:> )?```[^\n]*\n[\s\S]*?^(?:> )?```$/gm, '');
        expect(outsideFences).not.toMatch(/@(everyone|here)/);
      }),
      runs,
    );
  });
});

describe('properties of excerpt', () => {
  it('excerpt(x, n) is at most n characters and ends in "…" when cut', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 400 }), (markdown, max) => {
        const result = excerpt(markdown, max);
        expect(result.length).toBeLessThanOrEqual(max);
        if (result.length > 0 && result !== renderMarkdownAsExcerpt(markdown)) expect(result.endsWith('…')).toBe(true);
      }),
      runs,
    );
  });

  it('excerpt keeps code fences balanced and never splits a surrogate pair of well-formed input', () => {
    fc.assert(
      fc.property(markdownish, fc.integer({ min: 1, max: 600 }), (markdown, max) => {
        const result = excerpt(markdown, max);
        expect(fenceLineCount(result) % 2).toBe(0);
        expect(isWellFormed(result)).toBe(true);
      }),
      runs,
    );
  });

  it('excerptPlain(x, n) is at most n characters', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 400 }), (text, max) => {
        expect(excerptPlain(text, max).length).toBeLessThanOrEqual(max);
      }),
      runs,
    );
  });
});

/** What excerpt returns when nothing is cut: the rendering with headings as bold. */
function renderMarkdownAsExcerpt(markdown: string): string {
  return excerpt(markdown, Number.MAX_SAFE_INTEGER);
}

describe('properties of splitMessage', () => {
  const limits = fc.oneof(fc.integer({ min: MIN_SPLIT_CHARS, max: 120 }), fc.integer({ min: 120, max: 2000 }));

  it('pieces are non-empty, within the limit and have balanced fences', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, markdownish.map(renderMarkdown)), limits, (text, max) => {
        for (const piece of splitMessage(text, max)) {
          expect(piece.trim()).not.toBe('');
          expect(piece.length).toBeLessThanOrEqual(max);
          expect(fenceLineCount(piece) % 2).toBe(0);
        }
      }),
      runs,
    );
  });

  it('pieces of rendered Markdown keep all of its text', () => {
    const stripFences = (text: string): string =>
      text
        .split('\n')
        .filter((line) => !/^(?: *> )? *```/.test(line))
        .join('')
        // A line cut inside a quote carries the quote marker into the next piece.
        .replace(/>/g, '')
        .replace(/\s+/g, '');
    fc.assert(
      fc.property(markdownish.map(renderMarkdown), limits, (rendered, max) => {
        expect(stripFences(splitMessage(rendered, max).join('\n'))).toBe(stripFences(rendered));
      }),
      runs,
    );
  });

  it('pieces of well-formed text are well-formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600, size: 'max' }), limits, (text, max) => {
        for (const piece of splitMessage(text, max)) expect(isWellFormed(piece)).toBe(true);
      }),
      runs,
    );
  });
});

describe('properties of truncate and fitEmbed', () => {
  it('truncate stays within max and never leaves a lone surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300, size: 'max' }), fc.integer({ min: 0, max: 300 }), (text, max) => {
        const result = truncate(text, max);
        expect(result.length).toBeLessThanOrEqual(max);
        expect(isWellFormed(result)).toBe(true);
        if (text.length <= max) expect(result).toBe(text);
      }),
      runs,
    );
  });

  const text = (maxLength: number) => fc.oneof(fc.string({ unit: 'binary', maxLength, size: 'max' }), markdownish.map(renderMarkdown));
  const embed: fc.Arbitrary<APIEmbed> = fc.record(
    {
      title: text(400),
      description: fc.oneof(text(6000), fc.string({ unit: 'grapheme', minLength: 4000, maxLength: 7000 })),
      footer: fc.record({ text: text(3000) }),
      author: fc.record({ name: text(400) }),
      fields: fc.array(fc.record({ name: text(400), value: text(1500) }), { maxLength: 40, size: 'max' }),
    },
    { requiredKeys: [] },
  );

  it('fitEmbed output is within every embed limit', () => {
    fc.assert(
      fc.property(embed, (input) => {
        const fitted = fitEmbed(input);
        expect(fitted.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
        expect(fitted.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
        expect(fitted.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooterText);
        expect(fitted.author?.name.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedAuthorName);
        expect(fitted.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
        for (const field of fitted.fields ?? []) {
          expect(field.name.length).toBeGreaterThan(0);
          expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
          expect(field.value.length).toBeGreaterThan(0);
          expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
        }
        expect(embedLength(fitted)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
      }),
      { numRuns: 100 },
    );
  });
});
