import { describe, expect, it } from 'vitest';
import type { ContratView, DossierView } from '../../lib/model/dossier';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import {
  dayOfNextMonth,
  dayOfNextYear,
  firstPrestation,
  fridayStrictlyAfter,
  parseTypedDate,
  taskDate,
  trialEnd,
} from './dates';

const S = DEFAULT_SETTINGS;
const TODAY = '2026-11-28';

function row(date: string, statut = 'A réaliser', debut = '9h00') {
  return {
    cells: {
      'prestation.date': date,
      'prestation.debut': debut,
      'prestation.duree': '1h00',
      'prestation.prestation': 'Aide au lever',
      'prestation.intervenant': 'DUBOIS Laura',
      'prestation.statut': statut,
    },
  };
}

/** A dossier whose planning read is whole unless `complete` is false (only part of it read). */
function dossier(
  rows: ReturnType<typeof row>[],
  contrats: Record<string, string>[] = [],
  complete = true,
): DossierView {
  const stamp = { readAt: 1, page: 'client.planning' as const };
  const cv: ContratView[] = contrats.map((value, i) => ({
    key: `c${i}`,
    fields: { value, readAt: 1, page: 'intervenant.contrat' },
  }));
  return {
    client: {
      key: 'name:DURAND JEANNE',
      name: 'DURAND Jeanne',
      planning: { ...stamp, value: { rows, periods: [], complete } },
    },
    intervenants: [{ key: 'code:SA00017', name: 'DUBOIS Laura', contrats: cv }],
  };
}

describe('date helpers', () => {
  it('first Friday strictly after: a Tuesday, a Thursday, a Friday itself, a Saturday', () => {
    expect(fridayStrictlyAfter('2026-12-01')).toBe('2026-12-04'); // mardi
    expect(fridayStrictlyAfter('2026-12-03')).toBe('2026-12-04'); // jeudi
    expect(fridayStrictlyAfter('2026-12-04')).toBe('2026-12-11'); // vendredi → le suivant
    expect(fridayStrictlyAfter('2026-12-05')).toBe('2026-12-11'); // samedi
    expect(fridayStrictlyAfter('2026-12-31')).toBe('2027-01-01'); // jeudi → vendredi de l'année suivante
  });
  it('day of the next month: December → January, clamped to the month end', () => {
    expect(dayOfNextMonth('2026-12-01', 8)).toBe('2027-01-08');
    expect(dayOfNextMonth('2026-12-31', 8)).toBe('2027-01-08');
    expect(dayOfNextMonth('2027-01-31', 8)).toBe('2027-02-08');
    expect(dayOfNextMonth('2027-01-31', 31)).toBe('2027-02-28');
  });
  it('day of the next year', () => {
    expect(dayOfNextYear('2026-12-01', 1, 15)).toBe('2027-01-15');
    expect(dayOfNextYear('2027-01-02', 2, 30)).toBe('2028-02-29');
  });
  it('parses a typed jj/mm/aaaa date, refuses impossible ones', () => {
    expect(parseTypedDate('25/01/2027')).toBe('2027-01-25');
    expect(parseTypedDate('31/02/2027')).toBeNull();
    expect(parseTypedDate('demain')).toBeNull();
  });
});

describe('first prestation', () => {
  it('is the first non-cancelled one, whatever the row order', () => {
    const d = dossier([row('03/12/2026'), row('01/12/2026', 'Annulé'), row('02/12/2026')]);
    expect(firstPrestation(d, S)).toBe('2026-12-02');
  });
  it('is unknown without planning, or when every row is cancelled', () => {
    expect(firstPrestation({ intervenants: [] }, S)).toBeUndefined();
    expect(firstPrestation(dossier([row('01/12/2026', 'Annulé')]), S)).toBeUndefined();
  });
});

