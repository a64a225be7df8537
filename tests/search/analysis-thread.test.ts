import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/corpus/types.ts';
import { analyseInto } from '../../src/search/analyse-article.ts';
import { AnalysisHelper, analyseGradually, handedMaskSteps, HELPER_FROM } from '../../src/search/analysis-thread.ts';
import { runAtOnce } from '../../src/search/engine/gradual.ts';
import { SegmentBuilder } from '../../src/search/engine/segment-builder.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { article } from './fixture.ts';

const CHINESE = ['注意力', '机制', '梯度', '下降', '低秩', '适配', '显存', '训练', '滑动窗口', '哈希集合', '扩散模型', '采样'];
const ENGLISH = ['LoRA', 'FlashAttention', 'softmax', 'kernel', 'unordered_set', 'PyTorch', 'the', 'rank', 'matrix', 'x2'];

/** A seeded corpus of mixed notes and LeetCode cards: every kind of term, repeated across articles. */
function syntheticCorpus(count: number): Article[] {
  let seed = 20261204;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const words = (n: number): string =>
    Array.from({ length: n }, () => (next(2) === 0 ? CHINESE[next(CHINESE.length)]! : ` ${ENGLISH[next(ENGLISH.length)]!} `)).join('');
  return Array.from({ length: count }, (_, i) => {
    const id = `a-${i}`;
    const body = `## ${words(3)}\n\n${words(20)}，$O(n^${next(3)})$。\n\n- **${words(2)}** [link](https://x.example/${i})\n\n\`\`\`python\ndef f${i}(x): return x\n\`\`\`\n`;
    const leetcode =
      next(5) === 0
        ? { number: i, slug: `problem-${i}`, difficulty: 'easy' as const, question: body, answer: '## 题解\n\n答案', links: { cn: '', com: '' } }
        : null;
    return article({
      id,
      title: `${words(2)} ${i}`,
      body,
      tags: [`t${next(7)}`],
      aliases: next(3) === 0 ? [words(1)] : [],
      summary: next(2) ? words(4) : null,
      leetcode,
    });
  });
}

function analysedAlone(articles: readonly Article[]): SegmentBuilder {
  const builder = new SegmentBuilder();
  runAtOnce(analyseInto(builder, articles));
  return builder;
}

describe('SegmentBuilder.absorb', () => {
  const articles = syntheticCorpus(300);
  const whole = analysedAlone(articles);

  it.each([0, 1, 37, 150, 299, 300])('a builder that absorbs another at %i is the builder one thread makes', (split) => {
    const first = analysedAlone(articles.slice(0, split));
    runAtOnce(first.absorb(analysedAlone(articles.slice(split)).collected()));
    expect(first.collected()).toEqual(whole.collected());
    expect(runAtOnce(first.build()).toData()).toEqual(runAtOnce(whole.build()).toData());
  });
});

describe('SegmentBuilder.absorb of some documents', () => {
  const articles = syntheticCorpus(300);

  it('gives the builder of the kept documents alone, their terms numbered as one thread numbers them', () => {
    const rest = articles.slice(40);
    const keep = Uint8Array.from(rest, (_, i) => (i % 3 === 1 || i === 0 || i === rest.length - 1 ? 0 : 1));
    const first = analysedAlone(articles.slice(0, 40));
    runAtOnce(first.absorb(analysedAlone(rest).collected(), keep));
    const alone = analysedAlone([...articles.slice(0, 40), ...rest.filter((_, i) => keep[i])]);
    expect(first.collected()).toEqual(alone.collected());
    expect(runAtOnce(first.build()).toData()).toEqual(runAtOnce(alone.build()).toData());
  });

  it('keeps nothing when nothing is marked', () => {
    const builder = analysedAlone(articles.slice(0, 10));
    runAtOnce(builder.absorb(analysedAlone(articles.slice(10)).collected(), new Uint8Array(290)));
    expect(builder.collected()).toEqual(analysedAlone(articles.slice(0, 10)).collected());
  });
});

describe('handedMaskSteps', () => {
  const handedMask = (handed: readonly Article[], wanted: readonly Article[]) => runAtOnce(handedMaskSteps(handed, wanted));

  const [a, b, c, d] = syntheticCorpus(4) as [Article, Article, Article, Article];

  it('marks the wanted articles when they are among those handed, in order', () => {
    expect(handedMask([a, b, c, d], [a, c, d])).toEqual(Uint8Array.of(1, 0, 1, 1));
    expect(handedMask([a, b], [])).toEqual(Uint8Array.of(0, 0));
  });

  it('is null when one is missing or out of order', () => {
    expect(handedMask([a, b, c], [a, d])).toBeNull();
    expect(handedMask([a, b, c], [c, a])).toBeNull();
    expect(handedMask([a, b], [a, { ...b }])).toBeNull();
  });
});

