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
import { writeCorpus } from './corpus/write-corpus.ts';
import { runEndToEnd } from './e2e/interactions.ts';
import { measureFormulas, renderFormulaSection } from './formulas/measure.ts';
import { parseOptions, type BenchOptions } from './options.ts';
import { renderReport } from './report/markdown.ts';
import { machineInfo, type BenchResults, type SizeResult } from './report/results.ts';

/** The corpus the end-to-end figure runs on: issue #7 asks for about 1,000 articles. */
const E2E_CORPUS_SIZE = 1_000;
const E2E_WARM_UP = 20;

const options = parseOptions(process.argv.slice(2));
const started = performance.now();

function progress(message: string): void {
  const elapsed = ((performance.now() - started) / 1000).toFixed(0).padStart(5);
  process.stderr.write(`[${elapsed} s] ${message}\n`);
}

/** The loaded corpus is not the generated one: every figure would describe something else. */
class IncompleteLoad extends Error {}

async function measured(mode: ChildMode, dir: string, firstQuery: string, count: number, label: string, spawnOptions: { env?: Record<string, string>; bounded?: boolean } = {}): Promise<ChildRun> {
  const run = await runChild(mode, dir, firstQuery, spawnOptions);
  if (run.first.articles !== count || run.first.problems !== 0) {
    throw new IncompleteLoad(
      `${run.first.articles.toLocaleString('en-US')} of ${count.toLocaleString('en-US')} articles loaded, ${run.first.problems.toLocaleString('en-US')} problems, e.g. ${run.first.problemSample[0] ?? '?'}`,
    );
  }
  const search = run.done.search ? `, search p99 ${run.done.search.p99.toFixed(2)} ms` : '';
  progress(`${label} ${mode}${spawnOptions.bounded ? ' (bounded reader)' : ''}: first answer ${(run.fromSpawnMs / 1000).toFixed(2)} s after spawn, RSS ${Math.round(run.done.memory.rssMb)} MB${search}`);
  return run;
}

async function measureSize(count: number, opts: BenchOptions, isFirst: boolean): Promise<{ result: SizeResult; dir: string; searchQueries: string[] }> {
  const dir = path.join(opts.baseDir, `${count}-s${opts.seed}-q${opts.queryCount}`);
  progress(`${count.toLocaleString('en-US')} articles: generating in ${dir}`);
  const { manifest, reused } = writeCorpus(dir, { count, seed: opts.seed, queryCount: opts.queryCount });
  progress(`${reused ? 'reused' : `generated in ${(manifest.generatedInMs / 1000).toFixed(1)} s`}: ${(manifest.bytes / 2 ** 20).toFixed(1)} MB`);
  const firstQuery = manifest.planted[0]!.query;
  const label = `${count.toLocaleString('en-US')}`;

  const loadBefore = os.loadavg();
  const result: SizeResult = {
    count,
    manifest: { version: manifest.version, seed: manifest.seed, count: manifest.count, queryCount: manifest.queryCount, bytes: manifest.bytes, kinds: manifest.kinds, generatedInMs: manifest.generatedInMs },
    reusedCorpus: reused,
    loaderFailure: null,
    engine: [],
    scan: [],
    breakdown: [],
    noTsxCache: [],
    loadAverage: { before: loadBefore, after: [] },
  };
  let bounded = false;
  try {
    // Unmeasured; also fills tsx's transform cache before the first measured start.
    await measured('breakdown', dir, firstQuery, count, `${label} load check`);
  } catch (error) {
    if (!(error instanceof IncompleteLoad)) throw error;
    // The finding is that the bot cannot load this corpus; the rest is still worth knowing.
    result.loaderFailure = error.message;
    bounded = true;
    progress(`${label}: src/corpus/load.ts cannot load this corpus (${error.message}); measuring with bench/child/bounded-load.ts`);
  }
  // Interleaved, so that a burst of load from elsewhere on the machine spreads over all kinds of figure.
  for (let run = 1; run <= opts.runs; run++) {
    const runLabel = `${label} run ${run}/${opts.runs}`;
    result.engine.push(await measured('engine', dir, firstQuery, count, runLabel, { bounded }));
    result.scan.push(await measured('scan', dir, firstQuery, count, runLabel, { bounded }));
    result.breakdown.push(await measured('breakdown', dir, firstQuery, count, runLabel, { bounded }));
    if (isFirst) result.noTsxCache.push(await measured('engine', dir, firstQuery, count, `${runLabel} (no tsx cache)`, { env: { TSX_DISABLE_CACHE: '1' }, bounded }));
  }
  result.loadAverage.after = os.loadavg();
  return { result, dir, searchQueries: manifest.queries.search };
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
    queryCount: options.queryCount,
    machine: machineInfo(),
    sizes: [],
    e2e: null,
  };
  let e2eDone = !options.e2e;
  for (const [i, count] of options.sizes.entries()) {
    const { result, dir, searchQueries } = await measureSize(count, options, i === 0);
    results.sizes.push(result);
    if (!e2eDone && (count === E2E_CORPUS_SIZE || i === options.sizes.length - 1)) {
      progress(`end to end on ${count.toLocaleString('en-US')} articles: ${options.e2eRounds} rounds of ${options.e2ePerCommand} /search + ${options.e2ePerCommand} /help`);
      const e2e = await runEndToEnd({ contentDir: dir, searchQueries, perCommand: options.e2ePerCommand, rounds: options.e2eRounds, warmUp: E2E_WARM_UP });
      results.e2e = { ...e2e, corpus: `generated, seed ${options.seed}` };
      progress(`end to end: /search median ${e2e.search.median} ms, /help median ${e2e.help.median} ms`);
      e2eDone = true;
    }
    if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });
  }

  progress('formula pictures');
  const report = `${renderReport(results)}\n\n${renderFormulaSection(await measureFormulas(options.runs, progress))}`;
  console.log(report);
  if (options.markdownPath) fs.writeFileSync(options.markdownPath, `${report}\n`);
  if (options.jsonPath) fs.writeFileSync(options.jsonPath, JSON.stringify(results, null, 2));
  progress('done');
}

await main();
