/**
 * « Dossiers en cours », pure: the dossiers of a store as the panel sees them, the verdict, sort,
 * filter and search. Expected values are worked out by hand from docs/checklist.md (the procedure's
 * lines: 16 fiche client lines, 4 contrat de mandat, 3 planning client, 1 documents).
 */
import { describe, expect, it } from 'vitest';
import type { ChecklistState } from './checklist/status';
import { evaluateChecklist } from './checklist/status';
import { EMPTY_ENTRY } from '../lib/notes/notes';
import { clientUrl, dossiersOf, filterRows, reportHref, sortRows, type DossierRow } from './dossier-list';
import type { DossierData } from '../lib/platform/messages';
import { verdictOf } from './checklist/status';
import { EMPTY_STORE, type DossierStore, type StoredClient } from '../lib/dossier/store';

const T0 = Date.UTC(2026, 10, 28, 9);
const URL_A = 'https://demo-agence.ogust.com/client-definition-conforme.html';

function client(
  key: string,
  name: string,
  lastActivity: number,
  over: Partial<StoredClient> = {},
): StoredClient {
  return {
    key,
    name,
    code: key.replace('code:', ''),
    aliases: [key],
    lastActivity,
    intervenants: [],
    ...over,
  };
}

/** Two clients: DURAND's fiche read without a finding, LEROY's fiche read with one error and one warning. */
function store(): DossierStore {
  return {
    ...EMPTY_STORE,
    clients: {
      'code:CLI00042': client('code:CLI00042', 'Mme DURAND Jeanne', T0, {
        definition: { value: { 'client.nom': 'DURAND' }, readAt: T0, page: 'client.definition', url: URL_A },
        findings: {
          'client.definition': { page: 'client.definition', readAt: T0, url: URL_A, findings: [] },
        },
      }),
      'code:CLI00077': client('code:CLI00077', 'M. LEROY Éric', T0 + 60_000, {
        definition: { value: { 'client.nom': 'LEROY' }, readAt: T0 + 60_000, page: 'client.definition' },
        findings: {
          'client.definition': {
            page: 'client.definition',
            readAt: T0 + 60_000,
            findings: [
              { rule: 'client.nir.key', severity: 'error', message: 'Clé NIR invalide', field: 'client.nir' },
              {
                rule: 'client.email.suspect',
                severity: 'warning',
                message: 'Email à vérifier',
                field: 'client.email',
              },
            ],
          },
        },
      }),
    },
  };
}

const checklist = (d: DossierData) =>
  evaluateChecklist({ dossier: d.dossier, findings: d.findings, pagesRead: d.pagesRead, notes: EMPTY_ENTRY });

describe('dossiersOf', () => {
  it('gives every client dossier, most recent first, with its findings and pages read', () => {
    const list = dossiersOf(store());
    expect(list.map((d) => d.key)).toEqual(['code:CLI00077', 'code:CLI00042']);
    expect(list[0]!.findings.map((f) => f.rule)).toEqual(['client.nir.key', 'client.email.suspect']);
    expect(list[0]!.pagesRead).toEqual([
      { page: 'client.definition', entity: 'code:CLI00077', readAt: T0 + 60_000 },
    ]);
    expect(list[1]!.dossier.client?.name).toBe('Mme DURAND Jeanne');
    expect(list[1]!.lastActivity).toBe(T0);
  });

  it('gives one dossier when asked for it, none for an unknown key', () => {
    expect(dossiersOf(store(), 'code:CLI00042').map((d) => d.key)).toEqual(['code:CLI00042']);
    expect(dossiersOf(store(), 'code:NOPE')).toEqual([]);
    expect(dossiersOf(EMPTY_STORE)).toEqual([]);
  });

  it('counts what the panel counts: an error line, a warning line, 8 lines of unread tabs', () => {
    const [leroy, durand] = dossiersOf(store());
    const l = checklist(leroy!);
    // NIR line in error, contact line to check; mandat (4) + planning (3) + documents (1) unread.
    expect([l.counts.errors, l.counts.warnings, l.counts.unseen]).toEqual([1, 1, 8]);
    expect(verdictOf(l)).toBe('non-conforme');
    const d = checklist(durand!);
    expect([d.counts.errors, d.counts.warnings, d.counts.unseen]).toEqual([0, 0, 8]);
    expect(verdictOf(d)).toBe('incomplet');
  });
});

