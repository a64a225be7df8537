/**
 * `npx tsx bench/habits.ts`: how long the /stats picture takes to compute and draw (issue #16 asks
 * for ≤ 200 ms) and how long fitting FSRS to a member's log takes, on generated review histories.
 * Prints a Markdown table; nothing is asserted.
 */
import os from 'node:os';
import type { Article } from '../src/corpus/types.ts';
import { fitWeights } from '../src/habits/schedule-fit/fit-weights.ts';
import { trainingHistories, trainingItems } from '../src/habits/schedule-fit/training-items.ts';
import { statsChartData } from '../src/habits/stats-picture/chart-data.ts';
import { drawStatsPicture } from '../src/habits/stats-picture/draw.ts';
import { emptyDeck, type MemberDeck } from '../src/quiz/deck.ts';
import { generateReviewHistory, syntheticCards } from '../kit/review-history.ts';

const NOW = new Date('2026-12-03T10:00:00Z');
const ZONE = 'Asia/Shanghai';
const RUNS = 20;

function history(cards: number, from: string): { deck: MemberDeck; articles: Article[]; reviews: number } {
  const deck = emptyDeck();
  const ids = syntheticCards(cards);
  const reviews = generateReviewHistory(deck, { cards: ids, start: new Date(from), end: NOW });
  return { deck, articles: ids.map((id) => ({ id }) as Article), reviews };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const cases = [
  { name: 'new member', ...history(0, '2026-12-01T00:00:00Z') },
  { name: '10 months, 150 cards', ...history(150, '2026-02-01T00:00:00Z') },
  { name: '3 years, 600 cards', ...history(600, '2023-12-01T00:00:00Z') },
];

const first = performance.now();
await drawStatsPicture(statsChartData(emptyDeck(), [], NOW, ZONE), 'zh');
const coldMs = performance.now() - first;

console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}\n`);
console.log(`First picture in a process (registers the 10 MB CJK font): ${coldMs.toFixed(0)} ms\n`);
console.log('| history | reviews | data p50 | draw+encode p50 | p95 | max | PNG |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const c of cases) {
  const dataTimes: number[] = [];
  const drawTimes: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const data = statsChartData(c.deck, c.articles, NOW, ZONE);
    const t1 = performance.now();
    const picture = await drawStatsPicture(data, i % 2 === 0 ? 'zh' : 'en');
    drawTimes.push(performance.now() - t0);
    dataTimes.push(t1 - t0);
    size = picture.png.length;
  }
  console.log(
    `| ${c.name} | ${c.reviews.toLocaleString('en-US')} | ${percentile(dataTimes, 50).toFixed(1)} ms | ${percentile(drawTimes, 50).toFixed(1)} ms | ${percentile(drawTimes, 95).toFixed(1)} ms | ${Math.max(...drawTimes).toFixed(1)} ms | ${(size / 1024).toFixed(0)} KiB |`,
  );
}

console.log('\n| fitting FSRS (binding, in a child process) | reviews | items | time |');
console.log('|---|---:|---:|---:|');
for (const c of cases.slice(1)) {
  const items = trainingItems(c.deck.log);
  const t0 = performance.now();
  await fitWeights(trainingHistories(c.deck.log));
  console.log(`| ${c.name} | ${c.reviews.toLocaleString('en-US')} | ${items.length.toLocaleString('en-US')} | ${(performance.now() - t0).toFixed(0)} ms |`);
}
