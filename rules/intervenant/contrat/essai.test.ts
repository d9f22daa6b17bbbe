import { describe, expect, it } from 'vitest';
import { finding, ids } from '../../../tests/support/contracts';
import { NO_PLANNING, run } from '../../../tests/support/contrat-travail';

describe('contrat.essai.missing', () => {
  it('says the procedure requires it', () => {
    expect(finding(run({ essaiDebut: '', essaiFin: '' }), 'contrat.essai.missing')?.message).toContain(
      "exigé par la procédure de l'agence",
    );
  });
  it('is silent when both trial fields are absent (the absent findings say it)', () => {
    const findings = run({ essaiDebut: null, essaiFin: null });
    expect(ids(findings)).toEqual(['contrat.essaiDebut.absent', 'contrat.essaiFin.absent']);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('contrat.essai.duree — CDI', () => {
  const cdi = (start: string, end: string, renouvellement = '') =>
    run(
      { dateDebut: start, essaiDebut: start, essaiFin: end, essaiRenouvellement: renouvellement },
      { dossier: NO_PLANNING },
    ).filter((f) => f.rule === 'contrat.essai.duree');

  it('accepts a trial ending on the last day of the month (01/12 → 31/12)', () => {
    expect(cdi('01/12/2025', '31/12/2025')).toEqual([]);
    expect(cdi('01/12/2025', '01/01/2026').map((f) => f.severity)).toEqual(['warning']);
  });
  it('31/01 + 1 month − 1 day = 28/02, and 29/02 in 2028', () => {
    expect(cdi('31/01/2026', '28/02/2026')).toEqual([]);
    expect(cdi('31/01/2026', '01/03/2026')[0]?.message).toContain('28/02/2026');
    expect(cdi('31/01/2028', '29/02/2028')).toEqual([]);
    expect(cdi('31/01/2028', '01/03/2028')[0]?.message).toContain('29/02/2028');
  });
  it('15/01 + 1 month − 1 day = 14/02', () => {
    expect(cdi('15/01/2026', '14/02/2026')).toEqual([]);
    expect(cdi('15/01/2026', '15/02/2026').map((f) => f.severity)).toEqual(['warning']);
  });
  it('allows a renewed trial up to start + 2 months − 1 day, never beyond', () => {
    expect(cdi('02/03/2026', '01/05/2026', 'Oui')).toEqual([]);
    expect(cdi('02/03/2026', '01/05/2026', 'non').map((f) => f.severity)).toEqual(['warning']);
    expect(cdi('02/03/2026', '02/05/2026', 'Oui').map((f) => f.severity)).toEqual(['error']);
  });
  it('reports a trial ending before it starts', () => {
    expect(cdi('02/03/2026', '01/03/2026').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('contrat.essai.duree — CDD', () => {
  const cdd = (start: string, end: string, essaiFin: string) =>
    run(
      { type: 'CDD', dateDebut: start, dateFin: end, essaiDebut: start, essaiFin },
      { dossier: NO_PLANNING },
    ).filter((f) => f.rule === 'contrat.essai.duree');

  it('caps a CDD of exactly 6 months at 2 weeks', () => {
    expect(cdd('01/01/2026', '30/06/2026', '14/01/2026')).toEqual([]);
    const f = cdd('01/01/2026', '30/06/2026', '15/01/2026');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]?.message).toContain('2 semaines');
  });
  it('gives 1 day per week of a CDD just over 6 months', () => {
    expect(cdd('01/01/2026', '01/07/2026', '26/01/2026')).toEqual([]);
    expect(cdd('01/01/2026', '01/07/2026', '27/01/2026')).toHaveLength(1);
  });
  it('caps a long CDD at 1 month', () => {
    expect(cdd('01/01/2026', '31/12/2026', '31/01/2026')).toEqual([]);
    expect(cdd('01/01/2026', '31/12/2026', '01/02/2026')[0]?.message).toContain('1 mois');
  });
  it('gives 2 days to a 2-week CDD and none to a CDD under a week', () => {
    expect(cdd('02/03/2026', '15/03/2026', '03/03/2026')).toEqual([]);
    expect(cdd('02/03/2026', '15/03/2026', '04/03/2026')).toHaveLength(1);
    expect(cdd('02/03/2026', '04/03/2026', '02/03/2026')[0]?.message).toContain("moins d'une semaine");
  });
  it('is silent without an end date (contrat.cdd.dateFin says it)', () => {
    expect(cdd('02/03/2026', '', '30/03/2026')).toEqual([]);
  });
});
