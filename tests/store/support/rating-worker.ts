/**
 * One process of the cross-process rating test: opens the shared store, says "ready", waits for
 * "go" on stdin, then rates the same member's daily posts RATINGS times, a few at once, and prints
 * how many the store said were recorded.
 */
import pino from 'pino';
import { Rating } from 'ts-fsrs';
import type { StoreLocation } from '../../../src/config.ts';
import { rateDailyPost } from '../../../src/quiz/reviews.ts';
import { KeyValueStore } from '../../../src/store/key-value-store.ts';
import { createStores } from '../../../src/stores.ts';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const url = env('STORE_URL');
const location: StoreLocation = url.startsWith('redis') ? { kind: 'redis', url } : { kind: 'postgres', url };
const worker = env('WORKER');
const ratings = Number(env('RATINGS'));
const member = { id: env('MEMBER_ID'), name: `member of ${worker}` };
const guildId = env('GUILD_ID');
const inFlight = 4;

const kv = await KeyValueStore.open(location, pino({ level: 'warn' }, pino.destination(2)));
const { quiz } = createStores(kv);
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.destroy();

let recorded = 0;
let next = 0;
const grades = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;
async function lane(): Promise<void> {
  while (next < ratings) {
    const i = next++;
    // A post of its own for every rating, so each one is a new review rather than a replaced grade.
    const outcome = await rateDailyPost(quiz, { member, guildId, zone: 'UTC' }, `${worker}-${i}`, 'lc-128', grades[i % 4]!, new Date());
    if (outcome.kind === 'recorded') recorded++;
  }
}
await Promise.all(Array.from({ length: inFlight }, lane));
process.stdout.write(`${JSON.stringify({ recorded })}\n`);
await kv.close();
