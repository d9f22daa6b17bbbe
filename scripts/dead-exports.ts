/**
 * Lists the exports of our code that no other file imports (`npx tsx scripts/dead-exports.ts`), with
 * the TypeScript compiler: every import, re-export and `import type` of the project is resolved to
 * the symbol it names. A dynamic `import('./x')` or `import * as` counts as using every export of
 * that module. Entrypoints' default exports (WXT reads them) and config files are not counted.
 *
 * Two kinds: « unused » (not used in its own file either: the code can go) and « local » (used only
 * in its own file: the `export` keyword can go). An export imported only by tests is listed apart.
 */
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const OURS = /^(entrypoints|components|content-scripts|background|procedure|rules|lib|scripts|tests)\//;
const isTest = (f: string) => /\.test\.tsx?$/.test(f) || f.startsWith('tests/');

export interface DeadExport {
  file: string;
  name: string;
  kind: 'unused' | 'local' | 'tests only';
}

export function deadExports(): DeadExport[] {
  const configPath = ts.findConfigFile(ROOT, ts.sys.fileExists, 'tsconfig.json')!;
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const rel = (f: string) => relative(ROOT, f);
  const ours = program.getSourceFiles().filter((sf) => OURS.test(rel(sf.fileName)) && !sf.isDeclarationFile);

  const canonical = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  /** symbol → files (other than its own) that import it */
  const importers = new Map<ts.Symbol, Set<string>>();
  const note = (s: ts.Symbol | undefined, by: string) => {
    if (!s) return;
    const c = canonical(s);
    if (!importers.has(c)) importers.set(c, new Set());
    importers.get(c)!.add(by);
  };
  const everyExport = (spec: ts.Expression, by: string) => {
    const mod = checker.getSymbolAtLocation(spec);
    if (mod) for (const e of checker.getExportsOfModule(mod)) note(e, by);
  };

  for (const sf of ours) {
    const by = rel(sf.fileName);
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && node.importClause) {
        const c = node.importClause;
        if (c.name) note(checker.getSymbolAtLocation(c.name), by);
        if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) everyExport(node.moduleSpecifier, by);
        else if (c.namedBindings)
          for (const el of c.namedBindings.elements) note(checker.getSymbolAtLocation(el.name), by);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
        if (!node.exportClause || ts.isNamespaceExport(node.exportClause))
          everyExport(node.moduleSpecifier, by);
        else
          for (const el of node.exportClause.elements) {
            const mod = checker.getSymbolAtLocation(node.moduleSpecifier);
            const target =
              mod &&
              checker.getExportsOfModule(mod).find((e) => e.name === (el.propertyName ?? el.name).text);
            note(target, by);
          }
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0]
      ) {
        everyExport(node.arguments[0], by);
      } else if (ts.isImportTypeNode(node) && node.qualifier) {
        note(checker.getSymbolAtLocation(node.qualifier), by);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  const out: DeadExport[] = [];
  for (const sf of ours) {
    const file = rel(sf.fileName);
    if (file.startsWith('tests/') || file.startsWith('scripts/') || isTest(file)) continue;
    const mod = checker.getSymbolAtLocation(sf);
    if (!mod) continue;
    for (const exp of checker.getExportsOfModule(mod)) {
      if (exp.name === 'default' && file.startsWith('entrypoints/')) continue;
      const sym = canonical(exp);
      // A re-export of another module's symbol is judged at its home.
      const home = sym.declarations?.[0]?.getSourceFile();
      if (home && home !== sf) continue;
      const by = [...(importers.get(sym) ?? [])].filter((f) => f !== file);
      if (by.some((f) => !isTest(f))) continue;
      if (by.length) {
        out.push({ file, name: exp.name, kind: 'tests only' });
        continue;
      }
      const decl = sym.declarations?.[0];
      const ident = decl && ts.getNameOfDeclaration(decl);
      let localUses = 0;
      const count = (node: ts.Node) => {
        if (ts.isIdentifier(node) && node !== ident && node.text === exp.name) {
          const s = checker.getSymbolAtLocation(node);
          if (s && canonical(s) === sym) localUses++;
        }
        ts.forEachChild(node, count);
      };
      count(sf);
      out.push({ file, name: exp.name, kind: localUses ? 'local' : 'unused' });
    }
  }
  return out.sort((a, b) => a.kind.localeCompare(b.kind) || a.file.localeCompare(b.file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = deadExports();
  for (const d of found) console.log(`${d.kind.padEnd(10)} ${d.file}: ${d.name}`);
  console.log(`${found.length} exports imported by no other production file`);
}
