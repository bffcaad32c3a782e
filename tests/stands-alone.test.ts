import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The repository stands alone: a fresh clone with nothing beside it passes `npm test` and runs
 * `npm run demo` and `npm run bench`. So no source file, shell script or npm script may read
 * outside the repository (such as ../shared beside it, where the seed texts once were). The
 * folder `shared/` inside the repository is code and fine. `.ci/fresh-clone-check` tries the
 * real thing in CI; this test finds the paths that climb out, without running anything.
 */
const ROOT = resolve(__dirname, '..');

type Kind = 'code' | 'shell' | 'npm-scripts';

interface Problem {
  file: string;
  line: number;
  found: string;
  why: string;
}

const CODE = /\.[cm]?[jt]sx?$/u;
const SHELL = /\.(?:sh|bash)$/u;
/** Lines that say so are not paths, whatever they look like (test data for path traversal, say). */
const NOT_A_PATH = 'stands-alone: not a path';

function kindOf(file: string, text: string): Kind | undefined {
  if (file === 'package.json') return 'npm-scripts';
  if (CODE.test(file)) return 'code';
  if (SHELL.test(file) || file.startsWith('.ci/')) return 'shell';
  const shebang = /^#!.*\b(\w+)\s*$/mu.exec(text.split('\n', 1)[0] ?? '');
  if (shebang) return shebang[1] === 'node' ? 'code' : 'shell';
  return undefined;
}

const outside = (path: string): boolean => {
  const rel = relative(ROOT, path);
  return rel === '..' || rel.startsWith(`..${sep}`) || resolve(rel) === rel;
};
const shown = (path: string): string => relative(ROOT, path).split(sep).join('/') || '.';
const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/**
 * Relative paths written out (`../x`, `./a/../../b`, `..`) in shell and npm scripts, resolved from
 * the bases they run with: the root (npm scripts and CI run there) and, for a shell script, also
 * its own folder. Comments are left out.
 */
const RELATIVE_PATH = /(?<![\w./$}\\-])(\.{1,2}\/[^\s'"`;,)|&<>*{}]*|\.\.(?![\w./]))/gu;

function relativePathProblems(file: string, text: string, bases: string[]): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const code = line.replace(/(^|\s)#.*$/u, '$1');
    for (const match of code.matchAll(RELATIVE_PATH)) {
      const found = match[1] as string;
      const escapes = bases.map((base) => resolve(base, found)).find(outside);
      if (escapes)
        problems.push({ file, line: i + 1, found, why: `resolves to ${shown(escapes)}, outside the repository` });
    }
  });
  return problems;
}

/**
 * In code, parsed with TypeScript: every string literal that is a relative path (imports,
 * `new URL('../x', import.meta.url)`, `readFileSync('../x')`), resolved from the file's folder;
 * and every join(...) or resolve(...) whose base is known (the file's folder: `__dirname`,
 * `import.meta.dirname`, `dirname(fileURLToPath(import.meta.url))`; the root: `process.cwd()`; a
 * constant set from those) followed by string literals (`join(__dirname, '..', '..')`).
 * Expressions it cannot evaluate (os.tmpdir(), a parameter) are not judged.
 */
