import type { APIEmbed } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, embedLength, escapeMarkdown, fitEmbed, truncate } from '../../src/render/index.ts';

describe('DISCORD_LIMITS', () => {
  it('has the documented Discord limits', () => {
    expect(DISCORD_LIMITS).toEqual({
      messageContent: 2000,
      embedTitle: 256,
      embedDescription: 4096,
      embedFieldName: 256,
      embedFieldValue: 1024,
      embedFooterText: 2048,
      embedAuthorName: 256,
      embedTotal: 6000,
      embedFields: 25,
      embedsPerMessage: 10,
      customId: 100,
      autocompleteChoices: 25,
      choiceName: 100,
      choiceValue: 100,
    });
  });
});

describe('truncate', () => {
  it('leaves short text alone and counts the ellipsis in the limit', () => {
    expect(truncate('short', 5)).toBe('short');
    expect(truncate('longer text', 7)).toBe('longer…');
    expect(truncate('abc', 1)).toBe('…');
    expect(truncate('abc', 0)).toBe('');
  });

  it('never splits a surrogate pair', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('𠀋𠀋𠀋', 4)).toBe('𠀋…');
  });
});

describe('escapeMarkdown', () => {
  it('makes user text show literally in Discord', () => {
    expect(escapeMarkdown('**not bold** _x_ `y` ~~z~~ ||s||')).toBe('\\*\\*not bold\\*\\* \\_x\\_ \\`y\\` \\~\\~z\\~\\~ \\|\\|s\\|\\|');
    expect(escapeMarkdown('# title\n> quote\n- item\n1. first')).toBe('\\# title\n\\> quote\n\\- item\n1\\. first');
    expect(escapeMarkdown('[x](https://e.com) @everyone <@1>')).toBe('\\[x\\](https://e.com) @\u200beveryone \\<@1>');
  });

  it('leaves Chinese text and ordinary punctuation alone', () => {
    expect(escapeMarkdown('两数之和（哈希表）: O(n).')).toBe('两数之和（哈希表）: O(n).');
  });
});

describe('fitEmbed', () => {
  it('returns an embed that is already within limits unchanged', () => {
    const embed: APIEmbed = { title: '标题', description: '描述', fields: [{ name: 'a', value: 'b' }], footer: { text: 'f' } };
    expect(fitEmbed(embed)).toEqual(embed);
  });

  it('truncates each text to its own limit without mutating the input', () => {
    const embed: APIEmbed = {
      title: 't'.repeat(300),
      description: 'd'.repeat(5000),
      footer: { text: 'f'.repeat(3000) },
      author: { name: 'a'.repeat(300) },
      fields: [{ name: 'n'.repeat(300), value: 'v'.repeat(2000), inline: true }],
    };
    const fitted = fitEmbed(embed);
    expect(fitted.title?.length).toBe(256);
    expect(fitted.description?.length).toBeLessThanOrEqual(4096);
    expect(fitted.footer?.text.length).toBe(2048);
    expect(fitted.author?.name.length).toBe(256);
    expect(fitted.fields?.[0]?.name.length).toBe(256);
    expect(fitted.fields?.[0]?.value.length).toBeLessThanOrEqual(1024);
    expect(fitted.fields?.[0]?.inline).toBe(true);
    expect(embed.title?.length).toBe(300);
    expect(embed.fields?.[0]?.value.length).toBe(2000);
  });

  it('keeps at most 25 fields and fills empty names and values', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: i === 0 ? '' : `f${i}`, value: i === 0 ? ' ' : 'v' }));
    const fitted = fitEmbed({ fields });
    expect(fitted.fields).toHaveLength(25);
    expect(fitted.fields?.[0]).toEqual({ name: '\u200b', value: '\u200b' });
  });

  it('brings the total under 6000 by shortening the description first, then dropping fields', () => {
    const fields = Array.from({ length: 2 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(1000) }));
    const fitted = fitEmbed({ title: 'T', description: 'word '.repeat(800), fields });
    expect(embedLength(fitted)).toBeLessThanOrEqual(6000);
    expect(fitted.fields).toHaveLength(2);
    expect(fitted.description?.length).toBeGreaterThan(3900);
    expect(fitted.description?.length).toBeLessThanOrEqual(6000 - 1 - 2 * 1002);
    expect(fitted.description?.endsWith('word…')).toBe(true);

    const crowded = fitEmbed({ description: 'x', fields: Array.from({ length: 25 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(1000) })) });
    expect(embedLength(crowded)).toBeLessThanOrEqual(6000);
    expect(crowded.description).toBeUndefined();
    expect(crowded.fields?.length).toBe(5);
  });

  it('closes a code block that the description is cut inside', () => {
    const description = '说明\n\n```py\n' + 'print(1)\n'.repeat(600) + '```';
    const fitted = fitEmbed({ description });
    const text = fitted.description ?? '';
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(text.split('\n').filter((line) => line.startsWith('```')).length % 2).toBe(0);
    expect(text.endsWith('…')).toBe(true);
  });
});
