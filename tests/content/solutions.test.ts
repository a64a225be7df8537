import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import {
  compileSolution,
  extractSolutionCode,
  loadSolution,
  resultsMatch,
  runSolutionCases,
  type SolutionCases,
} from './solution-harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const leetcodeDir = path.join(repoRoot, 'content/leetcode');
const casesDir = path.join(here, 'solution-cases');
const MIN_CASES = 5;

function listCardFiles(): string[] {
  if (!existsSync(leetcodeDir)) return [];
  return readdirSync(leetcodeDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

function cardId(fileName: string, frontMatter: Record<string, unknown>): string {
  return typeof frontMatter.id === 'string' ? frontMatter.id : fileName.replace(/\.md$/, '');
}

function assertCasesShape(id: string, value: unknown): asserts value is SolutionCases {
  const spec = value as Partial<SolutionCases> | undefined;
  expect(typeof spec?.entry, `${id}: cases file must export default { entry, cases }`).toBe('string');
  expect(Array.isArray(spec?.cases), `${id}: "cases" must be an array`).toBe(true);
  expect(spec?.cases?.length ?? 0, `${id}: needs at least ${MIN_CASES} cases`).toBeGreaterThanOrEqual(MIN_CASES);
  spec?.cases?.forEach((testCase, i) => {
    const argsOk = Array.isArray(testCase.args) || typeof testCase.args === 'function';
    expect(argsOk, `${id}: case #${i + 1} needs "args": an array or a function returning one`).toBe(true);
    const judged = Object.hasOwn(testCase, 'expected') || typeof testCase.check === 'function';
    expect(judged, `${id}: case #${i + 1} needs "expected" or "check"`).toBe(true);
    if (testCase.timeoutMs !== undefined) {
      expect(testCase.timeoutMs > 0, `${id}: case #${i + 1} "timeoutMs" must be positive`).toBe(true);
    }
  });
  const bounded = spec?.cases?.some((testCase) => testCase.timeoutMs !== undefined || testCase.check !== undefined) ?? false;
  expect(bounded, `${id}: needs a maximum-size case with a time box ("timeoutMs") or an operation budget ("check")`).toBe(true);
}

describe('LeetCode card solutions', () => {
  const cardFiles = listCardFiles();

  it('the starter deck has LeetCode cards', () => {
    expect(cardFiles.length).toBeGreaterThan(0);
  });

  it('every cases file belongs to a card', () => {
    const cardIds = new Set(
      cardFiles.map((fileName) => cardId(fileName, matter(readFileSync(path.join(leetcodeDir, fileName), 'utf8')).data)),
    );
    const caseIds = existsSync(casesDir)
      ? readdirSync(casesDir).filter((name) => name.endsWith('.ts')).map((name) => name.replace(/\.ts$/, ''))
      : [];
    // A misspelt cases file would otherwise sit unused while its card fails as "missing".
    expect(caseIds.filter((id) => !cardIds.has(id)), 'cases files without a card').toEqual([]);
  });

  // Named by the card id ("0206-reverse-linked-list") so `-t 0206` or `-t reverse-linked-list` runs one card.
  for (const fileName of cardFiles) {
    it(fileName.replace(/\.md$/, ''), async () => {
      const markdown = readFileSync(path.join(leetcodeDir, fileName), 'utf8');
      const { data, content } = matter(markdown);
      const id = cardId(fileName, data);
      const casesPath = path.join(casesDir, `${id}.ts`);
      expect(existsSync(casesPath), `${id}: missing tests/content/solution-cases/${id}.ts`).toBe(true);

      const loaded = (await import(pathToFileURL(casesPath).href)) as { default?: unknown };
      assertCasesShape(id, loaded.default);
      const spec = loaded.default;

      let solution;
      try {
        solution = loadSolution(content, spec.entry);
      } catch (error) {
        throw new Error(`${id}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      const failures = runSolutionCases(id, solution, spec);
      expect(failures.map((failure) => failure.message), `${id}: wrong answers`).toEqual([]);
    }, 60_000);
  }
});

const sumCards = (code: string) => `# 示例题

题面里的代码不算：

\`\`\`ts
function add(a: number, b: number): number { return 0; }
\`\`\`

## 题解

思路。

\`\`\`text
\`\`\`ts 这不是代码块的开头
\`\`\`

\`\`\`ts
${code}
\`\`\`
`;

const addCases: SolutionCases = {
  entry: 'add',
  cases: [
    { args: [1, 2], expected: 3 },
    { args: [0, 0], expected: 0 },
    { args: [-5, 5], expected: 0 },
    { args: [10, 20], expected: 30 },
    { args: [2, 2], expected: 4 },
  ],
};

describe('solution harness', () => {
  it('takes the first ts block after "## 题解", skipping the question and other blocks', () => {
    const code = extractSolutionCode(sumCards('function add(a: number, b: number): number { return a + b; }'));
    expect(code).toBe('function add(a: number, b: number): number { return a + b; }');
    expect(extractSolutionCode('## 题解\n\n```typescript\nconst x = 1;\n```\n')).toBe('const x = 1;');
  });

  it('reports a card without a ts block or without the answer heading', () => {
    expect(() => extractSolutionCode('# q\n\n## 题解\n\n```python\ndef f(): pass\n```\n')).toThrow(/no ```ts/);
    expect(() => extractSolutionCode('# q\n\n```ts\nfunction f() {}\n```\n')).toThrow(/题解/);
    expect(() => extractSolutionCode('## 题解\n\n```ts\nfunction f() {}\n')).toThrow(/never closed/);
  });

  it('accepts a right solution', () => {
    const solution = loadSolution(sumCards('function add(a: number, b: number): number { return a + b; }'), 'add');
    expect(runSolutionCases('demo', solution, addCases)).toEqual([]);
  });

  it('catches a wrong solution and names the card, the case and both values', () => {
    const solution = loadSolution(sumCards('function add(a: number, b: number): number { return a * b; }'), 'add');
    const failures = runSolutionCases('demo-card', solution, addCases);
    expect(failures.map((failure) => failure.caseIndex)).toEqual([0, 2, 3]);
    expect(failures[0]?.message).toBe('demo-card: case #1 add(1, 2) returned 2, expected 3');
  });

  it('reports an exception and an endless loop as failures instead of crashing or hanging', () => {
    const code = `function add(a: number, b: number): number {
      if (a < 0) throw new RangeError('negative');
      if (a === 10) { while (true) {} }
      return a + b;
    }`;
    const solution = compileSolution(code, 'add', { timeoutMs: 200 });
    const messages = runSolutionCases('demo', solution, addCases).map((failure) => failure.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/case #3 .*threw: negative/);
    expect(messages[1]).toMatch(/case #4 .*timed out: over its 200 ms time box/);
  });

  it('rejects code that does not parse or lacks the entry function', () => {
    expect(() => compileSolution('function add(a: number { return a; }', 'add')).toThrow(/does not compile/);
    expect(() => compileSolution('function plus(a: number) { return a; }', 'add')).toThrow(/no function or class "add"/);
  });

  it("type-checks the code with the project's strictness, naming the line", () => {
    const unchecked = 'function first(a: number[]): number {\n  const x: number = a[0];\n  return x;\n}';
    expect(() => compileSolution(unchecked, 'first')).toThrow(/does not type-check:\nline 2:9: Type 'number \| undefined'/);
    expect(() => compileSolution('function id(x) { return x; }', 'id')).toThrow(/implicitly has an 'any' type/);
    expect(() => compileSolution('function id(x: any): number { return x; }', 'id')).toThrow(/uses `any`/);
    expect(() => compileSolution('function pid(): number { return process.pid; }', 'pid')).toThrow(/Cannot find name 'process'/);
    expect(() => compileSolution('function v(h: ListNode | null): number { return h.val; }', 'v')).toThrow(/'h' is possibly 'null'/);
    expect(() => compileSolution('class ListNode { val = 0 }\nfunction f(): number { return 1; }', 'f')).toThrow(
      /Duplicate identifier 'ListNode'/,
    );
    expect(() => compileSolution('function first(a: number[]): number { return a[0]!; }', 'first')).not.toThrow();
  });

  it("provides LeetCode's ListNode, TreeNode and _Node at run time with LeetCode's defaults", () => {
    const make = compileSolution(
      `function make(): [ListNode, TreeNode, _Node] {
        return [new ListNode(1, new ListNode()), new TreeNode(2, null, new TreeNode(3)), new _Node(4)];
      }`,
      'make',
    );
    expect(JSON.parse(JSON.stringify(make()))).toEqual([
      { val: 1, next: { val: 0, next: null } },
      { val: 2, left: null, right: { val: 3, left: null, right: null } },
      { val: 4, next: null, random: null },
    ]);
  });

  it('builds lazy args afresh for every run and checks the raw result with "check"', () => {
    let builds = 0;
    const spec: SolutionCases = {
      entry: 'drain',
      cases: [
        {
          args: () => {
            builds++;
            return [[1, 2, 3]];
          },
          expected: 3,
        },
        {
          name: 'returns the same array it was given',
          args: () => [[4, 5]],
          check: (result, args) => (result === args[0] ? undefined : 'not the argument itself'),
        },
      ],
    };
    const drain = compileSolution('function drain(a: number[]): number { let n = 0; while (a.pop() !== undefined) n++; return n; }', 'drain');
    const same = compileSolution('function drain(a: number[]): number[] { return a; }', 'drain');
    const copy = compileSolution('function drain(a: number[]): number[] { return [...a]; }', 'drain');
    expect(runSolutionCases('demo', drain, spec).map((failure) => failure.caseIndex)).toEqual([1]);
    expect(runSolutionCases('demo', drain, spec).map((failure) => failure.caseIndex)).toEqual([1]);
    expect(builds).toBe(2);
    expect(runSolutionCases('demo', same, { ...spec, cases: [spec.cases[1]!] })).toEqual([]);
    expect(runSolutionCases('demo', copy, { ...spec, cases: [spec.cases[1]!] })[0]?.message).toBe(
      'demo: case #1 "returns the same array it was given" failed its check: not the argument itself',
    );
  });

  it('converts the result with "output" before comparing, also for a mutated argument', () => {
    const toArray = (head: unknown): number[] => {
      const values: number[] = [];
      for (let node = head as { val: number; next: unknown } | null; node; node = node.next as typeof node) values.push(node.val);
      return values;
    };
    const reverse = compileSolution(
      `function reverse(head: ListNode | null): ListNode | null {
        let previous: ListNode | null = null;
        while (head) { const next: ListNode | null = head.next; head.next = previous; previous = head; head = next; }
        return previous;
      }`,
      'reverse',
    );
    const list = (values: number[]) => values.reduceRight<unknown>((next, val) => ({ val, next }), null);
    const spec: SolutionCases = {
      entry: 'reverse',
      output: toArray,
      cases: [
        { args: () => [list([1, 2, 3])], expected: [3, 2, 1] },
        { args: () => [list([])], expected: [] },
        { args: [list([7, 8])], expected: [7, 8] },
      ],
    };
    expect(runSolutionCases('demo', reverse, spec).map((failure) => failure.message)).toEqual([
      'demo: case #3 reverse({"val":7,"next":{"val":8,"next":null}}) returned [8,7], expected [7,8]',
    ]);
    const bump = compileSolution('function bump(head: ListNode): void { head.val++; }', 'bump');
    expect(runSolutionCases('demo', bump, { entry: 'bump', mutates: 0, output: toArray, cases: [{ args: () => [list([1, 5])], expected: [2, 5] }] })).toEqual(
      [],
    );
  });

  it('holds each case to its own time box', () => {
    // A fixed amount of work (about 0.4 s of CPU here): the box counts CPU time, so a loop timed by the
    // wall clock would burn less CPU on a loaded machine and could slip under a tight box.
    const slow = compileSolution(
      'function slow(): number { let x = 0; for (let i = 0; i < 1_000_000_000; i++) x = (x + i) | 0; return x !== 0.5 ? 1 : 0; }',
      'slow',
    );
    const spec: SolutionCases = {
      entry: 'slow',
      cases: [
        { name: 'tight', args: [], expected: 1, timeoutMs: 50 },
        { name: 'roomy', args: [], expected: 1, timeoutMs: 3_000 },
      ],
    };
    const failures = runSolutionCases('demo', slow, spec);
    expect(failures.map((failure) => failure.caseIndex)).toEqual([0]);
    expect(failures[0]?.message).toMatch(/case #1 "tight" .*(timed out|time box)/);
    // Up to four runs of 0.4 s of CPU: on a machine shared with other work that is well past the default 20 s of wall time.
  }, 120_000);

  it('runs a design call sequence against the class, with null for the constructor and void methods', () => {
    const counter = compileSolution(
      `class Counter {
        private total: number;
        constructor(start: number) { this.total = start; }
        add(n: number): void { this.total += n; }
        get(): number { return this.total; }
      }`,
      'Counter',
    );
    const spec: SolutionCases = {
      entry: 'Counter',
      design: true,
      cases: [
        { args: [['Counter', 'add', 'get', 'add', 'get'], [[10], [5], [], [-3], []]], expected: [null, null, 15, null, 12] },
        { args: [['Counter', 'get'], [[1], []]], expected: [null, 2] },
        { args: [['Counter', 'reset'], [[1], []]], expected: [null, null] },
      ],
    };
    const messages = runSolutionCases('demo', counter, spec).map((failure) => failure.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/case #2 .*returned \[null,1\], expected \[null,2\]/);
    expect(messages[1]).toMatch(/case #3 .*threw: no method "reset"/);
  });

  it('gives each solution a fresh global scope', () => {
    const first = compileSolution('var calls = 0; function count(): number { return ++calls; }', 'count');
    const second = compileSolution('var calls = 0; function count(): number { return ++calls; }', 'count');
    expect([first(), first(), second()]).toEqual([1, 2, 1]);
  });

  it('checks the mutated argument of an in-place solution, on a copy of the case', () => {
    const spec: SolutionCases = {
      entry: 'reverse',
      mutates: 0,
      cases: [{ args: [[1, 2, 3]], expected: [3, 2, 1] }],
    };
    const inPlace = compileSolution('function reverse(a: number[]): void { a.reverse(); }', 'reverse');
    const copyOnly = compileSolution('function reverse(a: number[]): void { a = [...a].reverse(); }', 'reverse');
    expect(runSolutionCases('demo', inPlace, spec)).toEqual([]);
    expect(spec.cases[0]?.args).toEqual([[1, 2, 3]]);
    expect(runSolutionCases('demo', copyOnly, spec)[0]?.message).toMatch(/left argument 0 as \[1,2,3\], expected \[3,2,1\]/);
  });

  it('exact mode compares deeply, in order, across vm realms', () => {
    const makePairs = compileSolution('function pairs(): number[][] { return [[1, 2], [3, 4]]; }', 'pairs');
    expect(resultsMatch(makePairs(), [[1, 2], [3, 4]])).toBe(true);
    expect(resultsMatch(makePairs(), [[3, 4], [1, 2]])).toBe(false);
    expect(resultsMatch({ a: [1], b: 'x' }, { b: 'x', a: [1] })).toBe(true);
    expect(resultsMatch({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(resultsMatch(-0, 0)).toBe(true);
    expect(resultsMatch('1', 1)).toBe(false);
    expect(resultsMatch([1, 2], [1, 2, 3])).toBe(false);
  });

  it('unordered mode compares the result as a multiset', () => {
    expect(resultsMatch([0, 1], [1, 0], 'unordered')).toBe(true);
    expect(resultsMatch([[1, 2], [3]], [[3], [1, 2]], 'unordered')).toBe(true);
    expect(resultsMatch([[2, 1], [3]], [[3], [1, 2]], 'unordered')).toBe(false);
    expect(resultsMatch([1, 1, 2], [1, 2, 2], 'unordered')).toBe(false);
    expect(resultsMatch([1, 2], [1, 2, 2], 'unordered')).toBe(false);
    expect(resultsMatch(3, [3], 'unordered')).toBe(false);
  });

  it('unordered-nested mode ignores the order inside and between groups, but not duplicates', () => {
    const groups = [['eat', 'tea', 'ate'], ['tan', 'nat'], ['bat']];
    expect(resultsMatch([['bat'], ['nat', 'tan'], ['ate', 'eat', 'tea']], groups, 'unordered-nested')).toBe(true);
    expect(resultsMatch([[-1, 0, 1], [-1, -1, 2]], [[-1, -1, 2], [0, 1, -1]], 'unordered-nested')).toBe(true);
    expect(resultsMatch([[10, 9], [2]], [[2], [9, 10]], 'unordered-nested')).toBe(true);
    expect(resultsMatch([['bat'], ['nat', 'tan']], groups, 'unordered-nested')).toBe(false);
    expect(resultsMatch([['bat', 'tan'], ['nat'], ['eat', 'tea', 'ate']], groups, 'unordered-nested')).toBe(false);
    expect(resultsMatch([[1, 1], [2]], [[1], [1, 2]], 'unordered-nested')).toBe(false);
    expect(resultsMatch([1, 2], [[1], [2]], 'unordered-nested')).toBe(false);
  });
});