function codeProblems(file: string, text: string): Problem[] {
  const folder = dirname(join(ROOT, file));
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    /\.[cm]?jsx?$/u.test(file) ? ts.ScriptKind.JSX : ts.ScriptKind.TSX,
  );
  const constants = new Map<string, ts.Expression>();
  const problems: Problem[] = [];
  const report = (node: ts.Node, path: string) =>
    problems.push({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      found: node.getText(source).replace(/\s+/gu, ' '),
      why: `resolves to ${shown(path)}, outside the repository`,
    });

  const literal = (node: ts.Node): string | undefined =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
  const isPathCall = (node: ts.Node): node is ts.CallExpression => {
    if (!ts.isCallExpression(node)) return false;
    const callee = node.expression;
    const name = ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee) && /^(path|posix|win32)$/u.test(callee.expression.getText(source))
        ? callee.name.text
        : '';
    return name === 'join' || name === 'resolve';
  };
  const seen = new Set<ts.Node>();
  const evaluate = (node: ts.Expression): string | undefined => {
    const text = node.getText(source).replace(/\s+/gu, '');
    if (text === '__dirname' || text === 'import.meta.dirname') return folder;
    if (/^(?:path\.)?dirname\(fileURLToPath\(import\.meta\.url\)\)$/u.test(text)) return folder;
    if (text === 'process.cwd()') return ROOT;
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return evaluate(node.expression);
    if (ts.isIdentifier(node)) {
      const init = constants.get(node.text);
      if (!init || seen.has(init)) return undefined;
      seen.add(init);
      try {
        return evaluate(init);
      } finally {
        seen.delete(init);
      }
    }
    if (isPathCall(node)) {
      const [first, ...rest] = node.arguments;
      if (!first) return undefined;
      const fn = ts.isIdentifier(node.expression)
        ? node.expression.text
        : (node.expression as ts.PropertyAccessExpression).name.text;
      // resolve('..', ...) starts from the working directory: the root, for npm scripts and CI.
      const firstIsLiteral = literal(first) !== undefined;
      const base = firstIsLiteral ? (fn === 'resolve' ? ROOT : undefined) : evaluate(first);
      if (base === undefined) return undefined;
      const segments: string[] = [];
      for (const arg of firstIsLiteral ? node.arguments : rest) {
        const value = literal(arg);
        if (value === undefined) break;
        segments.push(value);
      }
      return resolve(base, ...segments);
    }
    return undefined;
  };

  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      constants.set(node.name.text, node.initializer);
    ts.forEachChild(node, collect);
  };
  collect(source);

  const check = (node: ts.Node): void => {
    const value = literal(node);
    if (value !== undefined && /^(?:\.\.?\/|\.\.$)/u.test(value)) {
      const path = resolve(folder, value);
      if (outside(path)) report(node, path);
    }
    if (isPathCall(node)) {
      const path = evaluate(node);
      if (path !== undefined && outside(path)) report(node, path);
    }
    ts.forEachChild(node, check);
  };
  check(source);
  return problems;
}

/**
 * The folder of seed texts beside the repository, spelled in parts so that this test, which looks
 * for it, is not itself a file that names it.
 */
const SEEDS_PATH = ['shared', 'seed' + 's'].join('/');
const SEEDS_PATTERN = new RegExp(SEEDS_PATH.replace('/', '\\/'), 'gu');

/** Every way `file` (a path relative to the root) with contents `text` reaches outside the repository. */
function problemsIn(file: string, text: string): Problem[] {
  const kind = kindOf(file, text);
  if (!kind) return [];
  const problems: Problem[] = [];
  for (const match of text.matchAll(SEEDS_PATTERN))
    problems.push({
      file,
      line: lineAt(text, match.index),
      found: SEEDS_PATH,
      why: 'the seed texts live outside the repository; use resources/corpus',
    });
  if (kind === 'code') problems.push(...codeProblems(file, text));
  else if (kind === 'shell') problems.push(...relativePathProblems(file, text, [ROOT, dirname(join(ROOT, file))]));
  else {
    const scripts = (JSON.parse(text) as { scripts?: Record<string, string> }).scripts ?? {};
    for (const [name, command] of Object.entries(scripts))
      for (const p of relativePathProblems(file, command, [ROOT]))
        problems.push({
          ...p,
          line: lineAt(text, Math.max(0, text.indexOf(`${JSON.stringify(name)}:`))),
          found: `scripts.${name}: ${p.found}`,
        });
  }
  // A line that says it holds no path (test data for path traversal, say) is not judged.
  const lines = text.split('\n');
  return problems.filter((p) => !lines[p.line - 1]?.includes(NOT_A_PATH));
}

const SKIP_DIRS = new Set([
  'node_modules',
  'out',
  'dist',
  '.git',
  '.electron-native',
  'test-results',
  'playwright-report',
  'coverage',
  '.demo-vault',
  '.bench',
]);

/** The repository's files: tracked and not-yet-added ones (git), or a walk where git is missing. */
function repositoryFiles(): string[] {
  try {
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return [...new Set(listed.split('\0').filter(Boolean))].filter((f) => existsSync(join(ROOT, f)));
  } catch {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(join(ROOT, dir))) {
        const path = dir ? `${dir}/${name}` : name;
        if (statSync(join(ROOT, path)).isDirectory()) {
          if (!SKIP_DIRS.has(name)) walk(path);
        } else files.push(path);
      }
    };
    walk('');
    return files;
  }
}

