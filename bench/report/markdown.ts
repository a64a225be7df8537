/** The report as Markdown tables, ready to paste into BENCHMARKS.md. */
import type { ChildRun } from '../child/spawn.ts';
import { medianOver, tallyPlanted, typicalSlowest, type BenchResults, type SizeResult } from './results.ts';
import { verdicts } from './targets.ts';

function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  return value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function seconds(value: number): string {
  return Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : 'n/a';
}

function mb(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} MB` : 'n/a';
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

function label(size: SizeResult): string {
  return `${count(size.count)} ${size.vocabulary}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const phase = (runs: readonly ChildRun[], name: string) => medianOver(runs, (r) => r.first.phases[name]);

function startTable(results: BenchResults): string {
  const rows = results.sizes.map((size) => [
    label(size),
    seconds(medianOver(size.engine, (r) => r.fromSpawnMs)),
    seconds(medianOver(size.warm, (r) => r.fromSpawnMs)),
    seconds(medianOver(size.engine, (r) => r.first.cpuMs)),
    seconds(medianOver(size.noTsxCache, (r) => r.fromSpawnMs)),
    seconds(medianOver(size.scan, (r) => r.fromSpawnMs)),
    `${seconds(phase(size.engine, 'untilScript'))} / ${seconds(phase(size.engine, 'imports'))} / ${seconds(phase(size.engine, 'reload'))} / ${ms(phase(size.engine, 'firstSearch'))} ms`,
    `${seconds(phase(size.breakdown, 'readAndParse'))} / ${seconds(phase(size.breakdown, 'indexBuild'))}`,
    `${ms(medianOver(size.engine, (r) => r.first.maxBlockMs))} / ${ms(medianOver(size.warm, (r) => r.first.maxBlockMs))} ms`,
  ]);
  return table(
    [
      'corpus',
      'spawn → first answer, no cache',
      'with cache',
      'CPU time until then (no cache)',
      'no tsx cache either',
      'substring scan: spawn → first answer',
      'phases, no cache: node+tsx / imports / reload / first search',
      'reload split: read+parse / index build',
      'longest event-loop stall while loading: no cache / cache',
    ],
    rows,
  );
}

function tickTable(results: BenchResults): string {
  return table(
    ['corpus', 'CPU', 'wall time'],
    results.sizes.map((size) => [
      label(size),
      `${ms(medianOver([...size.engine, ...size.warm], (r) => r.done.tick?.cpuMs))} ms`,
      `${ms(medianOver([...size.engine, ...size.warm], (r) => r.done.tick?.wallMs))} ms`,
    ]),
  );
}

function memoryTable(results: BenchResults): string {
  return table(
    ['corpus', 'bot RSS', 'bot heap used', 'bot peak RSS', 'scan RSS', 'scan peak RSS'],
    results.sizes.map((size) => [
      label(size),
      mb(medianOver(size.engine, (r) => r.done.memory.rssMb)),
      mb(medianOver(size.engine, (r) => r.done.memory.heapUsedMb)),
      mb(medianOver(size.engine, (r) => r.done.memory.peakRssMb)),
      mb(medianOver(size.scan, (r) => r.done.memory.rssMb)),
      mb(medianOver(size.scan, (r) => r.done.memory.peakRssMb)),
    ]),
  );
}

type LatencyKey = 'search' | 'searchCpu' | 'searchCommandPath' | 'complete' | 'completeCpu';

function latencyTable(results: BenchResults, which: 'search' | 'complete'): string {
  const figure = (runs: ChildRun[], key: LatencyKey, stat: 'p50' | 'p99' | 'max') => ms(medianOver(runs, (r) => r.done[key]?.[stat]));
  const cpu: LatencyKey = which === 'search' ? 'searchCpu' : 'completeCpu';
  const header = ['corpus', 'index p50', 'index p99', 'index max', 'index p50 / p99 in CPU time'];
  if (which === 'search') header.push('/search path p50 / p99');
  header.push('scan p50', 'scan p99');
  return table(
    header,
    results.sizes.map((size) => {
      const row = [
        label(size),
        figure(size.engine, which, 'p50'),
        figure(size.engine, which, 'p99'),
        figure(size.engine, which, 'max'),
        `${figure(size.engine, cpu, 'p50')} / ${figure(size.engine, cpu, 'p99')}`,
      ];
      if (which === 'search') row.push(`${figure(size.engine, 'searchCommandPath', 'p50')} / ${figure(size.engine, 'searchCommandPath', 'p99')}`);
      row.push(figure(size.scan, which, 'p50'), figure(size.scan, which, 'p99'));
      return row;
    }),
  );
}

