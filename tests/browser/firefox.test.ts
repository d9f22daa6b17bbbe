/**
 * Firefox (the browser Ogust recommends): the Firefox MV3 build in Firefox ESR, on every recognised
 * demo page, each judged alone on a fresh install. The reference is the same reader and rules run
 * in jsdom with Firefox's own « today » (BiDi cannot pin `oc.debug.today` in Firefox's extension
 * storage), so this checks that Firefox reads, judges and shows exactly what the code computes.
 */
// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../content-scripts/read/page-reader';
import { parisDate } from '../../lib/time/clock';
import { dossierFor, EMPTY_STORE, mergeRecord } from '../../lib/dossier/store';
import { parseSettings } from '../../lib/settings/settings';
import { judgePage } from '../../rules';
import { DEMO_ORIGIN, demoPages } from '../support/demo-pages';
import { firefoxSummary, launchFirefox, type FirefoxSession } from '../support/firefox';
import { LIST_VARIANTS, VARIANT_BASE } from '../support/list-variants';

const settings = parseSettings({});
let ff: FirefoxSession;

beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

/** The shown findings once the second judgement (with the dossier store's reply) has landed. */
async function settled(): Promise<Awaited<ReturnType<typeof firefoxSummary>>> {
  let last = await firefoxSummary(ff.page);
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const next = await firefoxSummary(ff.page);
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}

/** What the reader and rules compute in jsdom for a demo page, errors and warnings. */
function computed(demo: { file: string; html: string }, today: string) {
  const doc = new DOMParser().parseFromString(demo.html, 'text/html');
  const read = readDocument(doc, settings, `${DEMO_ORIGIN}/${demo.file}`)!;
  const merged = mergeRecord(EMPTY_STORE, read.record, { readAt: Date.now() });
  return judgePage(read.record, settings, today, {
    dossier: dossierFor(merged.store, merged.kind, merged.key),
  }).filter((f) => f.severity !== 'info');
}

/** The same rules shown as computed, and the summary's counts matching them. */
function expectShown(
  shown: Awaited<ReturnType<typeof firefoxSummary>>,
  expected: ReturnType<typeof computed>,
) {
  const serious = shown.shown.filter((f) => f.severity !== 'info').map((f) => f.rule);
  expect([...new Set(serious)].sort()).toEqual([...new Set(expected.map((f) => f.rule))].sort());
  expect(shown.errors).toBe(expected.filter((f) => f.severity === 'error').length);
  expect(shown.warnings).toBe(expected.filter((f) => f.severity === 'warning').length);
}

describe.each(demoPages().filter((d) => d.page))('Firefox: $file', (demo) => {
  it('shows what the rules compute, with matching counts', async () => {
    await ff.reinstall();
    const today = parisDate();
    await ff.page.goto(`${DEMO_ORIGIN}/${demo.file}`);
    const shown = await settled();
    const expected = computed(demo, today);

    expect(shown.page).toBe(demo.page);
    expectShown(shown, expected);
    // Firefox opens its sidebar only from its own UI: the pill says how instead of a button.
    expect(shown.text).toContain('icône Dossier conforme');
  });
});

// The demo planning in other markups (tests/support/list-variants.ts): Firefox reads each as the
// original page, whichever read path its layout allows.
describe.each(LIST_VARIANTS)('Firefox: the demo planning as $name', (variant) => {
  it('shows the findings of the original page, with matching counts', async () => {
    await ff.reinstall();
    const today = parisDate();
    await ff.page.goto(`${DEMO_ORIGIN}/variantes/${variant.name}`);
    const shown = await settled();
    const expected = computed(VARIANT_BASE, today);

    expect(shown.page).toBe(VARIANT_BASE.page);
    expectShown(shown, expected);
  });
});