describe('analyseGradually', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // The threshold passed explicitly, so that the test does not depend on HELPER_FROM's value.
  const helperFrom = 2000;
  const articles = syntheticCorpus(helperFrom + 300);
  const expected = analysedAlone(articles).collected();

  it('analyses a large corpus with a helper thread into the same builder', async () => {
    const builder = new SegmentBuilder();
    expect(await analyseGradually(builder, articles, { helperFrom })).toBe('helper');
    expect(builder.collected()).toEqual(expected);
  });

  it('analyses alone when the helper fails, with the same result', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-helper-'));
    const failing = path.join(dir, 'failing-helper.mjs');
    fs.writeFileSync(failing, "throw new Error('helper broke');\n");
    const builder = new SegmentBuilder();
    const reasons: string[] = [];
    const options = { helperFrom, helperModule: pathToFileURL(failing).href, onHelperFailure: (reason: string) => reasons.push(reason) };
    expect(await analyseGradually(builder, articles, options)).toBe('helper failed');
    expect(reasons).toEqual([expect.stringContaining('helper broke')]);
    expect(builder.collected()).toEqual(expected);
  });

  it('stays on this thread when asked to or when the corpus is small', async () => {
    expect(await analyseGradually(new SegmentBuilder(), articles, { helperFrom, parallel: false })).toBe('alone');
    expect(await analyseGradually(new SegmentBuilder(), articles.slice(0, helperFrom - 1), { helperFrom })).toBe('alone');
    expect(await analyseGradually(new SegmentBuilder(), articles.slice(0, HELPER_FROM - 1))).toBe('alone');
  });

  it('uses what an early helper collected of more articles than are indexed (a first load: drafts, duplicates)', async () => {
    const helper = AnalysisHelper.start()!;
    const wanted = articles.filter((_, i) => i % 7 !== 3);
    for (const article of articles) helper.add(article);
    const absorb = vi.spyOn(SegmentBuilder.prototype, 'absorb');
    const index = await SearchIndex.buildGradually(wanted, { early: helper, parallel: false });
    expect(absorb).toHaveBeenCalledTimes(1);
    expect(absorb.mock.calls[0]![1]).toEqual(Uint8Array.from(articles, (_, i) => (i % 7 !== 3 ? 1 : 0)));
    expect(index.snapshot()).toEqual(SearchIndex.build(wanted).snapshot());
  });

  it('analyses itself when the early helper failed or was handed other articles', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-helper-'));
    const failing = path.join(dir, 'failing-helper.mjs');
    fs.writeFileSync(failing, "throw new Error('helper broke');\n");
    const broken = AnalysisHelper.start(pathToFileURL(failing).href)!;
    for (const article of articles) broken.add(article);
    const expected = SearchIndex.build(articles).snapshot();
    const absorb = vi.spyOn(SegmentBuilder.prototype, 'absorb');
    const reasons: string[] = [];
    const onHelperFailure = (reason: string): void => void reasons.push(reason);
    expect((await SearchIndex.buildGradually(articles, { early: broken, parallel: false, onHelperFailure })).snapshot()).toEqual(expected);
    expect(reasons).toEqual([expect.stringContaining('helper broke')]);
    const other = AnalysisHelper.start()!;
    for (const article of articles.slice(1)) other.add(article);
    // Handed other articles is no failure: the articles indexed are not those it was handed.
    expect((await SearchIndex.buildGradually(articles, { early: other, parallel: false, onHelperFailure })).snapshot()).toEqual(expected);
    expect(reasons).toHaveLength(1);
    expect(absorb).not.toHaveBeenCalled();
  });

  it('tells a full rebuild after many changes about a helper that failed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-helper-'));
    const failing = path.join(dir, 'failing-helper.mjs');
    fs.writeFileSync(failing, "throw new Error('helper broke');\n");
    const reasons: string[] = [];
    const helpers = { helperFrom: 10, helperModule: pathToFileURL(failing).href, onHelperFailure: (reason: string) => void reasons.push(reason) };
    // 300 added to 100: past a tenth of the corpus and past 256, so it is rebuilt whole.
    const changed = await SearchIndex.build(articles.slice(0, 100)).withChanges(new Set(), articles.slice(100, 400), helpers);
    expect(reasons).toEqual([expect.stringContaining('helper broke')]);
    expect(changed.snapshot()).toEqual(SearchIndex.build(articles.slice(0, 400)).snapshot());
  });

  it('gives SearchIndex.buildGradually the index SearchIndex.build makes', async () => {
    const gradual = await SearchIndex.buildGradually(articles, { helperFrom });
    expect(gradual.snapshot()).toEqual(SearchIndex.build(articles).snapshot());
    expect(gradual.search('注意力机制').total).toBeGreaterThan(0);
  });
});