/** Shares of the query set (corpus/queries.ts), for the reader of the by-kind table. */
const KIND_LABELS: Record<string, string> = {
  'one-chinese': 'one Chinese term (30%)',
  'two-chinese': 'two Chinese terms (15%)',
  english: 'English, 1–2 words (15%)',
  mixed: 'Chinese + English (10%)',
  'english-typo': 'English with a typo (10%)',
  title: 'a whole title (8%)',
  number: 'a LeetCode number (4%)',
  'no-match': 'matches nothing (4%)',
  long: 'a pasted ~50-character sentence (4%)',
};

function byKindTable(results: BenchResults): string {
  return table(
    ['query kind', ...results.sizes.map((size) => `${label(size)}: p50 / p99`)],
    Object.entries(KIND_LABELS).map(([kind, label]) => [
      label,
      ...results.sizes.map(
        (size) =>
          `${ms(medianOver(size.engine, (r) => r.done.searchByKind?.[kind]?.p50))} / ${ms(medianOver(size.engine, (r) => r.done.searchByKind?.[kind]?.p99))}`,
      ),
    ]),
  );
}

function plantedTable(results: BenchResults): string {
  const cell = (runs: ChildRun[]) => {
    const tally = tallyPlanted(runs);
    if (!tally) return ['n/a', 'n/a', 'n/a', 'n/a'];
    const group = (g: keyof typeof tally.byGroup) => `${tally.byGroup[g].found}/${tally.byGroup[g].of}`;
    return [group('zh'), group('en-exact'), group('en-typo'), `**${tally.found}/${tally.of}**${tally.consistent ? '' : ' (runs differ)'}`];
  };
  return table(
    ['corpus', 'index: Chinese', 'index: English', 'index: English with a typo', 'index: total', 'scan: Chinese', 'scan: English', 'scan: typo', 'scan: total'],
    results.sizes.map((size) => [label(size), ...cell(size.engine), ...cell(size.scan)]),
  );
}

function missesList(size: SizeResult): string[] {
  const tally = tallyPlanted(size.engine);
  if (!tally || tally.misses.length === 0) return [];
  return [`- ${label(size)} articles, index missed: ${tally.misses.map((m) => `\`${m.query}\``).join(', ')}`];
}

function slowestList(size: SizeResult): string {
  const slow = typicalSlowest(
    size.engine,
    (r) => r.done.slowestSearches,
    (r) => r.done.search?.p99,
  );
  return slow.map((q) => `\`${q.query.length > 60 ? `${q.query.slice(0, 60)}…` : q.query}\` ${ms(q.ms)} ms`).join(' · ');
}