const SELF = relative(ROOT, __filename).split(sep).join('/');

describe('the repository stands alone', () => {
  it('no source file, shell script or npm script reads outside the repository', () => {
    const files = repositoryFiles().filter((f) => f !== SELF && statSync(join(ROOT, f)).isFile());
    const scanned = files.filter((f) => kindOf(f, readFileSync(join(ROOT, f), 'utf8')));
    // The scan must have found the code, or it proves nothing.
    expect(scanned).toEqual(
      expect.arrayContaining([
        'package.json',
        '.ci/run',
        'scripts/bench/corpus.ts',
        'scripts/demo/corpus-generator.ts',
      ]),
    );
    const problems = scanned.flatMap((f) => problemsIn(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.found} (${p.why})`)).toEqual([]);
  });

  describe('the check itself', () => {
    const flagged = (file: string, text: string) => problemsIn(file, text).length > 0;

    it('finds a join(__dirname, ...) that climbs past the root, as the seed texts were once read', () => {
      expect(
        flagged(
          'scripts/bench/corpus.ts',
          `const SEEDS = join(__dirname, '..', '..', '..', '${SEEDS_PATH.split('/').join("', '")}');`,
        ),
      ).toBe(true);
      expect(flagged('scripts/bench/corpus.ts', "const SEEDS = join(__dirname, '..', '..', '..', 'elsewhere');")).toBe(
        true,
      );
      expect(
        flagged(
          'electron/core/search/x.test.ts',
          "const D = path.join(\n  __dirname,\n  '..', '..', '..', '..',\n  'other',\n);",
        ),
      ).toBe(true);
      expect(
        flagged(
          'scripts/x.mjs',
          "const here = dirname(fileURLToPath(import.meta.url));\nconst d = resolve(here, '../..');",
        ),
      ).toBe(true);
      expect(
        flagged(
          'scripts/bench/x.ts',
          "const ROOT = join(__dirname, '..', '..');\nreadFileSync(join(ROOT, '..', 'notes.txt'));",
        ),
      ).toBe(true);
      expect(flagged('scripts/x.ts', "readFileSync(resolve('..', 'notes.txt'));")).toBe(true);
      expect(
        flagged('scripts/x.mjs', "const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');"),
      ).toBe(true);
    });

    it('allows paths that stay inside, the shared/ code folder included', () => {
      expect(flagged('scripts/bench/corpus.ts', "const C = join(__dirname, '..', '..', 'resources', 'corpus');")).toBe(
        false,
      );
      expect(
        flagged('scripts/demo/populate.ts', "import { docToPlainText } from '../../shared/notes/plain-text';"),
      ).toBe(false);
      expect(flagged('electron/web/main.ts', "rendererDir: join(__dirname, '../renderer'),")).toBe(false);
      expect(flagged('scripts/x.mjs', "const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');")).toBe(
        false,
      );
      expect(flagged('scripts/x.ts', "const parts = ['a', '..'];\nparts.join('/');")).toBe(false);
      expect(
        flagged('electron/x.test.ts', `{ name: '../../../../etc/passwd' }, // ${NOT_A_PATH}: traversal test data`),
      ).toBe(false);
    });

    it('finds relative paths out of the repository in imports, shell scripts and npm scripts', () => {
      expect(flagged('vitest.config.ts', "import x from '../elsewhere/x';")).toBe(true);
      expect(flagged('scripts/demo/x.ts', "readFileSync(new URL('../../../notes.txt', import.meta.url));")).toBe(true);
      expect(flagged('.ci/run', 'cd "$(dirname "$0")/.."\nls ../shared\n')).toBe(true);
      expect(flagged('.ci/run', 'cd "$(dirname "$0")/.."\nnpm test\n')).toBe(false);
      expect(flagged('scripts/x.sh', '#!/bin/sh\ncp -r .. /tmp/x\n')).toBe(true);
      expect(flagged('package.json', JSON.stringify({ scripts: { demo: 'tsx ../tools/demo.ts' } }))).toBe(true);
      expect(flagged('package.json', JSON.stringify({ scripts: { demo: 'tsx scripts/demo/main.ts' } }))).toBe(false);
      expect(flagged('scripts/x.ts', `// the texts in resources/corpus replaced those in ${SEEDS_PATH}`)).toBe(true);
    });
  });
});
