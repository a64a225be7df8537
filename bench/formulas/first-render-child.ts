/**
 * One fresh process: the time from nothing loaded to the PNG of one display formula (MathJax set
 * up, SVG rasterised), and the time of a member's first formula when the renderer was warmed up at
 * start-up as the bot does. Prints one JSON line.
 */
const started = performance.now();
const { default: pino } = await import('pino');
const { FormulaImages } = await import('../../src/render/formula-images/index.ts');
const imported = performance.now();
const formula = 'W = W_0 + \\frac{\\alpha}{r} B A';
const cold = new FormulaImages({ cacheDir: null, logger: pino({ level: 'silent' }) });
const result = await cold.render(formula);
const rendered = performance.now();
if (!result.ok) throw new Error(result.error);
// What the bot does: warm up at start-up, then a member's first formula (a different one).
const warm = new FormulaImages({ cacheDir: null, logger: pino({ level: 'silent' }) });
await warm.warmUp();
const warmStart = performance.now();
await warm.render('h = W_0 x + \\Delta W x');
const warmMs = performance.now() - warmStart;
console.log(JSON.stringify({ importMs: imported - started, renderMs: rendered - imported, warmMs, width: result.width, height: result.height }));
