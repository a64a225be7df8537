import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Type-checks a card's solution with the project's strictness, in memory: the card's code is one script file
 * beside a prelude that declares LeetCode's node classes the way LeetCode's TypeScript environment does.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

/** What LeetCode puts in scope for TypeScript solutions that take lists or trees; the card must not redeclare them. */
export const LEETCODE_PRELUDE = `
declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}
declare class _Node {
  val: number;
  next: _Node | null;
  random: _Node | null;
  constructor(val?: number, next?: _Node | null, random?: _Node | null);
}
`;

const PRELUDE_FILE = '/leetcode/prelude.d.ts';
const SOLUTION_FILE = '/leetcode/solution.ts';

/** The project's strictness flags (strict, noUncheckedIndexedAccess, …) from tsconfig.json, with settings for one script. */
function solutionCompilerOptions(): ts.CompilerOptions {
  const configPath = path.join(repoRoot, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (file) => readFileSync(file, 'utf8'));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.convertCompilerOptionsFromJson(
    (read.config as { compilerOptions?: unknown }).compilerOptions ?? {},
    repoRoot,
  );
  return {
    ...parsed.options,
    // A card is a standalone script: no modules, no Node types, only the language's own library.
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Legacy,
    lib: ['lib.es2023.d.ts'],
    types: [],
    noEmit: true,
    skipLibCheck: true,
    isolatedModules: false,
    allowImportingTsExtensions: false,
    resolveJsonModule: false,
  };
}

let cachedOptions: ts.CompilerOptions | undefined;
/** The library files are the same for every card; parse them once. */
const librarySources = new Map<string, ts.SourceFile>();
let preludeSource: ts.SourceFile | undefined;

function createHost(options: ts.CompilerOptions, solution: ts.SourceFile): ts.CompilerHost {
  const base = ts.createCompilerHost(options, true);
  return {
    ...base,
    getSourceFile(fileName, languageVersion) {
      if (fileName === SOLUTION_FILE) return solution;
      if (fileName === PRELUDE_FILE) {
        preludeSource ??= ts.createSourceFile(PRELUDE_FILE, LEETCODE_PRELUDE, languageVersion, true);
        return preludeSource;
      }
      let source = librarySources.get(fileName);
      if (!source) {
        source = base.getSourceFile(fileName, languageVersion);
        if (source) librarySources.set(fileName, source);
      }
      return source;
    },
    fileExists: (fileName) => fileName === SOLUTION_FILE || fileName === PRELUDE_FILE || base.fileExists(fileName),
    readFile: (fileName) =>
      fileName === SOLUTION_FILE ? solution.text : fileName === PRELUDE_FILE ? LEETCODE_PRELUDE : base.readFile(fileName),
    writeFile: () => {},
  };
}

/** `any` hides exactly the mistakes the check is for; the contract forbids it in card code. */
function explicitAnyUses(source: ts.SourceFile): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function position(source: ts.SourceFile, start: number | undefined): string {
  if (start === undefined) return '';
  const { line, character } = source.getLineAndCharacterOfPosition(start);
  return `line ${line + 1}:${character + 1}: `;
}

/** Returns one message per type error in the solution ("line 3:7: …"), or an empty list when it type-checks. */
export function typeCheckSolution(code: string): string[] {
  cachedOptions ??= solutionCompilerOptions();
  const options = cachedOptions;
  const solution = ts.createSourceFile(SOLUTION_FILE, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const program = ts.createProgram({
    rootNames: [PRELUDE_FILE, SOLUTION_FILE],
    options,
    host: createHost(options, solution),
  });
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(solution),
    ...program.getSemanticDiagnostics(solution),
  ];
  const messages = diagnostics.map((diagnostic) => {
    const where = diagnostic.file === solution ? position(solution, diagnostic.start) : '';
    return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
  for (const node of explicitAnyUses(solution)) {
    messages.push(`${position(solution, node.getStart(solution))}uses \`any\`; give the value a real type`);
  }
  return messages;
}
