/**
 * The helper thread of analysis-thread.ts: analyses the articles it is sent into a builder of its
 * own, and when told the last has come, hands back what it collected (transferred, not copied). The main thread ends it then.
 */
import { parentPort } from 'node:worker_threads';
import { addArticle } from './analyse-article.ts';
import type { ToHelper } from './analysis-thread.ts';
import { SegmentBuilder } from './engine/segment-builder.ts';

const port = parentPort;
if (!port) throw new Error('analysis-worker.ts runs as a worker thread (see analysis-thread.ts)');
const builder = new SegmentBuilder();
port.on('message', (message: ToHelper) => {
  if (message.kind === 'articles') {
    for (const article of message.articles) addArticle(builder, article);
    return;
  }
  const collected = builder.collected();
  const { bigrams, stringStarts, termIds, slots, counts, fieldLengths } = collected;
  port.postMessage(collected, [bigrams.buffer, stringStarts.buffer, termIds.buffer, slots.buffer, counts.buffer, fieldLengths.buffer]);
});
