/**
 * Packages (`npm run zip`): the Chrome and Firefox zips are named and versioned from package.json,
 * and the Firefox sources zip (for the add-on review) holds only the allowlisted sources — no .tmp,
 * demo, demo-output, .output*, node_modules, tests or test-results. The zips are built here, into
 * their own output folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = `.output-ziptest-${process.pid}`;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** What the sources zip may hold (wxt.config.ts `zip.includeSources`). */
const ALLOWED_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'README.md',
  'SECURITY.md',
];
const ALLOWED_DIRS = [
  'entrypoints/',
  'components/',
  'content-scripts/',
  'background/',
  'procedure/',
  'lib/',
  'rules/',
  'public/',
];

interface Entry {
  name: string;
  data: () => Buffer;
}

/** The entries of a zip file, read from its central directory (no dependency). */
function zipEntries(file: string): Entry[] {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd, `${file}: pas une archive zip`).toBeGreaterThanOrEqual(0);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.push({
      name,
      data: () => {
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const raw = buf.subarray(start, start + size);
        return method === 0 ? raw : inflateRawSync(raw);
      },
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out.filter((e) => !e.name.endsWith('/'));
}

const zipPath = (suffix: string) => join(ROOT, OUT, `${pkg.name}-${pkg.version}-${suffix}.zip`);

beforeAll(() => {
  for (const args of [['zip'], ['zip', '-b', 'firefox', '--mv3']]) {
    const run = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), args, {
      cwd: ROOT,
      env: { ...process.env, OC_OUT_DIR: OUT },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`wxt ${args.join(' ')} a échoué :\n${run.stdout}\n${run.stderr}`);
  }
}, 180_000);
afterAll(() => rmSync(join(ROOT, OUT), { recursive: true, force: true }));

describe('npm run zip', () => {
  it.each(['chrome', 'firefox'])('makes the %s package, versioned from package.json', (browser) => {
    const file = zipPath(browser);
    expect(existsSync(file), file).toBe(true);
    const entries = zipEntries(file);
    const manifest = entries.find((e) => e.name === 'manifest.json');
    expect(manifest).toBeDefined();
    expect(JSON.parse(manifest!.data().toString('utf8')).version).toBe(pkg.version);
    expect(entries.map((e) => e.name)).toContain('background.js');
    // No source map, no test, nothing of the repo's other folders in a package.
    for (const e of entries) expect(e.name).not.toMatch(/\.map$|\.test\.|^(tests|demo|node_modules)\//);
  });

  it('makes the Firefox sources zip with allowlisted entries only', () => {
    const names = zipEntries(zipPath('sources')).map((e) => e.name);
    for (const n of names) {
      const allowed = ALLOWED_FILES.includes(n) || ALLOWED_DIRS.some((d) => n.startsWith(d));
      expect(allowed, `entrée non autorisée : ${n}`).toBe(true);
      expect(n, n).not.toMatch(
        /(^|\/)(\.tmp|\.output[^/]*|\.git|\.wxt|node_modules|demo|demo-output|tests|test-results)\//,
      );
      expect(n, n).not.toMatch(/\.test\.tsx?$|(^|\/)test-(helpers|fixture)\.tsx?$|(^|\/)\.[^/]+$/);
    }
    // …and enough to rebuild the extension from it.
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'entrypoints/background.ts',
      'lib/model/hosts.ts',
      'background/dossier-service.ts',
      'procedure/checklist/items/index.ts',
    ])
      expect(names).toContain(needed);
  });
});
