/**
 * `npm run demo`: the extension working on its own demo Ogust pages.
 * Opens Chromium with the built extension, visits every demo page under a real Ogust URL, saves a
 * screenshot of each in demo-output/, prints the findings per page and checks them against the
 * page's own comment. With a display, the browser stays open on the demo index until you close it;
 * without one (or with DEMO_HEADLESS=1) it runs headless.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  demoUrl,
  launch,
  recognisedFrame,
  shownFindings,
  summaryOf,
  visitAlone,
} from '../tests/support/browser';
import { DEMO_TODAY, DEMO_USER, demoPages, loadDemoPage } from '../tests/support/demo-pages';

const OUT = resolve(import.meta.dirname, '../demo-output');
const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === '1';

async function main() {
  mkdirSync(OUT, { recursive: true });
  const session = await launch({ headless });
  const tab = await session.context.newPage();
  let mismatches = 0;
  const report: string[] = [];
  console.log(`Dossier conforme — démo (aujourd'hui = ${DEMO_TODAY}, utilisateur = ${DEMO_USER})\n`);

  for (const demo of demoPages()) {
    // Each page alone (its comment's expectations); the dossier walk is a browser test.
    await visitAlone(tab, session.worker, demo.file);
    const shot = resolve(OUT, demo.file.replace(/\.html$/, '.png'));
    if (!demo.page) {
      await tab.waitForTimeout(500);
      const marked = await tab.locator('[data-oc-field]').count();
      await tab.screenshot({ path: shot });
      const ok = marked === 0 && (await tab.locator('[data-oc-summary]').count()) === 0;
      if (!ok) mismatches++;
      console.log(
        `${ok ? '✔' : '✘'} ${demo.file} — ${demo.description}\n    page non reconnue, aucun marquage\n`,
      );
      continue;
    }
    const frame = await recognisedFrame(tab);
    await tab.waitForTimeout(300);
    // Open the summary so the screenshot shows it.
    await frame.locator('[data-oc-summary] button[aria-expanded]').click();
    await tab.screenshot({ path: shot, fullPage: true });
    const summary = await summaryOf(frame);
    const shown = await shownFindings(frame);
    const serious = [...new Set(shown.filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();
    const expected = [...demo.expect].sort();
    const missing = expected.filter((r) => !serious.includes(r));
    const extra = serious.filter((r) => !expected.includes(r));
    const ok = summary.page === demo.page && !missing.length && !extra.length;
    if (!ok) mismatches++;
    console.log(`${ok ? '✔' : '✘'} ${demo.file} — ${demo.description}`);
    console.log(`    page ${summary.page} · ${summary.errors} erreur(s) · ${summary.warnings} à vérifier`);
    const seen = new Set<string>();
    for (const f of shown) {
      const k = `${f.rule}|${f.field}`;
      if (seen.has(k) || (f.severity === 'info' && f.rule.endsWith('.absent'))) continue;
      seen.add(k);
      console.log(`    ${f.severity.padEnd(7)} ${f.rule}  (${f.where === 'inline' ? f.field : 'résumé'})`);
    }
    if (missing.length) console.log(`    ✘ attendus mais absents : ${missing.join(' ')}`);
    if (extra.length) console.log(`    ✘ non attendus : ${extra.join(' ')}`);
    console.log(`    capture : ${shot}\n`);
    report.push(`${demo.file}\t${summary.errors}\t${summary.warnings}\t${serious.join(' ')}`);
  }
  writeFileSync(resolve(OUT, 'findings.tsv'), `page\terreurs\tà vérifier\tconstats\n${report.join('\n')}\n`);
  console.log(
    mismatches
      ? `✘ ${mismatches} page(s) ne correspondent pas à leur commentaire`
      : '✔ Toutes les pages de démo produisent les constats annoncés.',
  );

  if (!headless) {
    console.log('\nLe navigateur reste ouvert sur les pages de démo : fermez-le pour terminer.');
    await tab.goto(demoUrl(loadDemoPage('index.html').file));
    await new Promise<void>((r) => session.context.on('close', () => r()));
  } else await session.close();
  process.exitCode = mismatches ? 1 : 0;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