function e2eSection(results: BenchResults): string[] {
  if (results.e2e.length === 0) return [];
  const row = (name: string, f: { median: number; p95: number; mean: number; max: number }) =>
    [`${ms(f.median)} ms`, `${ms(f.p95)} ms`, `${ms(f.mean)} ms`, `${ms(f.max)} ms`].map((cell) => cell).join(' / ');
  return [
    '### End to end through the Discord double',
    '',
    'INTERACTION_CREATE → callback (CallbackRecord.elapsedMs, timed with performance.now()), one interaction at a time, medians over rounds; ' +
      "the bot starts from the index cache the engine runs left. Handlers inside the run: the time each command's `run` took within those interactions (the router's `handlerMs`), the rest of each figure being the gateway, discord.js, the HTTP round trip and the double. " +
      'The handlers alone: `run` of commands/search.ts and commands/help.ts in-process on the same deps afterwards, repeating queries the run already asked.',
    '',
    table(
      [
        'corpus',
        'rounds',
        '/search median / p95 / mean / max',
        '/help median / p95 / mean / max',
        'ratio of medians (of means)',
        'handlers inside the run: /search / /help median',
        'handlers alone: /search / /help median',
        'failed interactions',
      ],
      results.e2e.map((e) => [
        `${count(e.count)} ${e.vocabulary}`,
        String(e.rounds.length),
        row('/search', e.search),
        row('/help', e.help),
        `**${Number.isFinite(e.medianRatio) ? e.medianRatio.toFixed(2) : 'n/a'} ×** (${e.meanRatio.toFixed(2)} ×)`,
        `${ms(e.inRun.search)} / ${ms(e.inRun.help)} ms`,
        `${ms(e.handlers.search.median)} / ${ms(e.handlers.help.median)} ms`,
        String(e.failures),
      ]),
    ),
  ];
}

export function renderReport(results: BenchResults): string {
  const m = results.machine;
  const lines = [
    `Run ${results.startedAt}: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb.toFixed(0)} GB, Node ${m.node}, ${m.platform}. ` +
      `Seed ${results.seed}, ${results.runs} fresh processes per figure (${results.largeRuns} at 100,000; medians shown), ${results.queryCount} queries per latency set (the substring scan: ${
        results.sizes
          .map((s) => `${count(s.scanQueries)} at ${label(s)}`)
          .filter((text) => !text.startsWith(count(results.queryCount) + ' '))
          .join(', ') || 'the same'
      }).`,
    '',
    table(
      ['corpus', 'files', 'Chinese / English notes / LeetCode', 'load average before → after'],
      results.sizes.map((s) => [
        label(s),
        `${(s.manifest.bytes / 2 ** 20).toFixed(1)} MB`,
        `${s.manifest.kinds['note-zh']} / ${s.manifest.kinds['note-en']} / ${s.manifest.kinds.leetcode}`,
        `${s.loadAverage.before[0]?.toFixed(1)} → ${s.loadAverage.after[0]?.toFixed(1)}`,
      ]),
    ),
    ...results.sizes
      .filter((s) => s.loaderFailure !== null)
      .map(
        (s) =>
          `\n**${count(s.count)} articles: the bot cannot load this corpus.** src/corpus/load.ts: ${s.loaderFailure}. ` +
          `Every figure below for this size was taken with bench/child/bounded-load.ts instead (the same parseArticle, 64 files in flight; engine mode then calls Library.build as CorpusService.reload would).`,
      ),
    '',
    '### Start: process spawn → first answered search',
    '',
    startTable(results),
    '',
    '### A tick on an unchanged folder (reload: stat every file, nothing to re-read; median of 3 per process)',
    '',
    tickTable(results),
    '',
    '### Memory after loading (after a full GC)',
    '',
    memoryTable(results),
    '',
    '### Search latency (ms)',
    '',
    latencyTable(results, 'search'),
    '',
    '### Search latency by kind of query (index, ms)',
    '',
    byKindTable(results),
    '',
    '### Autocomplete latency (ms)',
    '',
    latencyTable(results, 'complete'),
    '',
    '### Planted queries: right article in the top 3',
    '',
    plantedTable(results),
    ...results.sizes.flatMap(missesList),
    '',
    '### Slowest searches (median-p99 run)',
    '',
    ...results.sizes.map((size) => `- ${label(size)}: ${slowestList(size)}`),
    '',
    ...e2eSection(results),
    '',
    '### Targets',
    '',
    table(
      ['figure', 'target', 'measured', 'verdict'],
      verdicts(results).map((v) => [
        v.what,
        v.target,
        v.measured,
        v.met === null ? 'n/a' : v.met ? 'met' : `**missed**${v.missFactor !== null ? ` (${v.missFactor.toFixed(1)} × the target)` : ''}`,
      ]),
    ),
  ];
  return lines.join('\n');
}
