// @vitest-environment jsdom
/**
 * A client planning read month by month, as Ogust shows it one month at a time: the dossier store
 * adds each month's period to what it covers, and `planning.partiel` is the info until a year from
 * the first prestation is covered. The months are Mme DURAND's: January and February 2027 are the
 * demo pages (client-planning-mois-janvier.html, client-planning-mois-fevrier.html), the other months
 * are cut out of her year page (client-planning.html), which is also the reference for the rows
 * stored once the twelve months are read.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../content-scripts/read/page-reader';
import type { PlanningView } from '../../lib/model/dossier';
import { dossierFor, EMPTY_STORE, mergeRecord, type DossierStore } from '../../lib/dossier/store';
import { parseSettings } from '../../lib/settings/settings';
import type { Finding } from '../../lib/model/types';
import { judgePage } from '../../rules';
import { DEMO_ORIGIN, DEMO_TODAY, DEMO_USER, loadDemoPage } from '../support/demo-pages';

const settings = parseSettings({ userName: DEMO_USER });
const YEAR = loadDemoPage('client-planning.html');
const YEAR_PERIOD = '<span class="periode">Période : du 01/12/2026 au 30/11/2027</span>';
const ROW = /<tr class="[^"]*"><td>\d\d\/(\d\d)\/(\d{4})<\/td>.*<\/tr>\n/g;

/** Each month's last day (dd/mm/yyyy), December 2026 to November 2027. */
const MONTHS: { mm: string; yyyy: string; last: string; file?: string }[] = [
  { mm: '12', yyyy: '2026', last: '31/12/2026' },
  { mm: '01', yyyy: '2027', last: '31/01/2027', file: 'client-planning-mois-janvier.html' },
  { mm: '02', yyyy: '2027', last: '28/02/2027', file: 'client-planning-mois-fevrier.html' },
  { mm: '03', yyyy: '2027', last: '31/03/2027' },
  { mm: '04', yyyy: '2027', last: '30/04/2027' },
  { mm: '05', yyyy: '2027', last: '31/05/2027' },
  { mm: '06', yyyy: '2027', last: '30/06/2027' },
  { mm: '07', yyyy: '2027', last: '31/07/2027' },
  { mm: '08', yyyy: '2027', last: '31/08/2027' },
  { mm: '09', yyyy: '2027', last: '30/09/2027' },
  { mm: '10', yyyy: '2027', last: '31/10/2027' },
  { mm: '11', yyyy: '2027', last: '30/11/2027' },
];
/** dd/mm/yyyy → yyyy-mm-dd. */
const iso = (fr: string) => fr.split('/').reverse().join('-');

/** The month's page: a demo page, or the year page with only the month's rows and period. */
function monthHtml(m: (typeof MONTHS)[number]): string {
  if (m.file) return loadDemoPage(m.file).html;
  expect(YEAR.html).toContain(YEAR_PERIOD);
  return YEAR.html
    .replace(YEAR_PERIOD, `<span class="periode">Période : du 01/${m.mm}/${m.yyyy} au ${m.last}</span>`)
    .replace(ROW, (tr, mm: string, yyyy: string) => (mm === m.mm && yyyy === m.yyyy ? tr : ''));
}

interface Step {
  findings: Finding[];
  planning: PlanningView;
  store: DossierStore;
}

/** Read a page into the store and judge it with the dossier as accumulated. */
function visit(store: DossierStore, html: string, file: string, readAt: number): Step {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const read = readDocument(doc, settings, `${DEMO_ORIGIN}/${file}`);
  expect(read?.page).toBe('client.planning');
  const merged = mergeRecord(store, read!.record, { readAt });
  const dossier = dossierFor(merged.store, merged.kind, merged.key);
  return {
    findings: judgePage(read!.record, settings, DEMO_TODAY, { dossier }),
    planning: dossier.client!.planning!.value,
    store: merged.store,
  };
}

const serious = (fs: Finding[]) =>
  [...new Set(fs.filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();
const rowKeys = (p: PlanningView) => p.rows.map((r) => JSON.stringify(r.cells)).sort();

describe('a client planning read month by month', () => {
  const steps: Step[] = [];
  let store = EMPTY_STORE;
  MONTHS.forEach((m, i) => {
    const step = visit(store, monthHtml(m), m.file ?? `mois-${m.yyyy}-${m.mm}.html`, i + 1);
    steps.push(step);
    store = step.store;
  });

  it('shows each month’s own row findings', () => {
    // client-planning.html's deliberate errors, month by month: two rows without intervenant on
    // 17/01/2027, a « 0h » Durée on 15/02/2027, three Brouillon rows on 22–24/11/2027.
    expect(steps.map((s) => serious(s.findings))).toEqual([
      [],
      ['planning.intervenant.missing'],
      ['prestation.duree.invalid'],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      ['planning.brouillon'],
    ]);
  });

  it('adds each month to the period covered', () => {
    expect(steps.map((s) => s.planning.periods)).toEqual(
      MONTHS.map((m) => [{ from: '2026-12-01', to: iso(m.last) }]),
    );
  });

  it('says « lu partiellement » with the period covered until a year is read, then no more', () => {
    expect(steps.map((s) => s.planning.complete)).toEqual([...Array(11).fill(false), true]);
    steps.forEach((s, i) => {
      const partiel = s.findings.filter((f) => f.rule === 'planning.partiel');
      if (i < 11) {
        expect(partiel, MONTHS[i]!.last).toHaveLength(1);
        expect(partiel[0]!.message).toContain(`du 01/12/2026 au ${MONTHS[i]!.last}`);
      } else expect(partiel).toEqual([]);
    });
  });

  it('stores, once the twelve months are read, the rows of the year page', () => {
    const last = steps[steps.length - 1]!.planning;
    // « 1 486 interventions, toutes affichées » on client-planning.html.
    expect(last.rows).toHaveLength(1486);
    const year = visit(EMPTY_STORE, YEAR.html, YEAR.file, 0).planning;
    expect(rowKeys(last)).toEqual(rowKeys(year));
    expect(last.periods).toEqual(year.periods);
  });

  it('reads February alone as one month, partial', () => {
    const alone = visit(EMPTY_STORE, monthHtml(MONTHS[2]!), 'client-planning-mois-fevrier.html', 0);
    expect(alone.planning.periods).toEqual([{ from: '2027-02-01', to: '2027-02-28' }]);
    expect(alone.findings.find((f) => f.rule === 'planning.partiel')?.message).toContain(
      'du 01/02/2027 au 28/02/2027',
    );
  });
});
