/**
 * Every reference in a comment can be followed from a clone: a path named in a comment of our
 * TypeScript/JavaScript, or anywhere in our Markdown, names a file or folder of the repository; nothing
 * points at a folder beside the clone (the old spec folder) or at a number in the project tracker.
 *
 * A path resolves from the repository's root or from the citing file's folder; a bare file name only
 * as a file beside the citing one, a demo page (demo/ogust/, cited by name throughout), a known file
 * (`content.js`, `sidepanel.html`, a file of public/) or one of the few files that live outside the
 * extension (EXTERNAL). URLs, globs (`*.test.ts`) and placeholders (`<page>.ts`) are not references.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ourFiles, REPO_ROOT } from '../support/our-files';

const ROOT = REPO_ROOT;
const SCANNED = /\.(ts|tsx|mts|mjs|js|md)$/;
const SKIPPED = /^(node_modules|reports|tests\/golden|demo-output|\.output[^/]*|\.wxt|\.stryker-tmp)\//;

/** The comments of a script, each with the line it starts on (the TypeScript parser finds them). */
export function commentsOf(path: string, text: string): { line: number; text: string }[] {
  const kind = path.endsWith('x')
    ? ts.ScriptKind.TSX
    : path.endsWith('.ts') || path.endsWith('.mts')
      ? ts.ScriptKind.TS
      : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const seen = new Map<number, { line: number; text: string }>();
  const take = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? [])
      if (!seen.has(r.pos))
        seen.set(r.pos, {
          line: sf.getLineAndCharacterOfPosition(r.pos).line + 1,
          text: text.slice(r.pos, r.end),
        });
  };
  const visit = (node: ts.Node) => {
    take(ts.getLeadingCommentRanges(text, node.pos));
    take(ts.getTrailingCommentRanges(text, node.end));
    for (const child of node.getChildren(sf)) visit(child);
  };
  visit(sf);
  return [...seen.values()].sort((a, b) => a.line - b.line);
}

/** Files named in our text that are not in any repository: where they live. */
const EXTERNAL: Record<string, string> = {
  'policies.json': "Firefox's enterprise policy file, on the agency's computers (docs/policy.md)",
  'dossier-conforme-reglages-AAAA-MM-JJ.json': 'the file the options page exports (docs/settings.md)',
  'page.html': 'the argument of scripts/measure-load.ts, a demo page',
};

/**
 * Names a bare reference may use: the extension's known files (entrypoints/content.ts → content.js,
 * entrypoints/sidepanel/ → sidepanel.html, public/* as they are), the demo pages and EXTERNAL.
 */
function knownNames(): Set<string> {
  const names = new Set(['manifest.json', ...Object.keys(EXTERNAL)]);
  for (const dir of ['public', 'demo/ogust']) for (const f of readdirSync(join(ROOT, dir))) names.add(f);
  for (const e of readdirSync(join(ROOT, 'entrypoints'))) {
    const base = e.replace(/(\.content)?\.(ts|tsx|html)$/, '');
    names.add(`${base}.js`);
    if (statSync(join(ROOT, 'entrypoints', e)).isDirectory() || e.endsWith('.html'))
      names.add(`${base}.html`);
  }
  return names;
}

const TOP =
  '(?:entrypoints|content-scripts|background|components|rules|procedure|lib|tests|docs|demo|scripts|public)';
