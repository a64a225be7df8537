/**
 * Long work written as a generator that yields between small slices, run either at once (tests,
 * small corpora) or a slice at a time, giving the event loop back every few milliseconds so that
 * members' commands are answered while a large corpus is indexed.
 */

/** Work done between two returns to the event loop. */
export const SLICE_MS = 12;

export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs `steps`, giving the event loop a turn before the first and then whenever a slice has
 * lasted `sliceMs`. The turn before the first keeps back-to-back runs (a reload awaits many short
 * ones) from adding up to more than a slice each; it costs one setImmediate per run.
 */
export async function runGradually<T>(steps: Generator<void, T>, sliceMs = SLICE_MS): Promise<T> {
  await yieldToEventLoop();
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}

/** Items sorted by slices per step: sorts runs, then merges them pairwise, yielding between. */
const SORT_RUN = 2048;
const MERGE_SLICE = 65_536;

export function* sortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<void, T[]> {
  let current = items.slice();
  for (let start = 0; start < current.length; start += SORT_RUN) {
    const run = current.slice(start, start + SORT_RUN).sort(compare);
    for (let i = 0; i < run.length; i++) current[start + i] = run[i]!;
    yield;
  }
  let other = new Array<T>(current.length);
  let moved = 0;
  for (let width = SORT_RUN; width < current.length; width *= 2) {
    for (let left = 0; left < current.length; left += 2 * width) {
      const middle = Math.min(left + width, current.length);
      const right = Math.min(left + 2 * width, current.length);
      mergeRuns(current, other, left, middle, right, compare);
      moved += right - left;
      if (moved >= MERGE_SLICE) {
        moved = 0;
        yield;
      }
    }
    [current, other] = [other, current];
  }
  return current;
}

/** Items handled between two checks of the clock by the per-item passes below. */
const ITEM_STEP = 512;

/** Calls `each` on every item as steps: for passes over every article of a large corpus. */
export function* eachSteps<T>(items: readonly T[], each: (item: T, index: number) => void): Generator<void, void> {
  for (let i = 0; i < items.length; i++) {
    each(items[i]!, i);
    if (i % ITEM_STEP === ITEM_STEP - 1) yield;
  }
}

/** `items.filter(keep)` as steps. */
export function* filterSteps<T>(items: readonly T[], keep: (item: T) => boolean): Generator<void, T[]> {
  const kept: T[] = [];
  yield* eachSteps(items, (item) => {
    if (keep(item)) kept.push(item);
  });
  return kept;
}

/** A Map of `items` by `key` as steps. */
export function* mapSteps<T, K, V>(items: readonly T[], entry: (item: T) => readonly [K, V]): Generator<void, Map<K, V>> {
  const map = new Map<K, V>();
  yield* eachSteps(items, (item) => {
    const [key, value] = entry(item);
    map.set(key, value);
  });
  return map;
}

/** Whether `a` and `b` hold the very same objects, as steps. */
export function* everySame<T>(a: readonly T[], b: readonly T[]): Generator<void, boolean> {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
    if ((i & 1023) === 1023) yield;
  }
  return true;
}

/** Kept out of the generator: V8 optimises a loop in a plain function far better. */
function mergeRuns<T>(from: readonly T[], to: T[], left: number, middle: number, right: number, compare: (a: T, b: T) => number): void {
  let i = left;
  let j = middle;
  let k = left;
  while (i < middle && j < right) to[k++] = compare(from[j]!, from[i]!) < 0 ? from[j++]! : from[i++]!;
  while (i < middle) to[k++] = from[i++]!;
  while (j < right) to[k++] = from[j++]!;
}
