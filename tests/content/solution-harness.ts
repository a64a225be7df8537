import vm from 'node:vm';
import ts from 'typescript';
import { typeCheckSolution } from './solution-typecheck.ts';

export type CompareMode = 'exact' | 'unordered' | 'unordered-nested';

/**
 * One case. `args` may be a function: it is called right before the case runs, so big inputs cost nothing
 * until needed and linked structures (lists, trees, shared or cyclic nodes) are fresh for every run.
 * Plain `args` arrays are deep-copied (structuredClone keeps shared and cyclic references) before each run.
 */
export type SolutionCase = {
  name?: string;
  args: unknown[] | (() => unknown[]);
  expected?: unknown;
  /**
   * Returns undefined when the result is fine, else the reason. It gets the RAW result (before `output`) and
   * the arguments the solution was called with, so it can check node identity (141/142/160) or accept any valid answer.
   */
  check?: (result: unknown, args: unknown[]) => string | undefined;
  /**
   * Time box for this case in milliseconds of CPU time (default {@link DEFAULT_CASE_TIMEOUT_MS}), see
   * {@link wallClockCap}; building the arguments and converting the output are not counted. Choose it per card from the maximum input size: a solution of the
   * complexity the card states must finish with a wide margin (≥ 10×), and the next slower class that a wrong
   * solution would have (n² where n or n log n is stated, n³ where n² is stated, 2ⁿ where a polynomial is stated)
   * must not. Rule of thumb for JavaScript: ~10⁸–10⁹ simple steps per second, so at n = 10⁵ an O(n) solution takes
   * ~1 ms and an O(n²) one seconds; a 100–300 ms box separates them. A box cannot tell n from n log n (a factor of
   * ~17), and where the maximum size is tiny (n ≤ 20) it only catches exponential blow-ups; say so in the comment.
   * A case that overruns is run again, up to {@link TIME_BOX_ATTEMPTS} times, so one stall of a busy machine does
   * not fail it. Write the reasoning (input size, step counts) next to the case in a comment.
   */
  timeoutMs?: number;
};

export type SolutionCases = {
  /** Function name, or the class name when `design` is true. */
  entry: string;
  cases: SolutionCase[];
  compare?: CompareMode;
  /** Index of the argument to compare after the call, for in-place problems that return nothing. */
  mutates?: number;
  /** Turns the result (or the mutated argument) into plain data before comparing, e.g. `listToArray`. */
  output?: (value: unknown) => unknown;
  /**
   * LeetCode's call-sequence form for class designs: each case's args are `[['LRUCache', 'put', 'get'], [[2], [1, 1], [1]]]`;
   * the first call constructs `entry`, every later one calls a method; the result is the list of returns with
   * `null` for the constructor and for methods returning nothing, as LeetCode prints it.
   */
  design?: boolean;
};

export type SolutionFunction = (...args: unknown[]) => unknown;

/** A card's answer starts at its first `## 题解` heading; the code must come from there, not the question. */
const ANSWER_HEADING = /^##[ \t]+题解[ \t]*$/m;
const TS_FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})[ \t]*(?:ts|typescript)(?:[ \t].*)?$/;

export const DEFAULT_CASE_TIMEOUT_MS = 2_000;
/** @deprecated use DEFAULT_CASE_TIMEOUT_MS */
export const DEFAULT_CALL_TIMEOUT_MS = DEFAULT_CASE_TIMEOUT_MS;

/**
 * LeetCode's node classes, defined in every solution's context before its code runs, exactly as LeetCode
 * provides them (the type declarations the code is checked against are in solution-typecheck.ts).
 */
const RUNTIME_PRELUDE = `
class ListNode {
  constructor(val, next) { this.val = val === undefined ? 0 : val; this.next = next === undefined ? null : next; }
}
class TreeNode {
  constructor(val, left, right) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
  }
}
class _Node {
  constructor(val, next, random) {
    this.val = val === undefined ? 0 : val;
    this.next = next === undefined ? null : next;
    this.random = random === undefined ? null : random;
  }
}
`;

/** Runs a design call sequence inside the solution's context, so the whole sequence sits in one time box. */
const DESIGN_DRIVER = `
globalThis.__runDesign = (Entry, operations, parameters) => {
  if (!Array.isArray(operations) || !Array.isArray(parameters) || operations.length !== parameters.length) {
    throw new Error('a design case needs [operations, parameters] of the same length');
  }
  const results = [];
  let instance;
  for (let i = 0; i < operations.length; i++) {
    const params = parameters[i];
    if (i === 0) {
      instance = new Entry(...params);
      results.push(null);
      continue;
    }
    const method = instance[operations[i]];
    if (typeof method !== 'function') throw new Error('no method "' + operations[i] + '"');
    const value = method.apply(instance, params);
    results.push(value === undefined ? null : value);
  }
  return results;
};
`;

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

