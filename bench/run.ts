/**
 * `npm run bench`: start time, memory, search/autocomplete latency and planted-query relevance of the
 * real loader and index on generated corpora, each beside a plain substring scan, plus /search vs
 * /help end to end through the Discord double. Options: `npm run bench -- --help`. Progress goes to
 * stderr, the Markdown report to stdout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChild, type ChildRun } from './child/spawn.ts';
import type { ChildMode } from './child/protocol.ts';
import type { VocabularyStyle } from './corpus/article-text.ts';
import { writeCorpus } from './corpus/write-corpus.ts';
import { runEndToEnd } from './e2e/interactions.ts';
import { measureFormulas, renderFormulaSection } from './formulas/measure.ts';
import { parseOptions, type BenchOptions } from './options.ts';
import { renderReport } from './report/markdown.ts';
import { machineInfo, type BenchResults, type SizeResult } from './report/results.ts';

/** End to end from this size up: the sizes the targets name. */
const E2E_MIN_SIZE = 10_000;
const E2E_WARM_UP = 20;
/** From this size on: fewer runs (--large-runs), and the substring scan times fewer queries (~0.1 s each). */
const LARGE = 100_000;
const LARGE_SCAN_QUERIES = 150;
const VOCABULARIES: readonly VocabularyStyle[] = ['zipf', 'shared'];

const options = parseOptions(process.argv.slice(2));
const started = performance.now();

function progress(message: string): void {
  const elapsed = ((performance.now() - started) / 1000).toFixed(0).padStart(5);
  process.stderr.write(`[${elapsed} s] ${message}\n`);
}

/** The loaded corpus is not the generated one: every figure would describe something else. */
class IncompleteLoad extends Error {}

async function measured(
  mode: ChildMode,
  dir: string,
  firstQuery: string,
  count: number,
  label: string,
  spawnOptions: { env?: Record<string, string>; bounded?: boolean; cacheDir?: string } = {},
): Promise<ChildRun> {
  const run = await runChild(mode, dir, firstQuery, spawnOptions);
  if (run.first.articles !== count || run.first.problems !== 0) {
    throw new IncompleteLoad(
      `${run.first.articles.toLocaleString('en-US')} of ${count.toLocaleString('en-US')} articles loaded, ${run.first.problems.toLocaleString('en-US')} problems, e.g. ${run.first.problemSample[0] ?? '?'}`,
    );
  }
  const search = run.done.search ? `, search p99 ${run.done.search.p99.toFixed(2)} ms` : '';
  const tick = run.done.tick ? `, tick ${run.done.tick.cpuMs.toFixed(0)} ms CPU` : '';
  progress(
    `${label} ${mode}${spawnOptions.bounded ? ' (bounded reader)' : ''}: first answer ${(run.fromSpawnMs / 1000).toFixed(2)} s after spawn, RSS ${Math.round(run.done.memory.rssMb)} MB${search}${tick}`,
  );
  return run;
}

