// @vitest-environment jsdom
/**
 * Every demo page and list variant gives the same record fields, rows and findings as the build that
 * wrote `tests/golden/demo-findings.json` (before the layout and reading-speed changes): a refactoring
 * changes no verdict. How the file is made: tests/support/golden-findings.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenFindings, type GoldenFindings } from '../support/golden-findings';

const FILE = resolve(import.meta.dirname, '../golden/demo-findings.json');
const now = goldenFindings();
// Written only on purpose, to accept a change of verdicts: `OC_WRITE_GOLDEN=1 npx vitest run tests/unit/golden-findings.test.ts`.
if (process.env.OC_WRITE_GOLDEN === '1' || !existsSync(FILE)) {
  if (process.env.OC_WRITE_GOLDEN !== '1') throw new Error(`${FILE} is missing`);
  writeFileSync(FILE, JSON.stringify(now, null, 1) + '\n');
}
const golden = JSON.parse(readFileSync(FILE, 'utf8')) as GoldenFindings;

describe('demo findings are those of the golden file', () => {
  it('covers the same pages', () => {
    expect(Object.keys(now.alone).sort()).toEqual(Object.keys(golden.alone).sort());
    expect(Object.keys(golden.alone).length).toBeGreaterThan(40);
  });
  it.each(Object.keys(golden.alone))('%s alone', (file) => {
    expect(now.alone[file]).toEqual(golden.alone[file]);
  });
  it.each(Object.keys(golden.dossier))('%s after the whole dossier', (file) => {
    expect(now.dossier[file]).toEqual(golden.dossier[file]);
  });
});