export interface CompileOptions {
  /** Time box for running the top-level code and for each call unless the call gives its own. */
  timeoutMs?: number;
  /** Type-check the code with the project's strictness first (default true). */
  typeCheck?: boolean;
}

/** A compiled solution: call it like the entry function; `call` lets each case choose its own time box. */
export interface CompiledSolution extends SolutionFunction {
  /** The time box of a case that sets none. */
  defaultTimeoutMs: number;
  call(args: unknown[], timeoutMs: number): unknown;
  /** Runs a design call sequence `[operations, parameters]` against the entry class. */
  runDesign(operations: unknown, parameters: unknown, timeoutMs: number): unknown;
}

/**
 * Type-checks the TypeScript solution, then runs it in a fresh vm context that already holds LeetCode's
 * ListNode/TreeNode/_Node, and returns its entry. Every call is made from inside that context with a timeout,
 * so an endless loop fails instead of hanging.
 */
export function compileSolution(
  code: string,
  entry: string,
  options: number | CompileOptions = {},
): CompiledSolution {
  const { timeoutMs = DEFAULT_CASE_TIMEOUT_MS, typeCheck = true } =
    typeof options === 'number' ? { timeoutMs: options } : options;
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
  if (typeCheck) {
    const errors = typeCheckSolution(code);
    if (errors.length > 0) throw new Error(`solution does not type-check:\n${errors.join('\n')}`);
  }
  const context = vm.createContext({});
  vm.runInContext(RUNTIME_PRELUDE + DESIGN_DRIVER, context, { filename: 'leetcode-prelude.js' });
  vm.runInContext(output.outputText, context, { timeout: timeoutMs, filename: 'solution.js' });
  const isFunction = vm.runInContext(`typeof ${entry} === 'function'`, context) as boolean;
  if (!isFunction) throw new Error(`solution defines no function or class "${entry}"`);
  const invoke = new vm.Script(`globalThis.__result = ${entry}(...globalThis.__args);`, {
    filename: 'solution-call.js',
  });
  const invokeDesign = new vm.Script(`globalThis.__result = __runDesign(${entry}, ...globalThis.__args);`, {
    filename: 'solution-design.js',
  });
  const runIn = (script: vm.Script, args: unknown[], limit: number): unknown => {
    context.__args = args;
    context.__result = undefined;
    try {
      script.runInContext(context, { timeout: limit });
      return context.__result as unknown;
    } finally {
      context.__args = undefined;
      context.__result = undefined;
    }
  };
  const solution = ((...args: unknown[]) => runIn(invoke, args, timeoutMs)) as CompiledSolution;
  solution.defaultTimeoutMs = timeoutMs;
  solution.call = (args, limit) => runIn(invoke, args, limit);
  solution.runDesign = (operations, parameters, limit) => runIn(invokeDesign, [operations, parameters], limit);
  return solution;
}

export function loadSolution(markdown: string, entry: string, options?: number | CompileOptions): CompiledSolution {
  return compileSolution(extractSolutionCode(markdown), entry, options);
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
  // Sorting both sides first keeps this O(n log n) on 10⁵-element answers.
  const a = sortedCopy(actual);
  const b = sortedCopy(expected);
  if (a.every((item, i) => deepEqual(item, b[i]))) return true;
  // Mixed types have no reliable canonical order; fall back to matching one by one.
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
    // Cyclic structures (a list with a cycle) cannot be shown as JSON.
    return '[cyclic or unprintable value]';
  }
}

