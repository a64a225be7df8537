/**
 * One fresh process: the time from nothing loaded to the PNG of one display formula (MathJax set
 * up, font read, SVG rasterised), as a member waiting for the first formula after a restart sees it.
 * Prints one JSON line.
 */
const started = performance.now();
const { default: pino } = await import('pino');
const { FormulaImages } = await import('../../src/render/formula-images/index.ts');
const imported = performance.now();
const images = new FormulaImages({ cacheDir: null, logger: pino({ level: 'silent' }) });
const result = await images.render(process.argv[2] ?? 'W = W_0 + \\frac{\\alpha}{r} B A');
const rendered = performance.now();
if (!result.ok) throw new Error(result.error);
console.log(
  JSON.stringify({ importMs: imported - started, renderMs: rendered - imported, totalMs: rendered - started, width: result.width, height: result.height }),
);
