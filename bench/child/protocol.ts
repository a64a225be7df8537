/** What a measurement child prints: one JSON object per line on stdout, nothing else. */
import type { LatencySummary } from '../stats.ts';
import type { PlantedGroup } from '../corpus/planted.ts';

export type ChildMode = 'engine' | 'warm' | 'scan' | 'breakdown';

export interface MemoryFigures {
  /** Resident set size after a full GC, once the corpus is loaded and one search answered. */
  rssMb: number;
  heapUsedMb: number;
  /** Highest RSS the process reached, loading included. */
  peakRssMb: number;
}

export interface PlantedOutcome {
  query: string;
  group: PlantedGroup;
  /** 1-based rank of the answer in the top 3, or null when it is not there. */
  rank: number | null;
}

export interface FirstSearchEvent {
  event: 'first-search';
  /** Milliseconds since this process started (performance.timeOrigin). */
  sinceStartMs: number;
  phases: Record<string, number>;
  articles: number;
  problems: number;
  /** The first few problems, as `path: reason`. */
  problemSample: string[];
  firstSearchTotal: number;
  /** User + system CPU time of this process until then, all its threads. */
  cpuMs: number;
  /** Longest the event loop was held before the first answer (engine and warm modes). */
  maxBlockMs?: number;
}

export interface SlowQuery {
  query: string;
  ms: number;
}

export interface DoneEvent {
  event: 'done';
  memory: MemoryFigures;
  /** A reload of the unchanged folder (median of 3): engine and warm modes. */
  tick?: { cpuMs: number; wallMs: number };
  /** Absent in breakdown mode. */
  search?: LatencySummary;
  searchCpu?: LatencySummary;
  /** Search latency per kind of query (see corpus/queries.ts). */
  searchByKind?: Record<string, LatencySummary>;
  /** Search, plus "did you mean" when nothing matched: what /search asks of the index. */
  searchCommandPath?: LatencySummary;
  complete?: LatencySummary;
  completeCpu?: LatencySummary;
  planted?: PlantedOutcome[];
  slowestSearches?: SlowQuery[];
  slowestCompletions?: SlowQuery[];
}

export type ChildEvent = FirstSearchEvent | DoneEvent;
