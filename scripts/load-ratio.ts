/**
 * Load → idle against its floor, for one or more builds in one run: each build in its own browser with
 * a fresh profile, beside an extension whose content script does nothing (the floor), their loads of
 * the same page taken in turn and the order rotated each round (the method of `npm run bench`'s
 * `loadOverheadVsFloor`, which uses `emptyExtension` and `loadToIdle` from here).
 * Usage: npx wxt build && npx tsx scripts/load-ratio.ts [rounds] [build dir …]
 * (each build dir holds `chrome-mv3`; default: the build of `OC_OUT_DIR`). `PAGE=` names the
 * demo page loaded (default the fiche); `WARM=` lists demo pages (comma-separated) visited first in each build's browser
 * (a dossier already stored, as after a day's work).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { demoUrl } from '../tests/support/browser';
import { browsersFor, buildsOf, median } from './measure-load';

/** From navigation start to the page's first idle callback after `load` (ms). */
export async function loadToIdle(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(
    () => new Promise<number>((r) => requestIdleCallback(() => r(performance.now()), { timeout: 2000 })),
  );
}

/**
 * The floor of the load figures: an extension whose content script, injected into the same frames at
 * the same moment as the one of `extensionDir`, does nothing. What it costs is the browser's, not ours.
 */
export function emptyExtension(extensionDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'oc-empty-ext-'));
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'vide',
      version: '1.0.0',
      permissions: ['storage'],
      host_permissions: manifest.host_permissions,
      background: { service_worker: 'background.js' },
      content_scripts: manifest.content_scripts.map((c: object) => ({ ...c, js: ['content.js'] })),
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), '');
  return dir;
}

async function main() {
  const rounds = Number(process.argv[2] ?? 30);
  const builds = buildsOf(process.argv.slice(3));
  const { sessions, tabs: pages } = await browsersFor([...builds, emptyExtension(builds[0]!)]);
  const floor = pages.length - 1;
  for (const file of process.env.WARM?.split(',').filter(Boolean) ?? [])
    for (const page of pages.slice(0, floor)) {
      await page.goto(demoUrl(file));
      await page.waitForTimeout(1500);
    }
  const url = demoUrl(process.env.PAGE ?? 'client-definition-erreurs.html');
  const times: number[][] = pages.map(() => []);
  const load = [readFileSync('/proc/loadavg', 'utf8').trim()];
  for (let i = 0; i < rounds + 1; i++) {
    const round = new Map<number, number>();
    for (let k = 0; k < pages.length; k++) {
      const arm = (i + k) % pages.length;
      round.set(arm, await loadToIdle(pages[arm]!, url));
    }
    if (i > 0) for (const [arm, t] of round) times[arm]!.push(t); // the first round warms up
  }
  load.push(readFileSync('/proc/loadavg', 'utf8').trim());
  for (const s of sessions) await s.close();
  console.log(`${rounds} tours, charge ${load.join(' → ')}`);
  builds.forEach((dir, b) => {
    const ratios = times[b]!.map((t, i) => t / times[floor]![i]!);
    console.log(
      `${dir} : ÷ plancher ${median(ratios).toFixed(3)}, chargement → repos ${median(times[b]!).toFixed(1)} ms`,
    );
  });
  console.log(`extension vide : chargement → repos ${median(times[floor]!).toFixed(1)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
