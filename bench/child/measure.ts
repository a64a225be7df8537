/** The figures taken after the first search: latency over the fixed query sets and planted top-3. */
import type { Library } from '../../src/corpus/library.ts';
import type { SubstringScan } from '../baseline/substring-scan.ts';
import { readManifest, type CorpusManifest } from '../corpus/write-corpus.ts';
import { summarise, type LatencySummary } from '../stats.ts';
import type { DoneEvent, PlantedOutcome, SlowQuery } from './protocol.ts';

/** Unmeasured queries first, so the figures describe a bot that has been up a while, not the JIT warming up. */
const WARM_UP_QUERIES = 50;
const TOP = 3;

function manifestOf(dir: string): CorpusManifest {
  const manifest = readManifest(dir);
  if (!manifest) throw new Error(`${dir} has no bench manifest`);
  return manifest;
}

/** How many of the slowest queries to name in the report: they say where the tail comes from. */
const SLOWEST_SHOWN = 8;

interface Timed {
  samples: number[];
  summary: LatencySummary;
  /** The same queries in CPU time of this process: on a busy machine, closer to what an idle one would show. */
  cpuSummary: LatencySummary;
  slowest: SlowQuery[];
}

function cpuMsNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function timeEach(queries: readonly string[], run: (query: string) => void): Timed {
  for (const query of queries.slice(0, WARM_UP_QUERIES)) run(query);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (const query of queries) {
    const cpuStart = cpuMsNow();
    const start = performance.now();
    run(query);
    samples.push(performance.now() - start);
    cpuSamples.push(cpuMsNow() - cpuStart);
  }
  const slowest = samples
    .map((ms, i) => ({ query: queries[i]!, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, SLOWEST_SHOWN);
  return { samples, summary: summarise(samples), cpuSummary: summarise(cpuSamples), slowest };
}

function plantedOutcomes(manifest: CorpusManifest, topIds: (query: string) => string[]): PlantedOutcome[] {
  return manifest.planted.map((planted) => {
    const index = topIds(planted.query).indexOf(planted.answerId);
    return { query: planted.query, group: planted.group, rank: index === -1 ? null : index + 1 };
  });
}

type Measured = Omit<DoneEvent, 'event' | 'memory'>;

export function measureEngine(dir: string, library: Library, now: Date): Measured {
  const manifest = manifestOf(dir);
  const index = library.search;
  // Built per call, as the commands do.
  const visible = () => library.visibilityFilter(now);
  const search = timeEach(manifest.queries.search, (query) => index.search(query, { limit: 5, filter: visible() }));
  const searchCommandPath = timeEach(manifest.queries.search, (query) => {
    const filter = visible();
    if (index.search(query, { limit: 5, filter }).total === 0) index.suggest(query, 3, filter);
  });
  const complete = timeEach(manifest.queries.complete, (query) => index.complete(query, 25, visible()));
  const planted = plantedOutcomes(manifest, (query) => index.search(query, { limit: TOP, filter: visible() }).hits.map((hit) => hit.id));
  const byKind = new Map<string, number[]>();
  manifest.queries.searchKinds.forEach((kind, i) => {
    const samples = byKind.get(kind) ?? [];
    samples.push(search.samples[i]!);
    byKind.set(kind, samples);
  });
  return {
    search: search.summary,
    searchCpu: search.cpuSummary,
    searchByKind: Object.fromEntries([...byKind].map(([kind, samples]) => [kind, summarise(samples)])),
    searchCommandPath: searchCommandPath.summary,
    complete: complete.summary,
    completeCpu: complete.cpuSummary,
    planted,
    slowestSearches: search.slowest,
    slowestCompletions: complete.slowest,
  };
}

export function measureScan(dir: string, scan: SubstringScan, filter: (id: string) => boolean): Measured {
  const manifest = manifestOf(dir);
  // A scan of 100,000 articles takes ~0.1 s a query: the parent may ask for fewer to keep the run short.
  const limit = Number(process.env.BENCH_SCAN_QUERIES ?? Infinity);
  const search = timeEach(manifest.queries.search.slice(0, limit), (query) => scan.search(query, { limit: 5, filter }));
  const complete = timeEach(manifest.queries.complete.slice(0, limit), (query) => scan.complete(query, 25, filter));
  const planted = plantedOutcomes(manifest, (query) => scan.search(query, { limit: TOP, filter }).hits.map((hit) => hit.id));
  return {
    search: search.summary,
    searchCpu: search.cpuSummary,
    complete: complete.summary,
    completeCpu: complete.cpuSummary,
    planted,
    slowestSearches: search.slowest,
    slowestCompletions: complete.slowest,
  };
}
