/**
 * `npm run bench`: the extension's cost on Ogust pages, in Chromium, from its own performance marks
 * (`oc:read`, `oc:send`, `oc:judge`, `oc:mark`, `oc:scan`, `oc:summary`) and A/B runs without it and
 * with an extension that does nothing (the floor). Each figure is the median
 * of RUNS runs (3 × RUNS for the page load) after a warm-up. Prints a table, then, as its last line, one JSON object with exactly
 * the keys of the performance issue.
 * Not a test: budgets are reported, never asserted here. BENCH_RUNS sets the run count, OC_OUT_DIR the
 * build measured; the machine's load average is printed, as other work on it skews every figure.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  demoUrl,
  EXTENSION_DIR,
  findChromium,
  launch,
  recognisedFrame,
  serveDemoPages,
} from '../tests/support/browser';
import { DEMO_DIR, DEMO_ORIGIN } from '../tests/support/demo-pages';
import { benchStore } from './bench-store';
import { findingsShown } from './measure-load';
import { emptyExtension, loadToIdle } from './load-ratio';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SCALING = [500, 1000, 2000, 5000];
const WALK = [
  'client-definition-erreurs.html',
  'client-definition-conforme.html',
  'client-contrats.html',
  'client-documents.html',
  'intervenant-definition-erreurs.html',
  'contrat-travail-general.html',
  'client-planning.html',
  'intervenant-planning.html',
  'accueil.html',
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** Value at quantile q (linear interpolation between order statistics). */
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
};
/** Min–max and interquartile range. */
const spread = (xs: number[]) =>
  `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} (IQR ${quantile(xs, 0.25).toFixed(2)}–${quantile(xs, 0.75).toFixed(2)})`;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** A client planning of `n` prestations, built from the demo planning's rows (repeated as needed). */
function planningOf(n: number): string {
  const html = readFileSync(resolve(DEMO_DIR, 'client-planning.html'), 'utf8');
  const rows = html.match(/<tr[^>]*>\s*<td>\d{2}\/\d{2}\/\d{4}<\/td>[\s\S]*?<\/tr>/g) ?? [];
  const picked = Array.from({ length: n }, (_, i) => rows[i % rows.length]!);
  const first = html.indexOf(rows[0]!);
  const last = html.lastIndexOf(rows[rows.length - 1]!) + rows[rows.length - 1]!.length;
  return html.slice(0, first) + picked.join('\n') + html.slice(last);
}

/**
 * The extension's main-thread time on the page for its first full scan of the page just loaded:
 * read, send (the message's serialisation), judge (only where the page judges itself) and mark.
 */
async function scanMs(page: Page): Promise<number> {
  const frame = await recognisedFrame(page);
  return frame.evaluate(async () => {
    for (let i = 0; i < 300 && !performance.getEntriesByName('oc:mark').length; i++)
      await new Promise((r) => setTimeout(r, 10));
    // No named function in here: the page runs this code without tsx's helpers.
    let total = 0;
    for (const n of ['oc:read', 'oc:mark'])
      total += performance.getEntriesByName(n, 'measure')[0]?.duration ?? NaN;
    for (const n of ['oc:send', 'oc:judge'])
      total += performance.getEntriesByName(n, 'measure')[0]?.duration ?? 0;
    return total;
  });
}

/**
 * On a planning just scanned: the first read's wait for the background, then the same after one
 * row's status changed (a re-read sends that row only).
 */
async function storeTrips(page: Page): Promise<[number, number]> {
  const frame = await recognisedFrame(page);
  return frame.evaluate(async () => {
    // No named function in here (see scanMs).
    const row = document.querySelector('[data-oc-row]');
    const cells = row?.querySelectorAll('td');
    const last = cells?.[cells.length - 1];
    if (last) last.textContent = last.textContent === 'Brouillon' ? 'Validée' : 'Brouillon';
    for (let i = 0; i < 500 && performance.getEntriesByName('oc:store', 'measure').length < 2; i++)
      await new Promise((r) => setTimeout(r, 10));
    const trips = performance.getEntriesByName('oc:store', 'measure');
    return [trips[0]?.duration ?? NaN, trips[1]?.duration ?? NaN] as [number, number];
  });
}