/** A file name with one of our extensions, possibly with a folder path before it. */
const FILE_REF =
  /(?<![\w@/.*<>{}…$:~-])((?:\.{1,2}\/)*[\w@.-]*[\w@-](?:\/[\w@.-]+)*\.(?:tsx?|mts|mjs|js|md|html|json|css|txt))(?![\w/*-])/g;
/** A path into one of our top-level folders without an extension (a folder or a module specifier). */
const DIR_REF = new RegExp(`(?<![\\w@/.*<>{}…$:~-])(${TOP}/(?:[\\w@-]+/)*[\\w@-]*)(?![\\w.*<{…-])`, 'g');
const URL = /\b[a-z][\w+.-]*:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|fr|org|net|io|dev|gouv\.fr)(?:\/\S*)?/gi;
const TICKET = /(?<![\w&])#\d+\b|\b(?:issues?|tickets?|tasks?) +#?\d+|\btickets?\b/gi;
const OUTSIDE = /(?:\.\.\/)+shared\/|\/work\/shared/g;

function exists(p: string): boolean {
  const abs = normalize(p);
  return abs.startsWith(ROOT + sep) && existsSync(abs);
}

function resolvesFile(ref: string, from: string, known: Set<string>): boolean {
  const here = dirname(join(ROOT, from));
  if (ref.startsWith('./') || ref.startsWith('../')) return exists(resolve(here, ref));
  if (!ref.includes('/')) return exists(join(here, ref)) || exists(join(ROOT, ref)) || known.has(ref);
  return exists(join(ROOT, ref)) || exists(resolve(here, ref));
}

function resolvesModule(ref: string, from: string): boolean {
  const bare = ref.replace(/\/$/, '');
  const candidates = [bare, `${bare}.ts`, `${bare}.tsx`, `${bare}/index.ts`, `${bare}/index.tsx`];
  const here = dirname(join(ROOT, from));
  return candidates.some((c) => exists(join(ROOT, c)) || exists(resolve(here, c)));
}

/** The unresolved references of one text (a comment or a Markdown file), as `file:line: reference`. */
export function unresolvedIn(file: string, startLine: number, text: string, known: Set<string>): string[] {
  const out: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const where = `${file}:${startLine + i}`;
    for (const m of raw.matchAll(OUTSIDE)) out.push(`${where}: ${m[0]} (outside the repository)`);
    for (const m of raw.matchAll(TICKET)) out.push(`${where}: ${m[0]} (ticket number)`);
    const line = raw.replace(URL, ' ');
    // A folder named on the line (`entrypoints/`: `content.ts`, …) holds the bare names after it.
    const folders = [...line.matchAll(DIR_REF)].filter((d) => d[1]!.endsWith('/'));
    for (const m of line.matchAll(FILE_REF)) {
      const ref = m[1]!;
      const inFolder =
        !ref.includes('/') &&
        folders.some((d) => d.index < m.index && resolvesFile(d[1]! + ref, file, known));
      if (!inFolder && !resolvesFile(ref, file, known)) out.push(`${where}: ${ref}`);
    }
    for (const m of line.matchAll(DIR_REF)) if (!resolvesModule(m[1]!, file)) out.push(`${where}: ${m[1]}`);
  });
  return out;
}