async function measureSize(
  count: number,
  vocabulary: VocabularyStyle,
  opts: BenchOptions,
  isFirst: boolean,
): Promise<{ result: SizeResult; dir: string; cacheDir: string; searchQueries: string[] }> {
  const dir = path.join(opts.baseDir, `${count}-${vocabulary}-s${opts.seed}-q${opts.queryCount}`);
  const cacheDir = path.join(opts.baseDir, `cache-${count}-${vocabulary}`);
  progress(`${count.toLocaleString('en-US')} articles, ${vocabulary} vocabulary: generating in ${dir}`);
  const { manifest, reused } = writeCorpus(dir, { count, seed: opts.seed, queryCount: opts.queryCount, vocabulary });
  progress(`${reused ? 'reused' : `generated in ${(manifest.generatedInMs / 1000).toFixed(1)} s`}: ${(manifest.bytes / 2 ** 20).toFixed(1)} MB`);
  const firstQuery = manifest.planted[0]!.query;
  const label = `${count.toLocaleString('en-US')} ${vocabulary}`;
  const large = count >= LARGE;
  const runs = large ? opts.largeRuns : opts.runs;
  const scanEnv = large ? { BENCH_SCAN_QUERIES: String(LARGE_SCAN_QUERIES) } : undefined;

  const loadBefore = os.loadavg();
  const result: SizeResult = {
    count,
    vocabulary,
    manifest: {
      version: manifest.version,
      seed: manifest.seed,
      vocabulary: manifest.vocabulary,
      count: manifest.count,
      queryCount: manifest.queryCount,
      bytes: manifest.bytes,
      kinds: manifest.kinds,
      generatedInMs: manifest.generatedInMs,
    },
    reusedCorpus: reused,
    loaderFailure: null,
    engine: [],
    warm: [],
    scan: [],
    breakdown: [],
    noTsxCache: [],
    scanQueries: large ? LARGE_SCAN_QUERIES : opts.queryCount,
    loadAverage: { before: loadBefore, after: [] },
  };
  // Unmeasured, on the smallest corpus only: fills tsx's transform cache before the first measured start.
  if (isFirst) await measured('breakdown', dir, firstQuery, count, `${label} warm-up`);
  // Interleaved, so that a burst of load from elsewhere on the machine spreads over all kinds of figure.
  for (let run = 1; run <= runs; run++) {
    const runLabel = `${label} run ${run}/${runs}`;
    fs.rmSync(cacheDir, { recursive: true, force: true });
    result.engine.push(await measured('engine', dir, firstQuery, count, runLabel, { cacheDir }));
    result.warm.push(await measured('warm', dir, firstQuery, count, runLabel, { cacheDir }));
    result.scan.push(await measured('scan', dir, firstQuery, count, runLabel, { env: scanEnv }));
    // At 100,000 a breakdown is another full cold load (minutes here): the engine run's phases stand in for it.
    if (!large) result.breakdown.push(await measured('breakdown', dir, firstQuery, count, runLabel));
    if (isFirst) result.noTsxCache.push(await measured('engine', dir, firstQuery, count, `${runLabel} (no tsx cache)`, { env: { TSX_DISABLE_CACHE: '1' } }));
  }
  result.loadAverage.after = os.loadavg();
  return { result, dir, cacheDir, searchQueries: manifest.queries.search };
}

async function main(): Promise<void> {
  if (options.formulasOnly) {
    const section = renderFormulaSection(await measureFormulas(options.runs, progress));
    console.log(section);
    if (options.markdownPath) fs.writeFileSync(options.markdownPath, `${section}\n`);
    return;
  }
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    seed: options.seed,
    runs: options.runs,
    largeRuns: options.largeRuns,
    queryCount: options.queryCount,
    machine: machineInfo(),
    sizes: [],
    e2e: [],
  };
  let first = true;
  for (const count of options.sizes) {
    for (const vocabulary of VOCABULARIES) {
      const { result, dir, cacheDir, searchQueries } = await measureSize(count, vocabulary, options, first);
      first = false;
      results.sizes.push(result);
      if (options.e2e && count >= E2E_MIN_SIZE) {
        const rounds = count >= LARGE ? 1 : options.e2eRounds;
        progress(
          `end to end on ${count.toLocaleString('en-US')} ${vocabulary}: ${rounds} round(s) of ${options.e2ePerCommand} /search + ${options.e2ePerCommand} /help`,
        );
        // Started from the cache the engine runs left, as a restarted bot would.
        const e2e = await runEndToEnd({
          contentDir: dir,
          searchQueries,
          perCommand: options.e2ePerCommand,
          rounds,
          warmUp: E2E_WARM_UP,
          env: { INDEX_CACHE_DIR: cacheDir },
        });
        results.e2e.push({ ...e2e, count, vocabulary, corpus: `generated, ${vocabulary} vocabulary, seed ${options.seed}` });
        progress(`end to end: /search median ${e2e.search.median.toFixed(2)} ms, /help median ${e2e.help.median.toFixed(2)} ms`);
      }
      if (!options.keep) {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.rmSync(cacheDir, { recursive: true, force: true });
      }
    }
  }

  progress('formula pictures');
  const report = `${renderReport(results)}\n\n${renderFormulaSection(await measureFormulas(options.runs, progress))}`;
  console.log(report);
  if (options.markdownPath) fs.writeFileSync(options.markdownPath, `${report}\n`);
  if (options.jsonPath) fs.writeFileSync(options.jsonPath, JSON.stringify(results, null, 2));
  progress('done');
}

await main();
