/**
 * Time from a demo page ready to its findings shown, in Chromium with the built extension, from the
 * page's navigation timing and the extension's own performance timeline: `oc:mark` (the fields and
 * rows marked; the first one of a list page comes with the background's findings) and `oc:summary`
 * (the summary pill first rendered). Median of N loads (default 15) after one warm-up load.
 * `npm run bench` uses `findingsShown` for `planningFindingsMs`.
 * Usage: npx wxt build && npx tsx scripts/measure-load.ts [page.html] [N] [build dir …]
 * With several build dirs (each holding `chrome-mv3`, e.g. `.output-a .output-b`): one browser per
 * build, their loads alternated in the same run (an A/B under the same machine load). Without one:
 * the build of `OC_OUT_DIR` (default `.output`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { demoUrl, EXTENSION_DIR, launch, recognisedFrame } from '../tests/support/browser';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface FindingsShown {
  /** DOMContentLoaded ended: the page is ready (ms since navigation start). */
  dcl: number;
  /** The first marking ended: fields and rows outlined. */
  marked: number;
  /** The summary first rendered. */
  summary: number;
  /** Page ready → markers and summary both shown. */
  findingsMs: number;
  /**
   * Where that time goes: page ready → content script started (the browser's `document_idle`), its
   * settings loaded (`oc:env`), the page read (`oc:read`), the background's answer (`oc:store`),
   * then the markers and the summary (the overlay UI, requested right after the read). `overlay`:
   * page ready → the overlay UI's script started (NaN when it does not mark it).
   */
  phases: {
    inject: number;
    /** What the extension controls: its content script started → markers and summary shown. */
    own: number;
    env: number;
    read: number;
    /** The page's share of sending the record (`oc:send`) and of marking the fields and rows (`oc:mark`). */
    send: number;
    mark: number;
    store: number;
    shown: number;
    overlay: number;
  };
}

/** On the page just loaded in `frame`: when its findings were shown (null: not within 10 s). */
export async function findingsShown(frame: Frame | Page): Promise<FindingsShown | null> {
  return frame.evaluate(async () => {
    for (let i = 0; i < 1000; i++) {
      const mark = performance.getEntriesByName('oc:mark', 'measure')[0];
      const summary = performance.getEntriesByName('oc:summary', 'mark')[0];
      if (mark && summary) {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const marked = mark.startTime + mark.duration;
        const dcl = nav.domContentLoadedEventEnd;
        const shown = Math.max(marked, summary.startTime);
        const store = performance.getEntriesByName('oc:store', 'measure')[0];
        const started = performance.getEntriesByName('oc:start', 'mark')[0]?.startTime ?? NaN;
        return {
          dcl,
          marked,
          summary: summary.startTime,
          findingsMs: shown - dcl,
          phases: {
            inject: started - dcl,
            own: shown - started,
            env: performance.getEntriesByName('oc:env', 'measure')[0]?.duration ?? NaN,
            read: performance.getEntriesByName('oc:read', 'measure')[0]?.duration ?? NaN,
            send: performance.getEntriesByName('oc:send', 'measure')[0]?.duration ?? NaN,
            mark: mark.duration,
            store: store?.duration ?? NaN,
            shown: store ? shown - store.startTime - store.duration : NaN,
            overlay: (performance.getEntriesByName('oc:overlay', 'mark')[0]?.startTime ?? NaN) - dcl,
          },
        };
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    return null;
  });
}

/** The builds named on a command line (each dir holding `chrome-mv3`), else the one of `OC_OUT_DIR`. */
export const buildsOf = (dirs: readonly string[]): string[] =>
  dirs.length ? dirs.map((d) => resolve(d, 'chrome-mv3')) : [EXTENSION_DIR];

/** One browser per unpacked extension, each with a tab, in the same order. */
export async function browsersFor(extensionDirs: readonly string[]) {
  const sessions = [];
  for (const extensionDir of extensionDirs) sessions.push(await launch({ extensionDir }));
  return { sessions, tabs: await Promise.all(sessions.map((s) => s.context.newPage())) };
}

async function main() {
  const file = process.argv[2] ?? 'client-definition-erreurs.html';
  const runs = Number(process.argv[3] ?? 15);
  const builds = buildsOf(process.argv.slice(4));
  const { sessions, tabs } = await browsersFor(builds);
  const rows: FindingsShown[][] = builds.map(() => []);
  const load = [readFileSync('/proc/loadavg', 'utf8').trim()];
  for (let i = 0; i < runs + 1; i++) {
    // Alternate the order too: neither build always loads right after the other.
    const order = builds.map((_, b) => b);
    if (i % 2) order.reverse();
    for (const b of order) {
      await tabs[b]!.goto(demoUrl(file));
      const r = await findingsShown(await recognisedFrame(tabs[b]!));
      if (!r) throw new Error(`${file} : aucun constat affiché en 10 s`);
      if (i > 0) rows[b]!.push(r); // the first load warms up
    }
  }
  load.push(readFileSync('/proc/loadavg', 'utf8').trim());
  for (const s of sessions) await s.close();
  const fmt = (xs: number[]) =>
    `médiane ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
  console.log(`${file}, ${runs} chargements par build (Chromium headless), charge ${load.join(' → ')}`);
  builds.forEach((dir, b) => {
    const col = (k: Exclude<keyof FindingsShown, 'phases'>) => rows[b]!.map((r) => r[k]);
    const phase = (k: keyof FindingsShown['phases']) => rows[b]!.map((r) => r.phases[k]);
    console.log(`${dir} — temps depuis le début de la navigation :`);
    console.log(`  DOMContentLoaded (page prête)     ${fmt(col('dcl'))}`);
    console.log(`  champs et lignes marqués          ${fmt(col('marked'))}`);
    console.log(`  résumé affiché                    ${fmt(col('summary'))}`);
    console.log(`  page prête → constats affichés    ${fmt(col('findingsMs'))}`);
    console.log(`    dont script de contenu lancé    ${fmt(phase('inject'))}`);
    // What the extension controls: the browser picks when it injects the script (document_idle).
    console.log(`    script lancé → constats         ${fmt(phase('own'))}`);
    console.log(`    dont réglages chargés           ${fmt(phase('env'))}`);
    console.log(`    dont lecture                    ${fmt(phase('read'))}`);
    console.log(`    dont envoi (part de la page)    ${fmt(phase('send'))}`);
    console.log(`    dont réponse du service         ${fmt(phase('store'))}`);
    console.log(`    puis marques et résumé          ${fmt(phase('shown'))}`);
    console.log(`      dont marquage                 ${fmt(phase('mark'))}`);
    console.log(`  page prête → interface lancée     ${fmt(phase('overlay'))}`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
