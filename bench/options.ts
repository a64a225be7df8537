/** Command-line options of `npm run bench`. */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  runs: number;
  /** Runs at 100,000 articles. */
  largeRuns: number;
  queryCount: number;
  seed: number;
  /** Keep generated corpora (a later run with the same options reuses them). */
  keep: boolean;
  baseDir: string;
  e2e: boolean;
  e2ePerCommand: number;
  e2eRounds: number;
  jsonPath: string | null;
  markdownPath: string | null;
  /** Measure formula pictures only (seconds instead of minutes). */
  formulasOnly: boolean;
}

export const USAGE = `npm run bench [-- options]
  --large            also 100,000 articles (about 15 minutes in all here)
  --sizes=1000,5000  corpus sizes instead of 1,000 and 10,000 (each with both vocabularies)
  --runs=3           fresh processes per figure; the report shows medians
  --large-runs=1     the same at 100,000 articles (each run takes a few minutes)
  --queries=500      size of the fixed search and autocomplete query sets
  --seed=20261129    generator seed (same seed, same corpus and queries)
  --keep             keep the generated corpora in --dir and reuse them next time
  --dir=PATH         where corpora are generated (default: $TMPDIR/studycards-bench)
  --skip-e2e         skip the Discord-double /search vs /help figure
  --e2e-count=200    /search and /help interactions each, per round (3 rounds)
  --json=PATH        also write every raw figure as JSON
  --markdown=PATH    also write the report tables to a file
  --formulas-only    only the formula-picture figures (first render, cached /card reply)`;

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, not "${text}"`);
  return value;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      large: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      runs: { type: 'string', default: '3' },
      'large-runs': { type: 'string', default: '1' },
      queries: { type: 'string', default: '500' },
      seed: { type: 'string', default: '20261129' },
      keep: { type: 'boolean', default: false },
      dir: { type: 'string', default: path.join(os.tmpdir(), 'studycards-bench') },
      'skip-e2e': { type: 'boolean', default: false },
      'e2e-count': { type: 'string', default: '200' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      'formulas-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = values.sizes ? values.sizes.split(',').map((size) => positiveInteger('sizes', size.trim())) : [1_000, 10_000];
  if (values.large && !sizes.includes(100_000)) sizes.push(100_000);
  return {
    sizes: sizes.sort((a, b) => a - b),
    runs: positiveInteger('runs', values.runs),
    largeRuns: positiveInteger('large-runs', values['large-runs']),
    queryCount: positiveInteger('queries', values.queries),
    seed: positiveInteger('seed', values.seed),
    keep: values.keep,
    baseDir: path.resolve(values.dir),
    e2e: !values['skip-e2e'],
    e2ePerCommand: positiveInteger('e2e-count', values['e2e-count']),
    e2eRounds: 3,
    jsonPath: values.json ?? null,
    markdownPath: values.markdown ?? null,
    formulasOnly: values['formulas-only'],
  };
}
