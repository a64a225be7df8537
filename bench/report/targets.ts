/** The targets of issue #7, and a verdict per measured figure. */
import { medianOver, tallyPlanted, type BenchResults, type SizeResult } from './results.ts';

interface SizeTargets {
  coldStartMs: number;
  warmStartMs: number;
  searchP99Ms: number;
  completeP99Ms: number | null;
  rssMb: number;
  plantedTop3: number | null;
}

export const TARGETS: Record<number, SizeTargets> = {
  10_000: { coldStartMs: 3_000, warmStartMs: 1_500, searchP99Ms: 5, completeP99Ms: 1, rssMb: 300, plantedTop3: 30 },
  100_000: { coldStartMs: 30_000, warmStartMs: 5_000, searchP99Ms: 25, completeP99Ms: null, rssMb: 1_536, plantedTop3: null },
};
export const E2E_RATIO_TARGET = 1.3;

export interface Verdict {
  what: string;
  target: string;
  measured: string;
  /** measured / target for "at most" targets; null when met or not measured. */
  missFactor: number | null;
  met: boolean | null;
}

function atMost(what: string, measured: number, target: number, unit: string, digits = 0): Verdict {
  const met = measured <= target;
  return { what, target: `≤ ${target.toLocaleString('en-US')} ${unit}`, measured: `${measured.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`, missFactor: met ? null : measured / target, met };
}

function sizeVerdicts(size: SizeResult, targets: SizeTargets): Verdict[] {
  const n = size.count.toLocaleString('en-US');
  const loads: Verdict[] =
    size.loaderFailure === null
      ? []
      : [{ what: `${n}: the bot loads the corpus at all`, target: 'every file', measured: size.loaderFailure, missFactor: null, met: false }];
  // Figures of a corpus the bot could not load come from bounded-load.ts and must say so.
  const m = size.loaderFailure === null ? n : `${n} (bounded reader)`;
  const verdicts = [
    ...loads,
    atMost(`${m}: first search after a cold start`, medianOver(size.engine, (r) => r.fromSpawnMs), targets.coldStartMs, 'ms'),
    {
      what: `${m}: first search after a warm start`,
      target: `≤ ${targets.warmStartMs.toLocaleString('en-US')} ms`,
      measured: 'no cache exists: same as cold',
      missFactor: medianOver(size.engine, (r) => r.fromSpawnMs) / targets.warmStartMs,
      met: false,
    },
    atMost(`${m}: search p99`, medianOver(size.engine, (r) => r.done.search?.p99), targets.searchP99Ms, 'ms', 2),
    atMost(`${m}: RSS after loading`, medianOver(size.engine, (r) => r.done.memory.rssMb), targets.rssMb, 'MB'),
  ];
  if (targets.completeP99Ms !== null) verdicts.push(atMost(`${m}: autocomplete p99`, medianOver(size.engine, (r) => r.done.complete?.p99), targets.completeP99Ms, 'ms', 2));
  const planted = tallyPlanted(size.engine);
  if (targets.plantedTop3 !== null && planted) {
    const met = planted.found >= targets.plantedTop3 && planted.byGroup['en-typo'].found === planted.byGroup['en-typo'].of;
    verdicts.push({ what: `${m}: planted queries in the top 3 (typos included)`, target: `≥ ${targets.plantedTop3}/${planted.of}`, measured: `${planted.found}/${planted.of}`, missFactor: null, met });
  }
  const warm = verdicts.find((v) => v.what.endsWith('warm start'));
  if (warm && warm.missFactor !== null && warm.missFactor <= 1) Object.assign(warm, { missFactor: null, met: true });
  return verdicts;
}

export function verdicts(results: BenchResults): Verdict[] {
  const all: Verdict[] = [];
  for (const size of results.sizes) {
    const targets = TARGETS[size.count];
    if (targets) all.push(...sizeVerdicts(size, targets));
  }
  if (results.e2e) {
    const ratio = results.e2e.medianRatio;
    all.push({
      what: '/search end to end vs /help (ratio of medians)',
      target: `≤ ${E2E_RATIO_TARGET} ×`,
      measured: Number.isFinite(ratio) ? `${ratio.toFixed(2)} ×` : 'n/a (/help median 0 ms)',
      missFactor: Number.isFinite(ratio) && ratio > E2E_RATIO_TARGET ? ratio / E2E_RATIO_TARGET : null,
      met: Number.isFinite(ratio) ? ratio <= E2E_RATIO_TARGET : null,
    });
  }
  return all;
}