/** Big inputs would bury the failure message; the case number still identifies them. */
function shorten(text: string, limit = 300): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length} chars)`;
}

function errorText(error: unknown): string {
  // Errors thrown inside the vm come from another realm, so instanceof Error would miss them.
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

export interface CaseFailure {
  caseIndex: number;
  message: string;
}

export interface CaseTiming {
  caseIndex: number;
  name?: string;
  elapsedMs: number;
  timeoutMs: number;
}

export interface RunReport {
  failures: CaseFailure[];
  timings: CaseTiming[];
}

/**
 * The time box counts the CPU time the process spent during the call, not the wall clock: on a shared machine
 * with more busy processes than cores a call may wait for a core for longer than it runs. The wall clock still
 * stops an endless loop, at a multiple of the box.
 */
export function wallClockCap(timeoutMs: number): number {
  return Math.max(10 * timeoutMs, timeoutMs + 1_000);
}

function cpuMillisecondsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1_000;
}

/** How often a case that overran its time box is run again before it fails. */
export const TIME_BOX_ATTEMPTS = 3;

function isTimeout(error: unknown): boolean {
  return /Script execution timed out/.test(errorText(error));
}

function buildArgs(testCase: SolutionCase): unknown[] {
  const args = typeof testCase.args === 'function' ? testCase.args() : structuredClone(testCase.args);
  if (!Array.isArray(args)) throw new Error('"args" must be an array or a function returning one');
  return args;
}

/**
 * Runs every case on fresh arguments; returns one readable failure per case that is wrong, throws or exceeds
 * its time box, and the time each case took.
 */
export function runSolutionCasesWithTimings(
  cardId: string,
  solution: SolutionFunction | CompiledSolution,
  spec: SolutionCases,
): RunReport {
  const failures: CaseFailure[] = [];
  const timings: CaseTiming[] = [];
  const compiled = 'call' in solution && typeof solution.call === 'function' ? (solution as CompiledSolution) : null;
  spec.cases.forEach((testCase, caseIndex) => {
    const timeoutMs = testCase.timeoutMs ?? compiled?.defaultTimeoutMs ?? DEFAULT_CASE_TIMEOUT_MS;
    let args: unknown[] = [];
    let label = () => `${cardId}: case #${caseIndex + 1}`;
    let returned: unknown;
    let elapsedMs = 0;
    let outcome: 'ok' | 'threw' | 'slow' = 'ok';
    let thrown: unknown;
    for (let attempt = 1; attempt <= TIME_BOX_ATTEMPTS; attempt++) {
      try {
        args = buildArgs(testCase);
      } catch (error) {
        failures.push({ caseIndex, message: `${label()} could not build its arguments: ${errorText(error)}` });
        return;
      }
      // Named cases (the big ones) are identified by name; others show the call as it was made, captured
      // before the call because in-place solutions change their arguments.
      const title = testCase.name ? ` "${testCase.name}"` : '';
      const call = testCase.name ? '' : ` ${shorten(`${spec.entry}(${args.map(formatValue).join(', ')})`)}`;
      label = () => `${cardId}: case #${caseIndex + 1}${title}${call}`;
      const wallCapMs = wallClockCap(timeoutMs);
      const cpuBefore = process.cpuUsage();
      try {
        if (spec.design) {
          if (!compiled) throw new Error('design cases need a compiled solution');
          returned = compiled.runDesign(args[0], args[1], wallCapMs);
        } else {
          returned = compiled ? compiled.call(args, wallCapMs) : solution(...args);
        }
        elapsedMs = cpuMillisecondsSince(cpuBefore);
        outcome = elapsedMs > timeoutMs ? 'slow' : 'ok';
      } catch (error) {
        elapsedMs = cpuMillisecondsSince(cpuBefore);
        thrown = error;
        outcome = isTimeout(error) ? 'slow' : 'threw';
        // Past the wall-clock cap (10x the box) the solution is slow, not unlucky.
        if (outcome === 'slow') break;
      }
      // A CPU-time overrun is retried: a solution of the wrong class overruns every time, while a right one
      // overruns only when a garbage collection or a cold start lands in its call.
      if (outcome !== 'slow') break;
    }
    timings.push({ caseIndex, name: testCase.name, elapsedMs, timeoutMs });
    if (outcome === 'threw') {
      failures.push({ caseIndex, message: `${label()} threw: ${errorText(thrown)}` });
      return;
    }
    if (outcome === 'slow') {
      failures.push({
        caseIndex,
        message: `${label()} timed out: over its ${timeoutMs} ms time box (${elapsedMs.toFixed(0)} ms of CPU)`,
      });
      return;
    }
    const raw = spec.mutates === undefined ? returned : args[spec.mutates];
    if (testCase.check) {
      let problem: string | undefined;
      try {
        problem = testCase.check(raw, args);
      } catch (error) {
        problem = `check threw: ${errorText(error)}`;
      }
      if (problem !== undefined) {
        failures.push({ caseIndex, message: `${label()} failed its check: ${problem}` });
        return;
      }
    }
    if (!Object.hasOwn(testCase, 'expected')) return;
    let actual: unknown;
    try {
      actual = spec.output ? spec.output(raw) : raw;
    } catch (error) {
      failures.push({ caseIndex, message: `${label()} result could not be converted: ${errorText(error)}` });
      return;
    }
    if (!resultsMatch(actual, testCase.expected, spec.compare)) {
      const what = spec.mutates === undefined ? 'returned' : `left argument ${spec.mutates} as`;
      failures.push({
        caseIndex,
        message: `${label()} ${what} ${shorten(formatValue(actual))}, expected ${shorten(formatValue(testCase.expected))}`,
      });
    }
  });
  return { failures, timings };
}

export function runSolutionCases(
  cardId: string,
  solution: SolutionFunction | CompiledSolution,
  spec: SolutionCases,
): CaseFailure[] {
  return runSolutionCasesWithTimings(cardId, solution, spec).failures;
}