describe('task date rules', () => {
  const d = dossier(
    [row('01/12/2026')],
    [{ 'contrat.employeur': 'Mme DURAND Jeanne', 'contrat.essaiFin': '01/02/2027' }],
  );
  const at = (rule: Parameters<typeof taskDate>[0], dv = d, chosen?: string) =>
    taskDate(rule, { dossier: dv, settings: S, today: TODAY, chosenCallDate: chosen });

  it('today', () => expect(at({ kind: 'today' })).toEqual({ iso: TODAY }));
  it('URSSAF: first Friday strictly after the first prestation, also when it is a Friday', () => {
    expect(at({ kind: 'vendrediApresPremierePrestation' })).toEqual({ iso: '2026-12-04' });
    expect(at({ kind: 'vendrediApresPremierePrestation' }, dossier([row('04/12/2026')]))).toEqual({
      iso: '2026-12-11',
    });
  });
  it('Facturation / Paie: end of the first month', () =>
    expect(at({ kind: 'finPremierMois' })).toEqual({ iso: '2026-12-31' }));
  it('Règlement client: the 8th of the next month (December → January)', () =>
    expect(at({ kind: 'jourMoisSuivant', jour: 8 })).toEqual({ iso: '2027-01-08' }));
  it('Suivi client: the settings delay after the first prestation, or the rule’s own', () => {
    expect(at({ kind: 'joursApresPremierePrestation' })).toEqual({ iso: '2026-12-31' });
    expect(at({ kind: 'joursApresPremierePrestation', jours: 60 })).toEqual({ iso: '2027-01-30' });
  });
  it('Crédit d’impôt: 15 January of the next year', () =>
    expect(at({ kind: 'jourAnneeSuivante', mois: 1, jour: 15 })).toEqual({ iso: '2027-01-15' }));
  it('Suivi période d’essai: the call’s date, else trial end − settings delay', () => {
    expect(at({ kind: 'suiviEssai' })).toEqual({ iso: '2027-01-25' });
    expect(at({ kind: 'suiviEssai' }, d, '20/01/2027')).toEqual({ iso: '2027-01-20' });
    expect(at({ kind: 'suiviEssai' }, d, 'pas une date')).toEqual({ iso: '2027-01-25' });
    const s14 = { ...S, delays: { ...S.delays, essaiSuiviJours: 14 } };
    expect(taskDate({ kind: 'suiviEssai' }, { dossier: d, settings: s14, today: TODAY })).toEqual({
      iso: '2027-01-18',
    });
  });
  it('pending without planning or contract', () => {
    const empty: DossierView = { intervenants: [] };
    expect(at({ kind: 'vendrediApresPremierePrestation' }, empty)).toEqual({ pending: 'planning' });
    expect(at({ kind: 'jourMoisSuivant' }, empty)).toEqual({ pending: 'planning' });
    expect(at({ kind: 'suiviEssai' }, empty)).toEqual({ pending: 'contrat' });
    expect(at({ kind: 'today' }, empty)).toEqual({ iso: TODAY });
  });
  it('pending while the planning is read partially: only January 2027 read, first prestation really 01/12/2026', () => {
    const january = dossier([row('04/01/2027'), row('05/01/2027'), row('11/01/2027')], [], false);
    for (const kind of [
      'vendrediApresPremierePrestation',
      'finPremierMois',
      'jourMoisSuivant',
      'joursApresPremierePrestation',
      'jourAnneeSuivante',
    ] as const)
      expect(at({ kind }, january)).toEqual({ pending: 'planningPartiel' });
    // Not derived from the planning: still certain.
    expect(at({ kind: 'today' }, january)).toEqual({ iso: TODAY });
  });
});

describe('trial end', () => {
  it('skips contracts of another employer, prefers the earliest not past', () => {
    const d = dossier(
      [],
      [
        { 'contrat.employeur': 'M. MARTIN Paul', 'contrat.essaiFin': '10/12/2026' },
        { 'contrat.employeur': 'Mme DURAND Jeanne', 'contrat.essaiFin': '01/11/2026' },
        { 'contrat.employeur': 'DURAND Jeanne', 'contrat.essaiFin': '15/01/2027' },
        { 'contrat.essaiFin': '01/02/2027' },
      ],
    );
    expect(trialEnd(d, TODAY)).toBe('2027-01-15');
    expect(trialEnd(d, '2027-03-01')).toBe('2026-11-01');
  });
});
