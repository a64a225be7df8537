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
    expect(Array.isArray(testCase.args), `${id}: case #${i + 1} needs an "args" array`).toBe(true);
    expect(Object.hasOwn(testCase, 'expected'), `${id}: case #${i + 1} needs "expected"`).toBe(true);
  });
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

  for (const fileName of cardFiles) {
    it(fileName, async () => {
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
    });
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
    const solution = compileSolution(code, 'add', 200);
    const messages = runSolutionCases('demo', solution, addCases).map((failure) => failure.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/case #3 .*threw: negative/);
    expect(messages[1]).toMatch(/case #4 .*threw: .*timed out/);
  });

  it('rejects code that does not parse or lacks the entry function', () => {
    expect(() => compileSolution('function add(a: number { return a; }', 'add')).toThrow(/does not compile/);
    expect(() => compileSolution('function plus(a: number) { return a; }', 'add')).toThrow(/no function "add"/);
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
