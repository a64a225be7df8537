/**
 * How every bot process is started: the Dockerfile's CMD and `npm start` spell this out (they
 * cannot import it; tests/ops/start-command.test.ts keeps them equal to it), and the shard
 * processes, the benchmark's children and the test kit's bot process use it directly.
 *
 * --max-semi-space-size=2: loading a corpus allocates fast, which grows V8's young generation to its
 * 16 MB semi-space maximum (32 MB committed), and V8 never shrinks it. Measured after loading 10,000
 * articles: 1 MB 191–202 MB RSS, 2 MB 184, 4 MB 193, 8 MB 208, default 220, with the same load
 * CPU time and search latency; 1 MB promotes more to the old generation and saves nothing more.
 *
 * MALLOC_ARENA_MAX=2: glibc gives each thread that allocates its own arena (V8's GC helpers, the
 * libuv pool) and keeps their freed memory; with the default, RSS after loading a 10,000-article
 * corpus came out either 196 or 237 MB run to run, with 2 arenas 196 every time.
 */
export const BOT_NODE_ARGS: readonly string[] = ['--max-semi-space-size=2', '--import', 'tsx'];
export const BOT_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
