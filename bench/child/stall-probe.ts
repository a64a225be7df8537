/**
 * Where the event loop is held during a reload: runs CorpusService.reload like start-child.ts,
 * with a 2 ms interval timer recording every gap longer than a threshold, GC pauses from a
 * PerformanceObserver, and (with --profile) a sampling CPU profile whose samples inside each long
 * gap are summed by the innermost project function and by the innermost function.
 * Usage: node --max-semi-space-size=2 --import tsx bench/child/stall-probe.ts <corpus dir> <cache dir> [--profile] [--top=N]
 */
import inspector from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';

const [dir, cacheDir, ...flags] = process.argv.slice(2);
if (!dir || !cacheDir) {
  console.error('usage: stall-probe.ts <corpus dir> <cache dir> [--profile] [--top=N]');
  process.exit(2);
}
const profile = flags.includes('--profile');
const top = Number(flags.find((f) => f.startsWith('--top='))?.slice(6) ?? 8);
const THRESHOLD_MS = 25;

const { CorpusService } = await import('../../src/corpus/corpus-service.ts');
const { default: pino } = await import('pino');

const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);
/** Long gaps between ticks, with the process's CPU time over each: a gap with far less CPU than wall time was the process waiting for a core (the machine is shared), not holding the loop. */
const gaps: { start: number; end: number; cpuMs: number }[] = [];
const cpuUs = (): number => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};
const gcs: { start: number; ms: number; kind: number }[] = [];
const perfToUs = (t: number): number => nowUs() - (performance.now() - t) * 1000;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    gcs.push({ start: perfToUs(entry.startTime), ms: entry.duration, kind: (entry as unknown as { detail: { kind: number } }).detail.kind });
}).observe({ entryTypes: ['gc'] });

let session: inspector.Session | null = null;
if (profile) {
  session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
}

let last = nowUs();
let lastCpu = cpuUs();
const timer = setInterval(() => {
  const now = nowUs();
  const cpuNow = cpuUs();
  if (now - last > THRESHOLD_MS * 1000) gaps.push({ start: last, end: now, cpuMs: (cpuNow - lastCpu) / 1000 });
  last = now;
  lastCpu = cpuNow;
}, 2);

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const corpus = new CorpusService(dir, { timezone: 'Asia/Shanghai', siteUrl: 'https://notes.example' }, pino({ level: 'warn' }), () => new Date(), {
  cacheDir,
});
const { library } = await corpus.reload();
const reloadMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
library.search.search('the', { limit: 5 });
clearInterval(timer);
console.log(
  `articles ${library.articles.length}  reload ${reloadMs.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
let samplesIn: ((from: number, to: number) => { self: Map<string, number>; project: Map<string, number> }) | null = null;
if (session) {
  const { profile: result } = (await session.post('Profiler.stop')) as unknown as {
    profile: { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(result.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of result.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: Node): string =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
  const projectFrame = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      if (n.callFrame.url.includes('/src/')) return label(n);
    }
    return label(byId.get(id)!);
  };
  const times: number[] = [];
  let t = result.startTime;
  for (const d of result.timeDeltas) times.push((t += d));
  samplesIn = (from, to) => {
    const self = new Map<string, number>();
    const project = new Map<string, number>();
    for (let i = 0; i < times.length; i++) {
      if (times[i]! < from || times[i]! > to) continue;
      const node = byId.get(result.samples[i]!)!;
      const ms = (result.timeDeltas[i + 1] ?? 0) / 1000;
      self.set(label(node), (self.get(label(node)) ?? 0) + ms);
      const p = projectFrame(node.id);
      project.set(p, (project.get(p) ?? 0) + ms);
    }
    return { self, project };
  };
}

if (samplesIn && flags.includes('--summary')) {
  const { project } = samplesIn(0, Number.POSITIVE_INFINITY);
  console.log('whole reload, by innermost project function (ms):');
  for (const [k, v] of [...project].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${v.toFixed(0).padStart(7)} ${k}`);
}
const gcKinds: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weakcb' };
const totalGc = (kind: number) => gcs.filter((g) => g.kind === kind).reduce((s, g) => s + g.ms, 0);
console.log(
  `gc: ${gcs.length} pauses; minor ${totalGc(1).toFixed(0)} ms, major ${totalGc(2).toFixed(0)} ms (${gcs.filter((g) => g.kind === 2).length}), incremental ${totalGc(4).toFixed(0)} ms; longest ${Math.max(0, ...gcs.map((g) => g.ms)).toFixed(1)} ms`,
);
console.log(`gaps > ${THRESHOLD_MS} ms: ${gaps.length}`);
const held = (gap: { start: number; end: number; cpuMs: number }): number => Math.min((gap.end - gap.start) / 1000, gap.cpuMs);
const longest = gaps.toSorted((a, b) => held(b) - held(a)).slice(0, top);
console.log(`longest gaps by min(wall, CPU): ${longest.map((g) => held(g).toFixed(0)).join(', ')} ms`);
const startUs = gaps.length ? Math.min(...gaps.map((g) => g.start)) : 0;
for (const gap of longest) {
  const inGap = gcs.filter((g) => g.start >= gap.start && g.start <= gap.end);
  const gcText = inGap.map((g) => `${gcKinds[g.kind] ?? g.kind} ${g.ms.toFixed(0)}`).join(', ');
  console.log(
    `\n${((gap.end - gap.start) / 1000).toFixed(0)} ms (${gap.cpuMs.toFixed(0)} ms CPU) at +${((gap.start - startUs) / 1000).toFixed(0)} ms; gc: ${gcText || 'none'}`,
  );
  if (samplesIn) {
    const { self, project } = samplesIn(gap.start, gap.end);
    const show = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ${k}`)
        .join('\n');
    console.log(`  project:\n${show(project)}\n  self:\n${show(self)}`);
  }
}
await corpus.backgroundSettled();
process.exit(0);
