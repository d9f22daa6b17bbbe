/**
 * The layers of docs/architecture.md, enforced: arrows only run down (entrypoints → components →
 * content-scripts / background → procedure / rules → lib). Every import of our code is read with the
 * TypeScript parser (static, dynamic, type-only and re-exports), tests included: a test of lib/ that
 * needs a rule belongs beside the rule. Test helpers and fixtures live in tests/support/ only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ourFiles, REPO_ROOT } from '../support/our-files';

const ROOT = REPO_ROOT;
const PRODUCTION = [
  'entrypoints',
  'components',
  'content-scripts',
  'background',
  'procedure',
  'rules',
  'lib',
];

/** What each production folder must not import (the folders above it, and tests/ for non-test code). */
const FORBIDDEN: Record<string, string[]> = {
  lib: ['rules', 'procedure', 'background', 'content-scripts', 'components', 'entrypoints'],
  rules: ['content-scripts', 'background', 'components', 'entrypoints'],
  procedure: ['content-scripts', 'background', 'components', 'entrypoints'],
  'content-scripts': ['entrypoints'],
  background: ['components', 'entrypoints'],
  components: ['entrypoints'],
};

const ourScripts = () => ourFiles().filter((f) => /\.(ts|tsx|mts)$/.test(f) && !f.endsWith('.d.ts'));

/**
 * Every module specifier a file names: import/export … from, import(), import type. With
 * `bundled`, only what ends up in the same bundle: static imports of values (no `import type`, no
 * import() which the bundler splits off).
 */
export function specifiersOf(path: string, text: string, bundled = false): string[] {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const typeOnly = (node: ts.ImportDeclaration | ts.ExportDeclaration) =>
    ts.isImportDeclaration(node) ? !!node.importClause?.isTypeOnly : node.isTypeOnly;
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (!bundled || !typeOnly(node)) out.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      if (!bundled) out.push(node.arguments[0].text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      if (!bundled) out.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Our modules a file pulls into its bundle, itself included (static value imports, transitively). */
export function bundledFrom(entry: string, read: (path: string) => string | undefined): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    const text = read(path);
    if (text === undefined) continue;
    seen.add(path);
    for (const spec of specifiersOf(path, text, true)) {
      if (!spec.startsWith('.')) continue;
      const base = relative(ROOT, resolve(ROOT, dirname(path), spec));
      const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(
        (c) => /\.tsx?$/.test(c) && read(c) !== undefined,
      );
      if (found) queue.push(found);
    }
  }
  return seen;
}

const topOf = (repoPath: string) => repoPath.split('/')[0]!;
const isTest = (f: string) => /\.test\.tsx?$/.test(f);

/** Layer violations of a set of files, as `file: imports target`. */
export function violations(files: { path: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { path, text } of files) {
    const from = topOf(path);
    const forbidden = FORBIDDEN[from];
    if (!forbidden) continue;
    for (const spec of specifiersOf(path, text)) {
      if (!spec.startsWith('.')) continue;
      const target = relative(ROOT, resolve(ROOT, dirname(path), spec));
      const to = topOf(target);
      if (forbidden.includes(to) || (to === 'tests' && !isTest(path))) out.push(`${path}: imports ${target}`);
    }
  }
  return out;
}

/** Test helpers and fixtures outside tests/. */
export function misplacedHelpers(paths: string[]): string[] {
  return paths.filter(
    (p) => PRODUCTION.includes(topOf(p)) && /test-helper|fixture/i.test(p.split('/').pop()!),
  );
}

describe('layers', () => {
  it('finds every kind of import, and flags an arrow that runs up', () => {
    const text = [
      "import { a } from '../../rules';",
      "import type { B } from '../../procedure/checklist/items';",
      "export { c } from '../../components/panel/store';",
      "const d = await import('../../background/dossier-service');",
      "type E = import('../../content-scripts/controller').E;",
      "import { f } from '../text/normalize';",
      "import { g } from '../../tests/support/durand';",
      "import { z } from 'zod/mini';",
    ].join('\n');
    expect(violations([{ path: 'lib/model/x.ts', text }])).toEqual([
      'lib/model/x.ts: imports rules',
      'lib/model/x.ts: imports procedure/checklist/items',
      'lib/model/x.ts: imports components/panel/store',
      'lib/model/x.ts: imports background/dossier-service',
      'lib/model/x.ts: imports content-scripts/controller',
      'lib/model/x.ts: imports tests/support/durand',
    ]);
    expect(
      violations([{ path: 'lib/model/x.test.ts', text: "import { g } from '../../tests/support/durand';" }]),
    ).toEqual([]);
    expect(
      violations([{ path: 'rules/client/x.ts', text: "import { a } from '../../lib/model/types';" }]),
    ).toEqual([]);
    expect(
      misplacedHelpers(['lib/test-helpers.ts', 'rules/x/test-fixture.tsx', 'tests/support/fixture.ts']),
    ).toEqual(['lib/test-helpers.ts', 'rules/x/test-fixture.tsx']);
  });

  it('no arrow runs up between our folders', () => {
    const files = ourScripts().map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
    expect(files.filter((f) => f.path.startsWith('lib/')).length).toBeGreaterThan(50);
    expect(violations(files)).toEqual([]);
  }, 60_000);

  it('follows the static value imports of a bundle, not import type or import()', () => {
    const files: Record<string, string> = {
      'entrypoints/content.ts':
        "import { a } from '../content-scripts/a';\nimport type { T } from '../lib/model/t';",
      'content-scripts/a.ts': "export { b } from '../lib/b';\nconst c = () => import('../lib/c');",
      'lib/b/index.ts': "import { z } from 'zod/mini';",
      'lib/model/t.ts': '',
      'lib/c.ts': '',
    };
    expect([...bundledFrom('entrypoints/content.ts', (p) => files[p])].sort()).toEqual([
      'content-scripts/a.ts',
      'entrypoints/content.ts',
      'lib/b/index.ts',
    ]);
  });

  it('keeps the record schemas (lib/model/records.ts) out of the script injected in every Ogust frame', () => {
    const read = (p: string) => (existsSync(join(ROOT, p)) ? readFileSync(join(ROOT, p), 'utf8') : undefined);
    const bundle = bundledFrom('entrypoints/content.ts', read);
    expect(bundle.has('content-scripts/controller.ts')).toBe(true);
    expect(bundle.has('lib/model/records.ts')).toBe(false);
  }, 60_000);

  it('no production folder holds a test helper or fixture', () => {
    expect(misplacedHelpers(ourFiles())).toEqual([]);
  });
});
