/** The targets of issue #14, and a verdict per measured figure, for each corpus. */
import { medianOver, tallyPlanted, type BenchResults, type SizeResult } from './results.ts';

interface SizeTargets {
  coldStartMs: number;
  warmStartMs: number;
  searchP99Ms: number;
  /** The index's search p50 at most this share of the substring scan's. */
  searchP50OfScan: number;
  completeP99Ms: number;
  rssMb: number;
  tickCpuMs: number;
  plantedTop3: number;
  e2eRatio: number;
}

export const TARGETS: Record<number, SizeTargets> = {
  10_000: {
    coldStartMs: 3_000,
    warmStartMs: 1_000,
    searchP99Ms: 5,
    searchP50OfScan: 1 / 5,
    completeP99Ms: 1,
    rssMb: 250,
    tickCpuMs: 100,
    plantedTop3: 30,
    e2eRatio: 1.3,
  },
  100_000: {
    coldStartMs: 30_000,
    warmStartMs: 5_000,
    searchP99Ms: 25,
    searchP50OfScan: 1 / 10,
    completeP99Ms: 2,
    rssMb: 1_024,
    tickCpuMs: 1_000,
    plantedTop3: 30,
    e2eRatio: 1.5,
  },
};

export interface Verdict {
  what: string;
  target: string;
  measured: string;
  /** measured / target for "at most" targets; null when met or not measured. */
  missFactor: number | null;
  met: boolean | null;
}

function atMost(what: string, measured: number, target: number, unit: string, digits = 0): Verdict {
  if (!Number.isFinite(measured)) return { what, target: `≤ ${target.toLocaleString('en-US')} ${unit}`, measured: 'not measured', missFactor: null, met: null };
  const met = measured <= target;
  return {
    what,
    target: `≤ ${target.toLocaleString('en-US')} ${unit}`,
    measured: `${measured.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`,
    missFactor: met ? null : measured / target,
    met,
  };
}

function sizeVerdicts(size: SizeResult, targets: SizeTargets, results: BenchResults): Verdict[] {
  const m = `${size.count.toLocaleString('en-US')} ${size.vocabulary}`;
  const indexP50 = medianOver(size.engine, (r) => r.done.search?.p50);
  const scanP50 = medianOver(size.scan, (r) => r.done.search?.p50);
  const ratio = indexP50 / scanP50;
  const verdicts: Verdict[] = [
    atMost(
      `${m}: spawn → first answer, no cache`,
      medianOver(size.engine, (r) => r.fromSpawnMs),
      targets.coldStartMs,
      'ms',
    ),
    atMost(
      `${m}: spawn → first answer, with cache`,
      medianOver(size.warm, (r) => r.fromSpawnMs),
      targets.warmStartMs,
      'ms',
    ),
    atMost(
      `${m}: search p99`,
      medianOver(size.engine, (r) => r.done.search?.p99),
      targets.searchP99Ms,
      'ms',
      2,
    ),
    {
      what: `${m}: search p50 ÷ substring scan p50`,
      target: `≤ 1/${Math.round(1 / targets.searchP50OfScan)}`,
      measured: Number.isFinite(ratio) ? `1/${(1 / ratio).toFixed(1)} (${indexP50.toFixed(2)} ms vs ${scanP50.toFixed(1)} ms)` : 'not measured',
      missFactor: Number.isFinite(ratio) && ratio > targets.searchP50OfScan ? ratio / targets.searchP50OfScan : null,
      met: Number.isFinite(ratio) ? ratio <= targets.searchP50OfScan : null,
    },
    atMost(
      `${m}: autocomplete p99`,
      medianOver(size.engine, (r) => r.done.complete?.p99),
      targets.completeP99Ms,
      'ms',
      2,
    ),
    atMost(
      `${m}: RSS after loading`,
      medianOver(size.engine, (r) => r.done.memory.rssMb),
      targets.rssMb,
      'MB',
    ),
    atMost(
      `${m}: a tick on an unchanged folder (CPU)`,
      medianOver([...size.engine, ...size.warm], (r) => r.done.tick?.cpuMs),
      targets.tickCpuMs,
      'ms',
    ),
  ];
  const planted = tallyPlanted(size.engine);
  if (planted) {
    const met = planted.found >= targets.plantedTop3 && planted.byGroup['en-typo'].found === planted.byGroup['en-typo'].of;
    verdicts.push({
      what: `${m}: planted queries in the top 3 (typos included)`,
      target: `${targets.plantedTop3}/${planted.of}`,
      measured: `${planted.found}/${planted.of}`,
      missFactor: null,
      met,
    });
  }
  const e2e = results.e2e.find((e) => e.count === size.count && e.vocabulary === size.vocabulary);
  if (e2e) {
    const r = e2e.medianRatio;
    verdicts.push({
      what: `${m}: /search ÷ /help, median end to end`,
      target: `≤ ${targets.e2eRatio} ×`,
      measured: Number.isFinite(r)
        ? `${r.toFixed(2)} × (${e2e.search.median.toFixed(2)} / ${e2e.help.median.toFixed(2)} ms; means ${e2e.meanRatio.toFixed(2)} ×)`
        : 'n/a (/help median 0 ms)',
      missFactor: Number.isFinite(r) && r > targets.e2eRatio ? r / targets.e2eRatio : null,
      met: Number.isFinite(r) ? r <= targets.e2eRatio : null,
    });
  }
  return verdicts;
}

export function verdicts(results: BenchResults): Verdict[] {
  const all: Verdict[] = [];
  for (const size of results.sizes) {
    const targets = TARGETS[size.count];
    if (targets) all.push(...sizeVerdicts(size, targets, results));
  }
  return all;
}
