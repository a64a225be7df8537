/**
 * One fresh process per measured start, spawned by bench/run.ts the way the bot is started
 * (`node --import tsx`). Modes:
 *   engine     loads the folder with CorpusService.reload (as startApp does) with an empty cache
 *              folder, answers one search, waits for the cache to be written, then measures memory,
 *              an unchanged-folder tick, latency over the fixed query sets, and the planted queries;
 *   warm       the same start from the cache the engine run wrote: start time, memory and a tick;
 *   scan       the baseline: loadCorpus, no index, the same first search by substring scan, same figures;
 *   breakdown  times loadCorpus and Library.build separately (what an index cache could skip).
 * Usage: node --import tsx bench/child/start-child.ts <mode> <corpus dir> <first query> [bounded]
 * `bounded` replaces load.ts with bounded-load.ts (for corpora load.ts cannot open); engine mode
 * then builds the Library directly, as CorpusService.reload would after loading.
 * Everything the project's code is imported dynamically so that the import time is a phase of its own.
 */
import v8 from 'node:v8';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import vm from 'node:vm';
import type { ChildEvent, ChildMode, MemoryFigures } from './protocol.ts';
import type { loadCorpus } from '../../src/corpus/load.ts';

type LoadCorpus = typeof loadCorpus;

const [modeArgument, dir, firstQuery, ...flags] = process.argv.slice(2);
const bounded = flags.includes('bounded');
/** Folder of the index cache: emptied by the parent for a cold start, left as the cold start wrote it for a warm one. */
const cacheDir = flags.find((flag) => flag.startsWith('--cache='))?.slice('--cache='.length) ?? null;
if ((modeArgument !== 'engine' && modeArgument !== 'warm' && modeArgument !== 'scan' && modeArgument !== 'breakdown') || !dir || firstQuery === undefined) {
  console.error('usage: start-child.ts engine|warm|scan|breakdown <corpus dir> <first query> [bounded] [--cache=DIR]');
  process.exit(2);
}
const mode: ChildMode = modeArgument;

/** The bot's defaults for the parse context; the timezone changes nothing about the cost. */
const PARSE_CONTEXT = { timezone: 'Asia/Shanghai', siteUrl: 'https://notes.example' };

/** load.ts, or the bounded stand-in; imported lazily like everything of the project's. */
async function loader(): Promise<LoadCorpus> {
  return bounded ? (await import('./bounded-load.ts')).loadCorpusBounded : (await import('../../src/corpus/load.ts')).loadCorpus;
}

/** A few problems, so that a corpus that does not load says why. */
function problemSample(problems: readonly { path: string; reason: string }[]): string[] {
  return problems.slice(0, 3).map((p) => `${p.path}: ${p.reason}`);
}

function emit(event: ChildEvent): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

