// @vitest-environment jsdom
/**
 * Two-digit years across the year change (issue « Trustworthy on real data »): the century is
 * decided from today (lib/time/clock.ts) for every caller — planning cells, the period « du … au … »,
 * task dates, contract dates — and birth dates stay in the past. Expected values worked out by hand:
 * 28/12/2026 is a Monday (01/12/2026 is a Tuesday), so the first Friday after it is 01/01/2027.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPeriod } from '../../content-scripts/read/list-reader';
import { readDocument } from '../../content-scripts/read/page-reader';
import { judgePage } from '../../rules';
import { contractDate } from '../../rules/shared/contracts';
import { planningCoverage } from '../../lib/planning/weeks';
import { checkBirthDate } from '../../lib/validators/birth-date';
import { clock, resolveToday } from '../../lib/time/clock';
import type { DossierView } from '../../lib/model/dossier';
import { parseDate } from '../../lib/text/normalize';
import { dossierFor, EMPTY_STORE, mergeRecord } from '../../lib/dossier/store';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings/settings';
import { taskDate } from '../../procedure/tasks/dates';
import { DEMO_ORIGIN, loadDemoPage } from '../support/demo-pages';

const TODAY = '2026-11-28';
const realNow = clock.now;

beforeEach(() => {
  // Noon in Paris on 28/11/2026: the clock's today, not pinned.
  clock.now = () => Date.UTC(2026, 10, 28, 11);
  resolveToday(undefined);
});
afterEach(() => {
  clock.now = realNow;
  resolveToday(undefined);
});

function row(date: string) {
  return {
    cells: {
      'prestation.date': date,
      'prestation.debut': '9h00',
      'prestation.duree': '1h00',
      'prestation.prestation': 'Aide au lever',
      'prestation.intervenant': 'DUBOIS Laura',
      'prestation.statut': 'A réaliser',
    },
  };
}

function dossier(dates: string[]): DossierView {
  const rows = dates.map(row);
  return {
    client: {
      key: 'name:DURAND JEANNE',
      name: 'DURAND Jeanne',
      planning: {
        readAt: 1,
        page: 'client.planning',
        value: { rows, periods: [{ from: '2026-12-01', to: '2027-11-30' }], complete: true },
      },
    },
    intervenants: [],
  };
}

describe('two-digit years: the century from today', () => {
  it('a planning date just after the year change is next year, not 1927', () => {
    expect(parseDate('28/12/26')).toBe('2026-12-28');
    expect(parseDate('04/01/27')).toBe('2027-01-04');
  });

  it('URSSAF and Règlement from a planning 28/12/26 … 04/01/27 are 01/01/2027 and 08/01/2027', () => {
    const inputs = { dossier: dossier(['28/12/26', '04/01/27']), settings: DEFAULT_SETTINGS, today: TODAY };
    expect(taskDate({ kind: 'vendrediApresPremierePrestation' }, inputs)).toEqual({ iso: '2027-01-01' });
    expect(taskDate({ kind: 'jourMoisSuivant', jour: 8 }, inputs)).toEqual({ iso: '2027-01-08' });
  });

  it('a period « du 01/12/26 au 30/11/27 » is read and covers one year: complete', () => {
    document.body.innerHTML = '<p>Période : du 01/12/26 au 30/11/27</p>';
    const { period } = readPeriod(document, ['Période : du 01/12/26 au 30/11/27']);
    expect(period).toEqual({ from: '2026-12-01', to: '2027-11-30' });
    const coverage = planningCoverage({ rows: [row('01/12/26')], periods: [period!] }, DEFAULT_SETTINGS);
    expect(coverage.complete).toBe(true);
  });

  it('a contract date two years ahead is ahead', () => {
    expect(contractDate('01/02/28', TODAY)).toBe('2028-02-01');
  });

  it('the window is [today − 80 years, today + 20 years)', () => {
    expect(parseDate('28/11/46')).toBe('1946-11-28');
    expect(parseDate('27/11/46')).toBe('2046-11-27');
    expect(parseDate('01/01/00')).toBe('2000-01-01');
  });

  it('follows the day pinned for tests and the demo (oc.debug.today)', () => {
    resolveToday('2030-06-01');
    expect(parseDate('01/06/50')).toBe('1950-06-01');
    expect(parseDate('31/05/50')).toBe('2050-05-31');
    resolveToday(undefined);
    expect(parseDate('31/05/50')).toBe('1950-05-31');
  });

  it('a birth date is in the 100 years up to today: a 92-year-old born 12/03/34', () => {
    expect(checkBirthDate('12/03/34', TODAY)).toEqual({ ok: true, iso: '1934-03-12' });
    expect(parseDate('12/03/34', { today: TODAY, past: true })).toBe('1934-03-12');
    expect(parseDate('28/11/26', { today: TODAY, past: true })).toBe('2026-11-28');
    expect(parseDate('29/11/26', { today: TODAY, past: true })).toBe('1926-11-29');
  });
});

describe('the demo page client-planning-annees-courtes.html, read end to end', () => {
  it('is a complete planning from 28/12/2026; its task dates are in 2027', () => {
    const demo = loadDemoPage('client-planning-annees-courtes.html');
    const settings = parseSettings({ userName: 'Camille Martin' });
    const doc = new DOMParser().parseFromString(demo.html, 'text/html');
    const read = readDocument(doc, settings, `${DEMO_ORIGIN}/${demo.file}`)!;
    expect(read.record.list?.period).toEqual({ from: '2026-12-28', to: '2027-12-27' });
    const merged = mergeRecord(EMPTY_STORE, read.record, { readAt: 1 });
    const dossier = dossierFor(merged.store, merged.kind, merged.key);
    expect(dossier.client?.planning?.value.complete).toBe(true);
    const rules = judgePage(read.record, settings, TODAY, { dossier }).map((f) => f.rule);
    expect(rules).not.toContain('planning.partiel');
    expect(rules).toContain('planning.presentation.notFirst');
    const at = (rule: Parameters<typeof taskDate>[0]) => taskDate(rule, { dossier, settings, today: TODAY });
    expect(at({ kind: 'vendrediApresPremierePrestation' })).toEqual({ iso: '2027-01-01' });
    expect(at({ kind: 'finPremierMois' })).toEqual({ iso: '2026-12-31' });
    expect(at({ kind: 'jourMoisSuivant', jour: 8 })).toEqual({ iso: '2027-01-08' });
    expect(at({ kind: 'jourAnneeSuivante', mois: 1, jour: 15 })).toEqual({ iso: '2027-01-15' });
  });
});
