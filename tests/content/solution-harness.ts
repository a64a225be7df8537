import vm from 'node:vm';
import ts from 'typescript';

export type CompareMode = 'exact' | 'unordered' | 'unordered-nested';

export type SolutionCase = { args: unknown[]; expected: unknown };

export type SolutionCases = {
  entry: string;
  cases: SolutionCase[];
  compare?: CompareMode;
  /** Index of the argument to compare after the call, for in-place problems that return nothing. */
  mutates?: number;
};

export type SolutionFunction = (...args: unknown[]) => unknown;

/** A card's answer starts at its first `## 题解` heading; the code must come from there, not the question. */
const ANSWER_HEADING = /^##[ \t]+题解[ \t]*$/m;
const TS_FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})[ \t]*(?:ts|typescript)(?:[ \t].*)?$/;

export const DEFAULT_CALL_TIMEOUT_MS = 2_000;

/** Returns the body of the first ```ts / ```typescript block after `## 题解`; throws when there is none. */
export function extractSolutionCode(markdown: string): string {
  const heading = ANSWER_HEADING.exec(markdown);
  if (!heading) throw new Error('no "## 题解" heading');
  const lines = markdown.slice(heading.index).split(/\r?\n/);
  let openFence: string | null = null;
  let isTsBlock = false;
  let collected: string[] = [];
  for (const line of lines) {
    if (openFence === null) {
      const fence = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(line);
      if (!fence) continue;
      // Non-ts blocks are still tracked so a ``` inside them cannot open a fake ts block.
      openFence = fence[1] ?? '```';
      isTsBlock = TS_FENCE_OPEN.test(line);
      collected = [];
      continue;
    }
    const closing = line.trim();
    if (closing.startsWith(openFence[0] ?? '`') && /^(`+|~+)$/.test(closing) && closing.length >= openFence.length) {
      if (isTsBlock) return collected.join('\n');
      openFence = null;
      continue;
    }
    if (isTsBlock) collected.push(line);
  }
  if (openFence !== null && isTsBlock) throw new Error('the ```ts block after "## 题解" is never closed');
  throw new Error('no ```ts or ```typescript block after "## 题解"');
}

/**
 * Compiles the TypeScript solution and returns its entry function. The code runs in a fresh vm context
 * and every call is made from inside that context with a timeout, so an endless loop fails instead of hanging.
 */
export function compileSolution(
  code: string,
  entry: string,
  timeoutMs: number = DEFAULT_CALL_TIMEOUT_MS,
): SolutionFunction {
  if (!/^[A-Za-z_$][\w$]*$/.test(entry)) throw new Error(`entry "${entry}" is not an identifier`);
  const output = ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: true,
  });
  const diagnostics = output.diagnostics ?? [];
  if (diagnostics.length > 0) {
    const text = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ');
    throw new Error(`solution does not compile: ${text}`);
  }
  const context = vm.createContext({});
  vm.runInContext(output.outputText, context, { timeout: timeoutMs, filename: 'solution.js' });
  const isFunction = vm.runInContext(`typeof ${entry} === 'function'`, context) as boolean;
  if (!isFunction) throw new Error(`solution defines no function "${entry}"`);
  const invoke = new vm.Script(`globalThis.__result = ${entry}(...globalThis.__args);`, {
    filename: 'solution-call.js',
  });
  return (...args: unknown[]) => {
    context.__args = args;
    context.__result = undefined;
    try {
      invoke.runInContext(context, { timeout: timeoutMs });
      return context.__result as unknown;
    } finally {
      context.__args = undefined;
      context.__result = undefined;
    }
  };
}

export function loadSolution(markdown: string, entry: string, timeoutMs?: number): SolutionFunction {
  return compileSolution(extractSolutionCode(markdown), entry, timeoutMs);
}

/**
 * Structural equality that works across vm realms (instanceof and prototypes differ there).
 * Numbers compare with === so 0 equals -0, as LeetCode's JSON output does; NaN equals NaN.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every(
    (key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** A total order used only to put values into a canonical order before comparing them. */
function canonicalOrder(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = canonicalOrder(a[i], b[i]);
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }
  const aText = formatValue(a);
  const bText = formatValue(b);
  return aText < bText ? -1 : aText > bText ? 1 : 0;
}

function sortedCopy(items: readonly unknown[]): unknown[] {
  return [...items].sort(canonicalOrder);
}

function multisetEqual(actual: readonly unknown[], expected: readonly unknown[]): boolean {
  if (actual.length !== expected.length) return false;
  const unmatched = [...expected];
  for (const item of actual) {
    const index = unmatched.findIndex((candidate) => deepEqual(item, candidate));
    if (index === -1) return false;
    unmatched.splice(index, 1);
  }
  return true;
}

export function resultsMatch(actual: unknown, expected: unknown, mode: CompareMode = 'exact'): boolean {
  if (mode === 'exact') return deepEqual(actual, expected);
  if (!Array.isArray(actual) || !Array.isArray(expected)) return false;
  if (mode === 'unordered') return multisetEqual(actual, expected);
  if (!actual.every(Array.isArray) || !expected.every(Array.isArray)) return false;
  const normalize = (outer: unknown[][]) => sortedCopy(outer.map(sortedCopy));
  return deepEqual(normalize(actual as unknown[][]), normalize(expected as unknown[][]));
}

export function formatValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Big inputs would bury the failure message; the case number still identifies them. */
function shorten(text: string, limit = 300): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length} chars)`;
}

export interface CaseFailure {
  caseIndex: number;
  message: string;
}

/** Runs every case on a deep copy of its arguments; returns one readable failure per case that is wrong or throws. */
export function runSolutionCases(cardId: string, solution: SolutionFunction, spec: SolutionCases): CaseFailure[] {
  const failures: CaseFailure[] = [];
  spec.cases.forEach((testCase, caseIndex) => {
    // Built only on failure: some cases carry 10^5-element inputs.
    const label = () =>
      `${cardId}: case #${caseIndex + 1} ${shorten(`${spec.entry}(${testCase.args.map(formatValue).join(', ')})`)}`;
    const args = structuredClone(testCase.args);
    let returned: unknown;
    try {
      returned = solution(...args);
    } catch (error) {
      // Errors thrown inside the vm come from another realm, so instanceof Error would miss them.
      const reason =
        typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
      failures.push({ caseIndex, message: `${label()} threw: ${reason}` });
      return;
    }
    const actual = spec.mutates === undefined ? returned : args[spec.mutates];
    if (!resultsMatch(actual, testCase.expected, spec.compare)) {
      const what = spec.mutates === undefined ? 'returned' : `left argument ${spec.mutates} as`;
      failures.push({
        caseIndex,
        message: `${label()} ${what} ${shorten(formatValue(actual))}, expected ${shorten(formatValue(testCase.expected))}`,
      });
    }
  });
  return failures;
}
