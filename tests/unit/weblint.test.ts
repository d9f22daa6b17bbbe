/**
 * Mozilla's add-on linter (`web-ext lint`, the checks addons.mozilla.org runs) on the Firefox MV3
 * build (`npm test` builds it before the tests): 0 errors, and none of the warnings that mean eval or
 * remote code. Run as a test so the runner's summary line stays the last line of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = join(ROOT, process.env.OC_OUT_DIR ?? '.output', 'firefox-mv3');
const WEB_EXT = join(ROOT, 'node_modules/.bin/web-ext');

/** Warnings that would mean eval or remote code: never accepted. */
const FORBIDDEN_WARNINGS = [
  'DANGEROUS_EVAL',
  'NO_IMPLIED_EVAL',
  'MANIFEST_CSP',
  'REMOTE_SCRIPT',
  'OPENING_DB',
];

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

describe('web-ext lint on the Firefox MV3 build', () => {
  it('finds 0 errors', { timeout: 120_000 }, () => {
    if (!existsSync(join(SOURCE, 'manifest.json')))
      throw new Error(`${SOURCE} absent : lancez \`npx wxt build -b firefox --mv3\` (npm test le fait).`);
    const run = spawnSync(WEB_EXT, ['lint', '--source-dir', SOURCE, '--output', 'json', '--no-input'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, 'web-ext introuvable : npm install').toBeUndefined();
    const json = run.stdout.slice(run.stdout.indexOf('{'));
    const report = JSON.parse(json) as LintReport;
    const show = (ms: LintMessage[]) => ms.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    expect(show(report.errors)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    expect(show(report.warnings.filter((w) => FORBIDDEN_WARNINGS.includes(w.code)))).toEqual([]);
  });
});