async function longTasksDuringWalk(page: Page): Promise<number> {
  let count = 0;
  for (const file of WALK) {
    await page.goto(demoUrl(file), { waitUntil: 'load' });
    count += await page.evaluate(
      () =>
        new Promise<number>((resolveCount) => {
          let n = 0;
          new PerformanceObserver((list) => (n += list.getEntries().length)).observe({
            type: 'longtask',
            buffered: true,
          });
          setTimeout(() => resolveCount(n), 1200);
        }),
    );
  }
  return count;
}

/** Chromium without the extension, on a profile of the same kind and with the same switches. */
async function plainContext(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'oc-plain-')), {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: CHROMIUM_ARGS,
  });
  await serveDemoPages(context);
  return context;
}

/** The dossier store with 200 dossiers (scripts/bench-store.ts): its rows and its JSON keys. */
async function storeFigures() {
  const session = await launch();
  try {
    const s = await benchStore(session, RUNS);
    return {
      rows: [
        ['storeWriteMsAt200', round(median(s.storeWriteMsAt200)), spread(s.storeWriteMsAt200)],
        ['  fiche record', round(median(s.storeWriteFicheMsAt200)), spread(s.storeWriteFicheMsAt200)],
        ['storeKBPerDossier', round(s.storeKBPerDossier, 1), ''],
        ['panelOpenMsAt200', round(median(s.panelOpenMsAt200)), spread(s.panelOpenMsAt200)],
        // Not a key of the JSON line: the same panel with one dossier stored (its floor).
        ['  one dossier', round(median(s.panelOpenMsAt1)), spread(s.panelOpenMsAt1)],
      ] as [string, number, string][],
      json: {
        storeWriteMsAt200: round(median(s.storeWriteMsAt200)),
        storeKBPerDossier: round(s.storeKBPerDossier, 1),
        panelOpenMsAt200: round(median(s.panelOpenMsAt200)),
      },
    };
  } finally {
    await session.close();
  }
}

/** `BENCH_ONLY=store`: the dossier store's figures alone. */
async function storeOnly() {
  const loadBefore = loadavg()[0]!;
  const store = await storeFigures();
  console.log(
    `Dossier store — ${RUNS} runs, medians; load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end\n`,
  );
  for (const [k, v, s] of store.rows) console.log(`${k.padEnd(20)}${String(v).padEnd(12)}${s}`);
  console.log(JSON.stringify(store.json));
}

