import fc from 'fast-check';
import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { ALICE, GUILD_A } from '../../kit/members.ts';
import { cardToken, decodeButtonId, encodeButtonId, fitsCustomId, type ButtonId } from '../../src/interactions/custom-ids.ts';

const token = cardToken('0128-longest-consecutive-sequence');

describe('custom_id codec', () => {
  it('decodes ids in the formats buttons already posted carry', () => {
    const legacy: [string, ButtonId][] = [
      ['solution:0128-longest-consecutive-sequence', { kind: 'solution', articleId: '0128-longest-consecutive-sequence' }],
      ['formulas:lora:c:3', { kind: 'formulas', articleId: 'lora', part: 'card', from: 3, paging: false }],
      ['formulas:lora:S:10', { kind: 'formulas', articleId: 'lora', part: 'solution', from: 10, paging: true }],
      [`fit:run:${ALICE.id}`, { kind: 'fit', action: 'run', ownerId: ALICE.id }],
      ['remind:quiz', { kind: 'remind-quiz' }],
      [`search:${ALICE.id}:5:i::注意力`, { kind: 'search', ownerId: ALICE.id, offset: 5, state: { stashed: false, query: '注意力', tag: null } }],
      [
        `search:${ALICE.id}:10:i:hot-100%20x:a:b c`,
        { kind: 'search', ownerId: ALICE.id, offset: 10, state: { stashed: false, query: 'a:b c', tag: 'hot-100 x' } },
      ],
      [`search:${ALICE.id}:5:h:AbCdEfGhIjKlMnOp`, { kind: 'search', ownerId: ALICE.id, offset: 5, state: { stashed: true, key: 'AbCdEfGhIjKlMnOp' } }],
      [`random:${ALICE.id}:${token}:leetcode`, { kind: 'random', ownerId: ALICE.id, shown: token, tag: { digest: false, tag: 'leetcode' } }],
      [`random:${ALICE.id}:lora:`, { kind: 'random', ownerId: ALICE.id, shown: 'lora', tag: { digest: false, tag: null } }],
      [`random:${ALICE.id}:${token}:%E6%B3%A8`, { kind: 'random', ownerId: ALICE.id, shown: token, tag: { digest: false, tag: '注' } }],
      [`random:${ALICE.id}:${token}:#${token}`, { kind: 'random', ownerId: ALICE.id, shown: token, tag: { digest: true, value: token } }],
      [`quiz:show:${ALICE.id}:${token}:0`, { kind: 'quiz-show', ownerId: ALICE.id, token, version: 0 }],
      [`quiz:rate:${ALICE.id}:${token}:7:3`, { kind: 'quiz-rate', ownerId: ALICE.id, token, version: 7, grade: Rating.Good }],
      [`quiz:undo:${ALICE.id}:12`, { kind: 'quiz-undo', ownerId: ALICE.id, reviewId: 12 }],
      [`quizday:${GUILD_A}:2026-12-01:${token}:1`, { kind: 'daily', guildId: GUILD_A, day: '2026-12-01', token, grade: Rating.Again }],
    ];
    for (const [customId, button] of legacy) expect(decodeButtonId(customId), customId).toEqual(button);
  });

  it('encodes with a version prefix and decodes what it encodes', () => {
    const buttons: ButtonId[] = [
      { kind: 'solution', articleId: 'lora' },
      { kind: 'fit', action: 'revert', ownerId: ALICE.id },
      { kind: 'remind-quiz' },
      { kind: 'formulas', articleId: 'lora', part: 'solution', from: 20, paging: true },
      { kind: 'search', ownerId: ALICE.id, offset: 5, state: { stashed: false, query: 'a:b%c 注意力', tag: 'x:y' } },
      { kind: 'search', ownerId: ALICE.id, offset: 0, state: { stashed: true, key: 'AbCdEfGhIjKlMnOp' } },
      { kind: 'random', ownerId: ALICE.id, shown: token, tag: { digest: false, tag: null } },
      { kind: 'quiz-rate', ownerId: ALICE.id, token, version: 3, grade: Rating.Easy },
      { kind: 'daily', guildId: GUILD_A, day: '2026-12-01', token, grade: Rating.Hard },
    ];
    for (const button of buttons) {
      const customId = encodeButtonId(button);
      expect(customId === `1:${button.kind}` || customId.startsWith(`1:${button.kind}:`), customId).toBe(true);
      expect(decodeButtonId(customId)).toEqual(button);
    }
  });

  it('round-trips any search text, and refuses to encode what does not fit', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60, size: 'max' }).filter((q) => q.trim() !== ''),
        fc.option(fc.string({ maxLength: 20, size: 'max' }).filter(Boolean), { nil: null }),
        (query, tag) => {
          const button: ButtonId = { kind: 'search', ownerId: ALICE.id, offset: 5, state: { stashed: false, query, tag } };
          if (fitsCustomId(button)) expect(decodeButtonId(encodeButtonId(button))).toEqual(button);
          else expect(() => encodeButtonId(button)).toThrow(/too long/);
        },
      ),
      { seed: 12 },
    );
  });

  it('refuses anything that does not parse exactly', () => {
    for (const customId of [
      '',
      'x'.repeat(101),
      `1:quiz-show:${ALICE.id}:${token}`,
      `1:quiz-show:${ALICE.id}:${token}:0:1`,
      `1:quiz-rate:${ALICE.id}:${token}:0:5`,
      `2:quiz-show:${ALICE.id}:${token}:0`,
      `1:nothing:${ALICE.id}`,
      `1:search:${ALICE.id}:10001:i::x`,
      `1:search:${ALICE.id}:5:i::%41`,
      `1:search:${ALICE.id}:5:i::   `,
      `1:random:${ALICE.id}:${token}:#short`,
      '1:solution:Not-An-Id',
      `search:${ALICE.id}:5:i:%E4:x`,
      `quizday:${GUILD_A}:26-12-01:${token}:1`,
    ]) {
      expect(decodeButtonId(customId), customId).toBeNull();
    }
  });
});
