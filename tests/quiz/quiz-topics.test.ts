import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { command as quizCommand } from '../../commands/quiz.ts';
import { command as statsCommand } from '../../commands/stats.ts';
import type { BotDeps, Reply } from '../../src/interactions/types.ts';
import { cardToken, decodeButtonId, encodeButtonId } from '../../src/interactions/custom-ids.ts';
import { completeTopics, quizTopics, resolveTopic } from '../../src/quiz/topics.ts';
import { buildDeps } from '../../kit/deps.ts';
import { click as kitClick, commandInput } from '../../kit/invoke.ts';

const SHIPPED = path.resolve(import.meta.dirname, '..', '..', 'content');
const NOW = new Date('2026-12-03T02:00:00Z');
const LINKED_LIST = new Set([160, 206, 234, 141, 142, 21, 2, 19, 24, 25, 138, 148, 23, 146]);

const shippedDeps = () => buildDeps({ contentDir: SHIPPED, now: NOW });
const customIds = (reply: Reply) => (reply.components ?? []).flatMap((row) => row.components).map((c) => (c as { custom_id: string }).custom_id);

function click(deps: BotDeps, customId: string, lang: 'zh' | 'en'): Promise<Reply> {
  return kitClick(customId, deps, { lang, now: NOW });
}

/** The card a quiz screen shows, by its token in the buttons. */
function shownCard(deps: BotDeps, reply: Reply) {
  const token = customIds(reply)
    .find((id) => id.startsWith('1:quiz-show:') || id.startsWith('1:quiz-rate:'))
    ?.split(':')[3];
  return token ? deps.corpus.library.leetcodeCards(NOW).find((card) => cardToken(card.id) === token) : undefined;
}