async function main() {
  if (process.env.BENCH_ONLY === 'store') return storeOnly();
  const loadBefore = loadavg()[0]!;
  const session = await launch();
  await session.context.route(`${DEMO_ORIGIN}/bench/planning-*.html`, (route) => {
    const n = Number(/planning-(\d+)\.html/.exec(route.request().url())![1]);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: planningOf(n) });
  });
  const page = await session.context.newPage();

  const repeat = async (f: () => Promise<number>) => {
    await f(); // warm-up
    const xs: number[] = [];
    for (let i = 0; i < RUNS; i++) xs.push(await f());
    return xs;
  };

  const fiche = await repeat(async () => {
    await page.goto(demoUrl('client-definition-erreurs.html'));
    return scanMs(page);
  });
  const planning = await repeat(async () => {
    await page.goto(demoUrl('client-planning.html'));
    return scanMs(page);
  });
  // Page ready → markers and summary shown on the 1,500-row planning (scripts/measure-load.ts).
  const phases: Record<string, number[]> = {};
  const planningFindings = await repeat(async () => {
    await page.goto(demoUrl('client-planning.html'));
    const shown = await findingsShown(await recognisedFrame(page));
    for (const [k, v] of Object.entries(shown?.phases ?? {})) (phases[k] ??= []).push(v);
    return shown?.findingsMs ?? NaN;
  });
  const scaling: Record<string, number> = {};
  const scalingSpread: Record<string, string> = {};
  /** The page's wait for the background (`oc:store`): first read, and a re-read after one row changed. */
  const roundTrip: Record<string, { first: number[]; again: number[] }> = {};
  for (const n of SCALING) {
    const trips = (roundTrip[String(n)] = { first: [] as number[], again: [] as number[] });
    const xs = await repeat(async () => {
      await page.goto(`${DEMO_ORIGIN}/bench/planning-${n}.html`);
      const ms = await scanMs(page);
      const [first, again] = await storeTrips(page);
      trips.first.push(first);
      trips.again.push(again);
      return ms;
    });
    scaling[String(n)] = round(median(xs));
    scalingSpread[String(n)] = spread(xs);
  }

  // From typing a correction to its finding disappearing (observed in the page).
  const edit = await repeat(async () => {
    await page.goto(demoUrl('client-definition-erreurs.html'));
    const frame = await recognisedFrame(page);
    const email = frame.locator('[data-oc-field="client.email"]');
    await email.waitFor();
    await frame.waitForFunction(
      () => document.querySelector('[data-oc-field="client.email"]')?.getAttribute('data-oc-status'),
      null,
      { polling: 10 },
    );
    await frame.evaluate(() => {
      const w = window as unknown as { __edit: { t0?: number; t1?: number } };
      w.__edit = {};
      const el = document.querySelector('[data-oc-field="client.email"]')!;
      document.addEventListener('input', () => (w.__edit.t0 ??= performance.now()), {
        capture: true,
        once: true,
      });
      new MutationObserver((_, obs) => {
        if (!el.hasAttribute('data-oc-status')) {
          w.__edit.t1 = performance.now();
          obs.disconnect();
        }
      }).observe(el, { attributes: true, attributeFilter: ['data-oc-status'] });
    });
    await email.fill('jeanne.martin@gmail.com');
    await frame.waitForFunction(() => (window as unknown as { __edit: { t1?: number } }).__edit.t1, null, {
      polling: 10,
    });
    return frame.evaluate(() => {
      const e = (window as unknown as { __edit: { t0: number; t1: number } }).__edit;
      return e.t1 - e.t0;
    });
  });

  // Script time in an Ogust frame that is no page we recognise.
  const unrelated = await repeat(async () => {
    await page.goto(demoUrl('accueil.html'));
    return page.evaluate(async () => {
      for (let i = 0; i < 200 && !performance.getEntriesByName('oc:scan').length; i++)
        await new Promise((r) => setTimeout(r, 10));
      return performance.getEntriesByName('oc:scan', 'measure').reduce((t, e) => t + e.duration, 0);
    });
  });

  // A/B in the same run: load until idle without and with the extension (and with an extension
  // that does nothing, the floor), each round in a rotated order so that what the machine does
  // meanwhile falls on every arm alike. Each ratio is to the plain load of the same round.
  const plain = await plainContext();
  const plainPage = await plain.newPage();
  const empty = await launch({ extensionDir: emptyExtension(EXTENSION_DIR) });
  const emptyPage = await empty.context.newPage();
  const ratios: number[] = [];
  const floors: number[] = [];
  const vsFloor: number[] = [];
  const loadUrl = demoUrl('client-definition-erreurs.html');
  /** Each arm's load → idle times (ms), for the table. */
  const loadMs = new Map<Page, number[]>();
  const arms = [plainPage, page, emptyPage];
  // A page load varies far more than a scan: three times the runs.
  for (let i = 0; i < 3 * RUNS + 1; i++) {
    const times = new Map<Page, number>();
    for (let k = 0; k < arms.length; k++) {
      const arm = arms[(i + k) % arms.length]!;
      times.set(arm, await loadToIdle(arm, loadUrl));
    }
    if (i === 0) continue;
    for (const [arm, t] of times) (loadMs.get(arm) ?? loadMs.set(arm, []).get(arm)!).push(t);
    ratios.push(times.get(page)! / times.get(plainPage)!);
    floors.push(times.get(emptyPage)! / times.get(plainPage)!);
    vsFloor.push(times.get(page)! / times.get(emptyPage)!);
  }
  await empty.close();
  const longWith = await longTasksDuringWalk(page);
  const longWithout = await longTasksDuringWalk(plainPage);
  await plain.close();
  await session.close();

  const store = await storeFigures();
  const kb = (file: string) => round(statSync(resolve(EXTENSION_DIR, file)).size / 1024, 1);
  const result = {
    ficheScanMs: round(median(fiche)),
    planningScanMs: round(median(planning)),
    planningFindingsMs: round(median(planningFindings)),
    scaling,
    editToFindingsMs: round(median(edit)),
    unrelatedFrameMs: round(median(unrelated), 3),
    loadOverheadRatio: round(median(ratios), 3),
    loadOverheadVsFloor: round(median(vsFloor), 3),
    longTasks: longWith - longWithout,
    contentScriptKB: kb('content-scripts/content.js'),
    uiKB: kb('overlay.js'),
    ...store.json,
  };
  const budget: Record<string, string> = {
    ficheScanMs: '≤ 2',
    planningScanMs: '≤ 15',
    planningFindingsMs: '≤ 100',
    editToFindingsMs: '≤ 100',
    unrelatedFrameMs: '≤ 0.5',
    loadOverheadRatio: '≤ 1.05',
    loadOverheadVsFloor: '≤ 1.03',
    longTasks: '= 0',
    contentScriptKB: '≤ 150',
    storeWriteMsAt200: '≤ 25',
    storeKBPerDossier: '≤ 150',
    panelOpenMsAt200: '≤ 150',
  };
  console.log(
    `Dossier conforme — bench (${RUNS} runs per figure, ${3 * RUNS} for the load, after a warm-up; medians; Chromium headless; ` +
      `load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end)\n`,
  );
  console.log(`${'figure'.padEnd(20)}${'median'.padEnd(12)}${'spread: min–max (IQR)'.padEnd(36)}budget`);
  const rows: [string, number | string, string][] = [
    ['ficheScanMs', result.ficheScanMs, spread(fiche)],
    ['planningScanMs', result.planningScanMs, spread(planning)],
    ['planningFindingsMs', result.planningFindingsMs, spread(planningFindings)],
    ['editToFindingsMs', result.editToFindingsMs, spread(edit)],
    ['unrelatedFrameMs', result.unrelatedFrameMs, spread(unrelated)],
    ['loadOverheadRatio', result.loadOverheadRatio, spread(ratios)],
    // Not a key of the JSON line: the same ratio for an extension that does nothing (see emptyExtension).
    ['  floor (empty ext.)', round(median(floors), 3), spread(floors)],
    ['loadOverheadVsFloor', result.loadOverheadVsFloor, spread(vsFloor)],
    // Not keys of the JSON line: the load → idle times the ratios come from (ms).
    ['  load→idle, without', round(median(loadMs.get(plainPage)!)), spread(loadMs.get(plainPage)!)],
    ['  with empty ext.', round(median(loadMs.get(emptyPage)!)), spread(loadMs.get(emptyPage)!)],
    ['  with ours', round(median(loadMs.get(page)!)), spread(loadMs.get(page)!)],
    ['longTasks', result.longTasks, `${longWith} with − ${longWithout} without`],
    ['contentScriptKB', result.contentScriptKB, ''],
    ['uiKB', result.uiKB, ''],
    ...store.rows,
  ];
  for (const [k, v, s] of rows)
    console.log(`${k.padEnd(20)}${String(v).padEnd(12)}${s.padEnd(36)}${budget[k] ?? ''}`);
  // Where planningFindingsMs goes (scripts/measure-load.ts), the warm-up run included; `own`: from
  // the extension's script started to the findings shown (the rest is the browser's document_idle).
  console.log(
    `${'  phases'.padEnd(20)}${Object.entries(phases)
      .map(([k, xs]) => `${k} ${round(median(xs), 1)}`)
      .join(', ')}`,
  );
  for (const n of SCALING)
    console.log(`${`scaling ${n} rows`.padEnd(20)}${String(scaling[n]).padEnd(12)}${scalingSpread[n]}`);
  // The warm-up run left out.
  const trip = (xs: number[]) => `${round(median(xs.slice(1)))} (${spread(xs.slice(1))})`;
  for (const n of SCALING)
    console.log(
      `${`store wait ${n}`.padEnd(20)}first read ${trip(roundTrip[n]!.first)}; re-read, one row changed ${trip(roundTrip[n]!.again)}`,
    );
  console.log(JSON.stringify(result));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