// A flag set at run time rather than --expose-gc, so the child starts exactly like the bot.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function memoryNow(): MemoryFigures {
  collectGarbage();
  collectGarbage();
  const usage = process.memoryUsage();
  return {
    rssMb: usage.rss / 2 ** 20,
    heapUsedMb: usage.heapUsed / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function cpuMsSinceStart(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const phases: Record<string, number> = {};
let mark = performance.now();
const phase = (name: string): void => {
  const now = performance.now();
  phases[name] = now - mark;
  mark = now;
};
phases.untilScript = mark;

/** The longest the event loop was held while loading and indexing (a 10 ms probe timer's worst lateness). */
const blocked = monitorEventLoopDelay({ resolution: 10 });
const maxBlockMs = (): number => blocked.max / 1e6;

/** CPU and wall time of reloads of the unchanged folder: what every announcement tick costs. */
async function timeTicks(reload: () => Promise<unknown>, count: number): Promise<{ cpuMs: number; wallMs: number }> {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < count; i++) {
    const cpuStart = cpuMsSinceStart();
    const start = performance.now();
    await reload();
    wall.push(performance.now() - start);
    cpu.push(cpuMsSinceStart() - cpuStart);
  }
  const middle = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
  return { cpuMs: middle(cpu), wallMs: middle(wall) };
}

/** The first answer is in: when, after which phases, over what was loaded. */
function emitFirstSearch(
  loaded: { articles: readonly unknown[]; problems: readonly { path: string; reason: string }[] },
  total: number,
  extra: { maxBlockMs?: number } = {},
): void {
  emit({
    event: 'first-search',
    sinceStartMs: performance.now(),
    phases,
    articles: loaded.articles.length,
    problems: loaded.problems.length,
    problemSample: problemSample(loaded.problems),
    firstSearchTotal: total,
    cpuMs: cpuMsSinceStart(),
    ...extra,
  });
}

const now = new Date();
if (mode === 'engine' || mode === 'warm') {
  const [{ CorpusService }, { Library }, { SearchIndex }, { default: pino }, load] = await Promise.all([
    import('../../src/corpus/corpus-service.ts'),
    import('../../src/corpus/library.ts'),
    import('../../src/search/index.ts'),
    import('pino'),
    loader(),
  ]);
  phase('imports');
  // From here: loading and indexing, not module compilation.
  blocked.enable();
  let library;
  let corpus: InstanceType<typeof CorpusService> | null = null;
  if (bounded) {
    const loaded = await load(dir, PARSE_CONTEXT);
    library = new Library(loaded.articles, loaded.problems, await SearchIndex.buildGradually(loaded.articles.filter((a) => !a.draft)), now);
  } else {
    corpus = new CorpusService(dir, PARSE_CONTEXT, pino({ level: 'silent' }), () => now, { cacheDir });
    library = (await corpus.reload()).library;
  }
  phase('reload');
  const first = library.search.search(firstQuery, { limit: 5, filter: library.visibilityFilter(now) });
  phase('firstSearch');
  blocked.disable();
  emitFirstSearch(library, first.total, { maxBlockMs: maxBlockMs() });
  // The cache is written in the background after a cold start; the warm start needs it, the figures below must not share the CPU with it.
  await corpus?.backgroundSettled();
  const memory = memoryNow();
  const tick = corpus ? await timeTicks(() => corpus.reload(), 3) : undefined;
  if (mode === 'warm') {
    emit({ event: 'done', memory, tick });
  } else {
    const { measureEngine } = await import('./measure.ts');
    emit({ event: 'done', memory, tick, ...measureEngine(dir, library, now) });
  }
} else if (mode === 'scan') {
  const [loadCorpus, { SubstringScan }] = await Promise.all([loader(), import('../baseline/substring-scan.ts')]);
  phase('imports');
  const loaded = await loadCorpus(dir, PARSE_CONTEXT);
  phase('load');
  const scan = new SubstringScan(loaded.articles.filter((a) => !a.draft));
  phase('lowercase');
  const visible = new Set(loaded.articles.filter((a) => !a.draft && a.date.getTime() <= now.getTime()).map((a) => a.id));
  const filter = (id: string): boolean => visible.has(id);
  const first = scan.search(firstQuery, { limit: 5, filter });
  phase('firstSearch');
  emitFirstSearch(loaded, first.total);
  const memory = memoryNow();
  const { measureScan } = await import('./measure.ts');
  emit({ event: 'done', memory, ...measureScan(dir, scan, filter) });
} else {
  const [loadCorpus, { Library }, { SearchIndex }] = await Promise.all([loader(), import('../../src/corpus/library.ts'), import('../../src/search/index.ts')]);
  phase('imports');
  const loaded = await loadCorpus(dir, PARSE_CONTEXT);
  phase('readAndParse');
  const library = new Library(loaded.articles, loaded.problems, await SearchIndex.buildGradually(loaded.articles.filter((a) => !a.draft)), now);
  phase('indexBuild');
  const first = library.search.search(firstQuery, { limit: 5, filter: library.visibilityFilter(now) });
  phase('firstSearch');
  emitFirstSearch(library, first.total);
  emit({ event: 'done', memory: memoryNow() });
}
