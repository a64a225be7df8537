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

export async function runGradually<T>(steps: Generator<void, T>, sliceMs = SLICE_MS): Promise<T> {
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
