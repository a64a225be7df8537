/**
 * How every bot process is started: the Dockerfile's CMD and `npm start` spell this out (they
 * cannot import it; tests/ops/start-command.test.ts keeps them equal to it), and the shard
 * processes, the benchmark's children and the test kit's bot process use it directly.
 *
 * --max-semi-space-size=2: loading a corpus allocates fast, which grows V8's young generation to its
 * 16 MB semi-space maximum (32 MB committed), and V8 never shrinks it. Measured after loading 10,000
 * articles and writing the cache: 1 MB 191–202 MB RSS, 2 MB 184, 4 MB 193, 8 MB 208, default 220, with the same load
 * CPU time and search latency; 1 MB promotes more to the old generation and saves nothing more.
 * Both settings together, at 100,000 articles: 1,017–1,058 MB became 924–929 MB.
 *
 * MALLOC_MMAP_THRESHOLD_=131072: glibc serves a large allocation (a typed array of the index under
 * construction, a serialised cache chunk) with mmap and returns it on free, but after each such free it raises
 * that threshold (up to 32 MB), so later large blocks come from the heap and, once freed, stay
 * resident. Fixing it at its initial 128 KB: RSS after loading 10,000 articles 184–235 MB (either,
 * run to run) became 175–182, same load CPU time.
 */
export const BOT_NODE_ARGS: readonly string[] = ['--max-semi-space-size=2', '--import', 'tsx'];
export const BOT_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072' };
