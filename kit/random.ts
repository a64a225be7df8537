/**
 * The one seeded PRNG of tests and benchmarks (Park–Miller): the same seed gives the same
 * sequence on every machine, so a failure reproduces.
 */
export function seededRandom(seed = 1): () => number {
  let state = Math.abs(Math.trunc(seed)) % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}
