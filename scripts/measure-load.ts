/**
 * Time from navigation start to the findings on a demo fiche, in Chromium with the built extension,
 * from the extension's own performance timeline: `oc:scan` (read + judge + mark; its end is when the
 * fields are marked) and `oc:summary` (the summary pill first rendered). Median of N loads (default
 * 15) after one warm-up load.
 * Usage: npx wxt build && npx tsx scripts/measure-load.ts [page.html] [N]
 */
import { demoUrl, launch } from '../tests/support/browser';

const file = process.argv[2] ?? 'client-definition-erreurs.html';
const runs = Number(process.argv[3] ?? 15);

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function main() {
  const session = await launch();
  const tab = await session.context.newPage();
  const rows: { dcl: number; marked: number; scan: number; summary: number }[] = [];
  for (let i = 0; i < runs + 1; i++) {
    await tab.goto(demoUrl(file));
    const read = () =>
      tab.evaluate(() => {
        const scan = performance.getEntriesByName('oc:scan', 'measure')[0];
        const summary = performance.getEntriesByName('oc:summary', 'mark')[0];
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return scan && summary
          ? {
              dcl: nav.domContentLoadedEventEnd,
              marked: scan.startTime + scan.duration,
              scan: scan.duration,
              summary: summary.startTime,
            }
          : null;
      });
    let r = await read();
    for (const deadline = Date.now() + 10_000; !r && Date.now() < deadline; r = await read())
      await tab.waitForTimeout(10);
    if (!r) throw new Error(`${file} : aucun constat affiché en 10 s`);
    if (i > 0) rows.push(r); // the first load warms up
  }
  await session.close();
  const col = (k: keyof (typeof rows)[number]) => rows.map((r) => r[k]);
  const fmt = (xs: number[]) =>
    `médiane ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
  console.log(`${file}, ${runs} chargements (Chromium headless), temps depuis le début de la navigation :`);
  console.log(`  DOMContentLoaded              ${fmt(col('dcl'))}`);
  console.log(`  champs marqués (fin 1re passe) ${fmt(col('marked'))}`);
  console.log(`  résumé affiché                ${fmt(col('summary'))}`);
  console.log(`  durée lecture+contrôle+marque ${fmt(col('scan'))}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
