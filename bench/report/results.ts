/** Raw figures of one bench invocation, and the medians the report shows. */
import fs from 'node:fs';
import os from 'node:os';
import type { ChildRun } from '../child/spawn.ts';
import type { PlantedOutcome, SlowQuery } from '../child/protocol.ts';
import type { PlantedGroup } from '../corpus/planted.ts';
import type { VocabularyStyle } from '../corpus/article-text.ts';
import type { CorpusManifest } from '../corpus/write-corpus.ts';
import type { EndToEndResult } from '../e2e/interactions.ts';
import { median } from '../stats.ts';

export interface SizeResult {
  count: number;
  vocabulary: VocabularyStyle;
  manifest: Omit<CorpusManifest, 'queries' | 'planted'>;
  reusedCorpus: boolean;
  /** Why src/corpus/load.ts could not load this corpus, when it could not; the figures then use bounded-load.ts. */
  loaderFailure: string | null;
  /** Cold starts: an empty cache folder. */
  engine: ChildRun[];
  /** Starts from the cache the cold start before wrote. */
  warm: ChildRun[];
  scan: ChildRun[];
  /** Queries the scan was timed on (fewer at 100,000). */
  scanQueries: number;
  breakdown: ChildRun[];
  /** Starts with tsx's transform cache disabled: what a brand-new container pays. Smallest size only. */
  noTsxCache: ChildRun[];
  loadAverage: { before: number[]; after: number[] };
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
}

export interface BenchResults {
  startedAt: string;
  seed: number;
  runs: number;
  /** Runs at 100,000 articles. */
  largeRuns: number;
  queryCount: number;
  machine: MachineInfo;
  sizes: SizeResult[];
  e2e: (EndToEndResult & { count: number; vocabulary: VocabularyStyle; corpus: string })[];
}

export function machineInfo(): MachineInfo {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = fs
      .readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpuModel = line.split(':')[1]!.trim();
  } catch {
    // Not Linux: os.cpus() is what there is.
  }
  return { cpus: os.cpus().length, cpuModel, memoryGb: os.totalmem() / 2 ** 30, node: process.version, platform: `${os.platform()} ${os.release()}` };
}

/** Median over runs of one figure. */
export function medianOver(runs: readonly ChildRun[], figure: (run: ChildRun) => number | undefined): number {
  return median(runs.map(figure).filter((x): x is number => x !== undefined));
}

export interface PlantedTally {
  byGroup: Record<PlantedGroup, { found: number; of: number }>;
  found: number;
  of: number;
  misses: PlantedOutcome[];
  /** False when runs disagreed (they should not: search is deterministic). */
  consistent: boolean;
}

export function tallyPlanted(runs: readonly ChildRun[]): PlantedTally | null {
  const first = runs[0]?.done.planted;
  if (!first) return null;
  const byGroup: PlantedTally['byGroup'] = { zh: { found: 0, of: 0 }, 'en-exact': { found: 0, of: 0 }, 'en-typo': { found: 0, of: 0 } };
  for (const outcome of first) {
    byGroup[outcome.group].of++;
    if (outcome.rank !== null) byGroup[outcome.group].found++;
  }
  const signature = (planted: readonly PlantedOutcome[] | undefined) => JSON.stringify(planted?.map((p) => p.rank));
  return {
    byGroup,
    found: first.filter((p) => p.rank !== null).length,
    of: first.length,
    misses: first.filter((p) => p.rank === null),
    consistent: runs.every((run) => signature(run.done.planted) === signature(first)),
  };
}

/** The slowest queries of the run whose p99 is the median one: a typical tail, not the noisiest. */
export function typicalSlowest(
  runs: readonly ChildRun[],
  pick: (run: ChildRun) => SlowQuery[] | undefined,
  p99: (run: ChildRun) => number | undefined,
): SlowQuery[] {
  const sorted = [...runs].sort((a, b) => (p99(a) ?? 0) - (p99(b) ?? 0));
  const middle = sorted[(sorted.length - 1) >> 1];
  return middle ? (pick(middle) ?? []) : [];
}