/** Text compared loosely: lower case, Markdown emphasis and code marks dropped, spaces folded. */
const loose = (s: string) =>
  s
    .toLowerCase()
    .replace(/[*_`’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** A Markdown file named with a place in it: « a heading or phrase », § 2, or `an id`. */
const ANCHORED = /([\w@./-]+\.md)(?:[,:]|['’]s)?\s+(?:«\s*([^»]+?)\s*»|§\s*(\d+)|`([^`]+)`)/g;

/**
 * The places a text cites in our Markdown that are not there, as `file:line: doc place`: the quoted
 * words in the doc, `§ N` as a heading numbered N, an `id` in its text. Comment markers at the start
 * of a line are blanked so that a quote may run over two lines of a comment.
 */
export function missingAnchorsIn(file: string, startLine: number, text: string, read = readDoc): string[] {
  const flat = text.replace(
    /(\n[ \t]*)(\*(?!\/)|\/\/)/g,
    (_, nl: string, mark: string) => nl + ' '.repeat(mark.length),
  );
  const out: string[] = [];
  for (const m of flat.matchAll(ANCHORED)) {
    const [, ref, quote, section, id] = m;
    const here = dirname(join(ROOT, file));
    const path = [join(ROOT, ref!), resolve(here, ref!)].find(exists);
    if (!path) continue; // reported as unresolved
    const doc = read(path);
    const found = section
      ? new RegExp(`^#+ ${section}\\.`, 'm').test(doc)
      : loose(doc).includes(loose((quote ?? id)!));
    if (!found) {
      const line = startLine + flat.slice(0, m.index).split('\n').length - 1;
      out.push(`${file}:${line}: ${ref} ${quote ? `« ${quote} »` : section ? `§ ${section}` : `\`${id}\``}`);
    }
  }
  return out;
}
const docs = new Map<string, string>();
function readDoc(path: string): string {
  if (!docs.has(path)) docs.set(path, readFileSync(path, 'utf8'));
  return docs.get(path)!;
}

describe('references in comments and docs', () => {
  it('finds the comments of a script, JSX included', () => {
    const found = commentsOf(
      'x.tsx',
      '// one\nconst a = /* two */ 1;\n/** three\n * more */\nexport const V = () => <div>{/* four */}</div>;\n',
    );
    expect(found.map((c) => [c.line, c.text])).toEqual([
      [1, '// one'],
      [2, '/* two */'],
      [3, '/** three\n * more */'],
      [5, '/* four */'],
    ]);
  });

  it('flags what cannot be followed and passes what can', () => {
    const known = new Set(['content.js']);
    const text = [
      'see docs/spec/panel.md, lib/model/records.ts, ./comment-refs.test.ts and content.js',
      'see panel.md and lib/nowhere.ts and ../shared/spec/rules.md and issue 14 and #12',
      'not references: https://demo-agence.ogust.com/a/b.html, *.test.ts, rules/<page>.ts',
      'folders: lib/model/, lib/model/records and lib/nowhere/',
      'in a folder: records.ts (not yet), lib/model/: records.ts, types.ts, nowhere.ts',
    ].join('\n');
    expect(unresolvedIn('tests/unit/x.ts', 10, text, known)).toEqual([
      'tests/unit/x.ts:11: ../shared/ (outside the repository)',
      'tests/unit/x.ts:11: issue 14 (ticket number)',
      'tests/unit/x.ts:11: #12 (ticket number)',
      'tests/unit/x.ts:11: panel.md',
      'tests/unit/x.ts:11: lib/nowhere.ts',
      'tests/unit/x.ts:11: ../shared/spec/rules.md',
      'tests/unit/x.ts:13: lib/nowhere/',
      'tests/unit/x.ts:14: records.ts',
      'tests/unit/x.ts:14: nowhere.ts',
    ]);
  });

  it('flags a cited place that the doc does not have', () => {
    const doc = '# Title\n\n## 2. Appel\n\nThe **Time model**: `client.nir.key`.\n';
    const read = () => doc;
    const text = [
      '/**',
      ' * See docs/spec/panel.md § 2, docs/spec/panel.md § 3, docs/spec/rules.md, « Time',
      ' * model », docs/spec/rules.md, « Where shown », docs/rules.md, `client.nir.key` and',
      " * docs/rules.md's `client.nom.missing`.",
      ' */',
    ].join('\n');
    expect(missingAnchorsIn('lib/x.ts', 20, text, read)).toEqual([
      'lib/x.ts:21: docs/spec/panel.md § 3',
      'lib/x.ts:22: docs/spec/rules.md « Where shown »',
      'lib/x.ts:23: docs/rules.md `client.nom.missing`',
    ]);
  });

  it('every reference in our comments and Markdown resolves inside the repository', () => {
    const known = knownNames();
    const files = ourFiles().filter((f) => SCANNED.test(f) && !SKIPPED.test(f));
    expect(files.length).toBeGreaterThan(200);
    const unresolved: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const texts = file.endsWith('.md') ? [{ line: 1, text }] : commentsOf(file, text);
      for (const c of texts)
        unresolved.push(
          ...unresolvedIn(file, c.line, c.text, known),
          ...missingAnchorsIn(file, c.line, c.text),
        );
    }
    expect(unresolved).toEqual([]);
  }, 60_000);
});