describe('quiz topics', () => {
  it('lists the 17 topics with their card counts, labelled in the member language', async () => {
    const deps = await shippedDeps();
    const cards = deps.corpus.library.leetcodeCards(NOW);
    const zh = quizTopics(cards, deps.corpus.tags, 'zh');
    expect(zh).toHaveLength(17);
    expect(zh.reduce((sum, topic) => sum + topic.count, 0)).toBe(100);
    expect(zh.find((topic) => topic.tag === 'topic-linked-list')).toEqual({ tag: 'topic-linked-list', label: '链表', count: 14 });
    expect(quizTopics(cards, deps.corpus.tags, 'en').find((topic) => topic.tag === 'topic-binary-tree')?.label).toBe('Binary tree');
  });

  it('completes 链表 and "linked" to topic-linked-list, and resolves a typed label', async () => {
    const deps = await shippedDeps();
    const auto = (value: string, lang: 'zh' | 'en') =>
      quizCommand.autocomplete!({ ...commandInput({}, { lang, now: NOW }), subcommand: null, focused: { name: 'topic', value } }, deps);
    expect(await auto('链表', 'zh')).toEqual([{ name: '链表 (14)', value: 'topic-linked-list' }]);
    expect(await auto('linked', 'en')).toEqual([{ name: 'Linked list (14)', value: 'topic-linked-list' }]);
    expect((await auto('', 'en')).length).toBe(17);
    const topics = quizTopics(deps.corpus.library.leetcodeCards(NOW), deps.corpus.tags, 'zh');
    expect(resolveTopic('链表', topics, deps.corpus.tags)).toBe('topic-linked-list');
    expect(resolveTopic(' Linked List ', topics, deps.corpus.tags)).toBe('topic-linked-list');
    expect(resolveTopic('linked-list', topics, deps.corpus.tags)).toBe('topic-linked-list');
    // "动态规划" is the label of topic-dp and part of 多维动态规划: the exact label wins
    expect(resolveTopic('动态规划', topics, deps.corpus.tags)).toBe('topic-dp');
    expect(resolveTopic('树', topics, deps.corpus.tags)).toBe('topic-binary-tree');
    expect(resolveTopic('二', topics, deps.corpus.tags)).toBeNull(); // 二叉树 and 二分查找
    expect(completeTopics('二', topics, deps.corpus.tags).map((c) => c.value)).toEqual(['topic-binary-tree', 'topic-binary-search']);
  });

  it('/quiz topic:链表 deals only linked-list cards, through the buttons, until the topic is done for today', async () => {
    const deps = await shippedDeps();
    let screen = await quizCommand.run(commandInput({ options: { topic: '链表' } }, { now: NOW }), deps);
    expect(screen.content).toContain('主题：**链表**');
    const dealt: number[] = [];
    for (let step = 0; step < 30 && !/今天的复习全部完成/.test(screen.content ?? ''); step++) {
      const ids = customIds(screen);
      const rate = ids.find((id) => id.startsWith('1:quiz-rate:') && id.split(':')[5] === '3');
      const show = ids.find((id) => id.startsWith('1:quiz-show:'));
      if (!rate) {
        const card = shownCard(deps, screen);
        expect(card, screen.content).toBeTruthy();
        dealt.push(card!.leetcode!.number);
      }
      for (const id of ids.filter((id) => !id.includes(':undo:'))) expect(id.endsWith(':topic-linked-list'), id).toBe(true);
      screen = await click(deps, (rate ?? show)!, 'zh');
    }
    expect(screen.content).toContain('🎉 「链表」今天的复习全部完成！');
    expect(dealt).toHaveLength(10); // the daily limit of new cards
    expect(
      dealt.every((number) => LINKED_LIST.has(number)),
      dealt.join(','),
    ).toBe(true);
    expect(new Set(dealt).size).toBe(10);

    const stats = await statsCommand.run(commandInput({}, { now: NOW }), deps);
    const byTopic = stats.embeds?.[0]?.fields?.find((field) => field.name === '各主题已学卡片')?.value ?? '';
    expect(byTopic.split('\n')).toContain('链表 10/14');
    expect(byTopic.split('\n')).toContain('二叉树 0/15');
    expect(byTopic.split('\n')).toHaveLength(17);
  });

  it('/quiz without a topic still draws from every topic', async () => {
    const deps = await shippedDeps();
    const screen = await quizCommand.run(commandInput({}, { now: NOW, lang: 'en' }), deps);
    expect(screen.content).not.toContain('Topic:');
    expect(customIds(screen).every((id) => !id.includes('topic-'))).toBe(true);
    expect(shownCard(deps, screen)).toBeTruthy();
  });

  it('refuses a topic that does not exist, privately', async () => {
    const deps = await shippedDeps();
    const reply = await quizCommand.run(commandInput({ options: { topic: 'quantum' } }, { now: NOW, lang: 'en' }), deps);
    expect(reply).toEqual({ content: 'There is no topic “quantum”. Pick one from the list: start typing, e.g. “linked”.', ephemeral: true });
  });

  it('never cuts a character in half when it shortens a typed topic or a topic label', async () => {
    const deps = await shippedDeps();
    // 99 code units, then a character of two: a cut at 100 units would keep half of it.
    const typed = 'a'.repeat(99) + '𝔸' + 'b';
    const reply = await quizCommand.run(commandInput({ options: { topic: typed } }, { now: NOW, lang: 'en' }), deps);
    expect(reply.content).toContain(`“${'a'.repeat(99)}…”`);
    // The choice's 100th code unit is the first half of 𝔸.
    const label = 'a'.repeat(99) + '𝔸';
    const [choice] = completeTopics('', [{ tag: 'topic-x', label, count: 12 }], deps.corpus.tags);
    expect(choice!.name).toBe(`${'a'.repeat(99)}…`);
  });

  it('carries the topic in quiz buttons and refuses anything else in its place', () => {
    const owner = '100000000000000001';
    const id = encodeButtonId({ kind: 'quiz-rate', ownerId: owner, token: 'abcdefghijkl', version: 4_294_967_295, grade: 3, topic: 'topic-sliding-window' });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeButtonId(id)).toEqual({
      kind: 'quiz-rate',
      ownerId: owner,
      token: 'abcdefghijkl',
      version: 4_294_967_295,
      grade: 3,
      topic: 'topic-sliding-window',
    });
    // Buttons posted before the codec's version prefix carry the same fields.
    expect(decodeButtonId(`quiz:show:${owner}:abcdefghijkl:0:topic-hash`)).toEqual({
      kind: 'quiz-show',
      ownerId: owner,
      token: 'abcdefghijkl',
      version: 0,
      topic: 'topic-hash',
    });
    expect(decodeButtonId(`quiz:undo:${owner}:7:topic-hash`)).toEqual({ kind: 'quiz-undo', ownerId: owner, reviewId: 7, topic: 'topic-hash' });
    expect(decodeButtonId(`quiz:show:${owner}:abcdefghijkl:0:hash`)).toBeNull();
    expect(decodeButtonId(`quiz:show:${owner}:abcdefghijkl:0:topic-Hash`)).toBeNull();
    expect(decodeButtonId(`quiz:show:${owner}:abcdefghijkl:0:topic-hash:x`)).toBeNull();
    expect(() => encodeButtonId({ kind: 'quiz-undo', ownerId: owner, reviewId: 1, topic: 'topic-a-very-long-topic-name-that-overflows' })).toThrow(
      /does not decode|too long/,
    );
  });
});