describe('verdictOf', () => {
  const state = (errors: number, unseen: number, conforme: boolean): ChecklistState => ({
    groups: [],
    counts: { errors, warnings: 0, unseen, done: conforme ? 3 : 2, total: 3 },
    conforme,
  });
  it('says non conforme as soon as an error stands, conforme exactly when the panel does, else incomplet', () => {
    expect(verdictOf(state(1, 0, false))).toBe('non-conforme');
    expect(verdictOf(state(2, 5, false))).toBe('non-conforme');
    expect(verdictOf(state(0, 4, false))).toBe('incomplet');
    // All read, but a warning or a tick left: the panel does not say conforme, neither does the list.
    expect(verdictOf(state(0, 0, false))).toBe('incomplet');
    expect(verdictOf(state(0, 0, true))).toBe('conforme');
  });
});

const row = (over: Partial<DossierRow> & { key: string }): DossierRow => ({
  verdict: 'incomplet',
  errors: 0,
  warnings: 0,
  unseen: 0,
  avs: [],
  lastActivity: 0,
  tasksToCreate: [],
  ...over,
});

const ROWS = [
  row({ key: 'a', name: 'Mme DURAND Jeanne', code: 'CLI00042', verdict: 'conforme', lastActivity: 30 }),
  row({
    key: 'b',
    name: 'M. LEROY Éric',
    code: 'CLI00077',
    verdict: 'non-conforme',
    errors: 1,
    lastActivity: 10,
  }),
  row({ key: 'c', name: 'Mme PETIT Hélène', verdict: 'incomplet', unseen: 4, lastActivity: 20 }),
  row({ key: 'd', name: 'M. BERNARD Luc', verdict: 'non-conforme', errors: 3, lastActivity: 5 }),
];

describe('sort, filter, search', () => {
  it('sorts by verdict (non conforme, incomplet, conforme; more errors first) or by last activity', () => {
    expect(sortRows(ROWS, 'verdict').map((r) => r.key)).toEqual(['d', 'b', 'c', 'a']);
    expect(sortRows(ROWS, 'activity').map((r) => r.key)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('« à traiter » leaves the conforme dossiers out', () => {
    expect(filterRows(ROWS, { toDo: true, search: '' }).map((r) => r.key)).toEqual(['b', 'c', 'd']);
    expect(filterRows(ROWS, { toDo: false, search: '' }).map((r) => r.key)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('searches the name and the code, accents and case aside, every word', () => {
    expect(filterRows(ROWS, { toDo: false, search: 'eric' }).map((r) => r.key)).toEqual(['b']);
    expect(filterRows(ROWS, { toDo: false, search: 'HELENE petit' }).map((r) => r.key)).toEqual(['c']);
    expect(filterRows(ROWS, { toDo: false, search: 'cli00042' }).map((r) => r.key)).toEqual(['a']);
    expect(filterRows(ROWS, { toDo: true, search: 'durand' })).toEqual([]);
  });
});

describe('addresses', () => {
  it('opens the fiche as last read, only over https', () => {
    const [, durand] = dossiersOf(store());
    expect(clientUrl(durand!.dossier)).toBe(URL_A);
    const js = {
      intervenants: [],
      client: {
        key: 'k',
        definition: { value: {}, readAt: 0, page: 'client.definition' as const, url: 'javascript:alert(1)' },
      },
    };
    expect(clientUrl(js)).toBeUndefined();
    expect(clientUrl({ intervenants: [] })).toBeUndefined();
  });

  it('the report of a dossier takes its key in the query', () => {
    expect(reportHref('code:CLI 42&x')).toBe('/rapport.html?dossier=code%3ACLI%2042%26x');
  });
});
