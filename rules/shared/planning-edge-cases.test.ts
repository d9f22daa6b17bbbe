/**
 * Planning rule behaviours that mutation testing (`npm run mutation`) found unpinned: the worst
 * 12-week window named, the accumulated AVS planning used for volumes, the client's first prestation
 * with this AVS, exact messages, and the quiet (never crashing) answers when data is missing.
 * Expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { DossierView } from '../../lib/model/dossier';
import type { Finding, PageRecord } from '../../lib/model/types';
import { avsPlanningRules } from '../intervenant/planning';
import { clientPlanningRules } from '../client/planning';
import {
  contrat,
  dossierWith,
  intervenant,
  of,
  planningRecord,
  presta,
  run,
  stamp,
  weekly,
  type Cells,
} from '../../tests/support/planning';

const DUPONT = { client: 'DUPONT Jeanne' };
const MARTIN = { client: 'MARTIN Paul' };
const YEAR = { from: '2026-03-02', to: '2027-03-01' };
const MARCH = { from: '2026-03-02', to: '2026-03-29' };
/** Mondays and Thursdays 9h–12h: 6 h a week, × 4,34 = 26,04 h a month. */
const TWICE: Array<[number, string, string]> = [
  [0, '9h00', '12h00'],
  [3, '9h00', '12h00'],
];
const volume = (v: string, employeur = 'DUPONT Jeanne', readAt = 5_000) =>
  contrat({ 'contrat.employeur': employeur, 'contrat.volumeMensuel': v }, readAt);
const crashes = (findings: Finding[]) => findings.filter((f) => f.rule.endsWith('.crash'));

const avsPage = (rows: Cells[], period = MARCH, complete = true) =>
  planningRecord('intervenant.planning', rows, { period, complete });
const judgeAvs = (record: PageRecord, dossier: DossierView) => run(avsPlanningRules, record, { dossier });

describe('planningAvs.moyenne12: the worst window', () => {
  it('names the window with the highest average among overlapping ones, and marks them all', () => {
    // Weeks 1–12 at 48 h, week 13 at 60 h, week 14 at 54 h (from Monday 02/03/2026).
    // Window 1–12: 48 h (silent); 2–13: (11 × 48 + 60) / 12 = 49 h; 3–14: (10 × 48 + 60 + 54) / 12 = 49,5 h.
    const six = (debut: string, fin: string) =>
      [0, 1, 2, 3, 4, 5].map((d): [number, string, string] => [d, debut, fin]);
    const rows = [
      ...weekly('2026-03-02', 12, six('9h00', '17h00'), DUPONT),
      ...weekly('2026-05-25', 1, six('8h00', '18h00'), DUPONT),
      ...weekly('2026-06-01', 1, six('9h00', '18h00'), DUPONT),
    ];
    const record = avsPage(rows, { from: '2026-03-02', to: '2026-06-07' });
    const hits = of(judgeAvs(record, dossierWith({})), 'planningAvs.moyenne12');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toBe(
      '12 semaines du 16/03/2026 au 07/06/2026 : 49,5 h par semaine en moyenne (max 48 h) : alléger le planning',
    );
    // Weeks 2 to 14: 13 weeks × 6 rows.
    expect(hits[0]?.rows).toEqual(Array.from({ length: 78 }, (_, i) => i + 6));
  });
});

describe('a prestation given by its Durée (no Fin column)', () => {
  it('lasts that long from its start', () => {
    // Four prestations of 2 h 30 in March: 10 h; none invalid.
    const rows = [2, 9, 16, 23].map((d) =>
      presta(`2026-03-${String(d).padStart(2, '0')}`, '9h00', '', { ...DUPONT, duree: '2h30' }),
    );
    const findings = judgeAvs(avsPage(rows), dossierWith({}));
    expect(of(findings, 'prestation.duree.invalid')).toEqual([]);
    expect(of(findings, 'planningAvs.totalMois').map((f) => f.message)).toEqual([
      'mars 2026 : 10 h toutes clientes confondues (lu du 02/03/2026 au 29/03/2026)',
    ]);
  });
});

describe('planningAvs.volumeMois: the accumulated planning', () => {
  it('judges the whole year read earlier, not only the month on the page', () => {
    // 4 weeks at 6 h, then 48 weeks at 12 h (Mon, Tue, Thu, Fri 9h–12h): 600 h / 52 weeks
    // = 11,538 h a week × 4,34 = 50,08 h a month; against 40 h: 10,08 / 40 = 25 %.
    // (The month on the page alone: 26,04 h, 35 %.)
    const four: Array<[number, string, string]> = [0, 1, 3, 4].map((d) => [d, '9h00', '12h00']);
    const yearRows = [...weekly('2026-03-02', 4, TWICE, DUPONT), ...weekly('2026-03-30', 48, four, DUPONT)];
    const page = avsPage(weekly('2026-03-02', 4, TWICE, DUPONT));
    const avs = intervenant('SA1', { contrats: [volume('40h')], planning: [avsPage(yearRows, YEAR), page] });
    const dossier = dossierWith({ client: {}, intervenants: [avs], current: 'SA1' });
    expect(of(judgeAvs(page, dossier), 'planningAvs.volumeMois').map((f) => f.message)).toEqual([
      'Chez DUPONT Jeanne : 50,08 h par mois en moyenne, contre 40 h d’après le contrat de travail (écart 25 %) : ajuster le planning ou le volume horaire',
    ]);
  });
  it('is silent, without crashing, with no client, no current AVS, or no full week read', () => {
    const page = avsPage(weekly('2026-03-02', 4, TWICE, DUPONT));
    const avs = intervenant('SA1', { contrats: [volume('40h', '')], planning: [page] });
    const noClient = judgeAvs(page, dossierWith({ intervenants: [avs], current: 'SA1' }));
    const noAvs = judgeAvs(page, dossierWith({ client: {}, intervenants: [avs] }));
    const short = avsPage([presta('2026-03-03', '9h00', '12h00', DUPONT)], {
      from: '2026-03-03',
      to: '2026-03-06',
    });
    const shortAvs = intervenant('SA1', { contrats: [volume('40h')], planning: [short] });
    const noWeek = judgeAvs(short, dossierWith({ client: {}, intervenants: [shortAvs], current: 'SA1' }));
    for (const findings of [noClient, noAvs, noWeek]) {
      expect(of(findings, 'planningAvs.volumeMois')).toEqual([]);
      expect(crashes(findings)).toEqual([]);
    }
  });
});

describe('planningAvs.client: the client’s first prestation with this AVS', () => {
  const martinMarch = avsPage(weekly('2026-03-02', 4, TWICE, MARTIN));
  const withClientPlanning = (rows: Cells[]) =>
    dossierWith({
      client: {},
      clientPlanning: [
        planningRecord('client.planning', rows, { period: { from: '2026-01-01', to: '2026-04-30' } }),
      ],
      intervenants: [intervenant('SA1', { name: 'BERNARD Sophie', planning: [martinMarch] })],
      current: 'SA1',
    });

  it('looks for the first prestation with this AVS, not the client’s first one', () => {
    const rows = [
      presta('2026-01-15', '9h00', '12h00', { intervenant: 'PETIT Anne' }),
      presta('2026-03-10', '9h00', '12h00', { intervenant: 'BERNARD Sophie' }),
    ];
    expect(of(judgeAvs(martinMarch, withClientPlanning(rows)), 'planningAvs.client')).toHaveLength(1);
  });
  it('counts a first prestation on the first or the last day of the period read', () => {
    for (const date of ['2026-03-02', '2026-03-29']) {
      const rows = [presta(date, '9h00', '12h00', { intervenant: 'BERNARD Sophie' })];
      expect(of(judgeAvs(martinMarch, withClientPlanning(rows)), 'planningAvs.client')).toHaveLength(1);
    }
  });
  it('says it read the fiche client when there is no client planning', () => {
    const rows = weekly('2026-03-02', 52, TWICE, MARTIN);
    const record = avsPage(rows, YEAR);
    const dossier = dossierWith({
      client: { definition: stamp({ 'client.nom': 'DUPONT' }, 'client.definition', 9_000) },
      intervenants: [intervenant('SA1', { planning: [record] })],
      current: 'SA1',
    });
    expect(of(judgeAvs(record, dossier), 'planningAvs.client').map((f) => f.message)).toEqual([
      'Aucune prestation chez DUPONT Jeanne dans ce planning (d’après la fiche client) : vérifier l’affectation de l’intervenante',
    ]);
  });
  it('is silent, without crashing, when the client has no name', () => {
    const dossier: DossierView = { client: { key: 'k' }, intervenants: [] };
    const findings = judgeAvs(martinMarch, dossier);
    expect(of(findings, 'planningAvs.client')).toEqual([]);
    expect(crashes(findings)).toEqual([]);
  });
});

describe('client planning: messages and empty plannings', () => {
  const judgeClient = (
    rows: Cells[],
    earlier: PageRecord[] = [],
    dossier: Parameters<typeof dossierWith>[0] = {},
  ) => {
    const record = planningRecord('client.planning', rows, { period: YEAR });
    return run(clientPlanningRules, record, {
      dossier: dossierWith({ ...dossier, clientPlanning: [...earlier, record] }),
    });
  };
  const visits = weekly('2026-03-02', 52, TWICE);

  it('a year read with every prestation cancelled: no prestation, no présentation, no crash', () => {
    const findings = judgeClient(
      visits.map((r) => ({ ...r, statut: 'Annulé' })),
      [],
      { intervenants: [intervenant('SA1', { contrats: [volume('40h')] })] },
    );
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'planning.presentation.missing',
        'Aucune présentation au planning : planifier la présentation avant la première prestation',
      ],
      ['planning.horizon', 'Aucune prestation au planning : planifier sur 1 an'],
    ]);
  });
  it('says « Présentation encore en Brouillon » on the row, and with its date when read earlier', () => {
    const brouillon = presta('2026-03-02', '8h00', '9h00', {
      prestation: 'Présentation',
      statut: 'Brouillon',
    });
    const onPage = of(judgeClient([brouillon, ...visits]), 'planning.presentation.notValidated');
    expect(onPage.map((f) => f.message)).toEqual(['Présentation encore en Brouillon : la valider']);
    const earlier = planningRecord('client.planning', [brouillon], {
      period: { from: '2026-03-02', to: '2026-03-02' },
    });
    const elsewhere = of(judgeClient(visits, [earlier]), 'planning.presentation.notValidated');
    expect(elsewhere.map((f) => f.message)).toEqual([
      'Présentation du 02/03/2026 encore en Brouillon : la valider',
    ]);
  });
  it('does not mark the first accumulated row when the présentation read earlier comes after a visit', () => {
    // The page's single row is index 0; the earlier rows follow: the présentation (index 1), then a visit before it.
    const earlier = planningRecord(
      'client.planning',
      [
        presta('2026-03-02', '10h00', '11h00', { prestation: 'Présentation' }),
        presta('2026-03-02', '8h00', '9h00'),
      ],
      { period: { from: '2026-03-02', to: '2026-03-02' } },
    );
    const [f, ...more] = of(judgeClient(visits.slice(1), [earlier]), 'planning.presentation.notFirst');
    expect(more).toEqual([]);
    expect(f?.rows).toBeUndefined();
    expect(f?.targets).toEqual([]);
  });
  it('planning.volume: the planned hours in the message, and « les contrats » for several', () => {
    const dossier = {
      intervenants: [
        intervenant('SA1', { contrats: [volume('20h')] }),
        intervenant('SA2', { contrats: [volume('20h', 'DUPONT Jeanne', 6_000)] }),
      ],
    };
    // 26,04 h against 20 h + 20 h = 40 h: 34,9 %.
    expect(of(judgeClient(visits, [], dossier), 'planning.volume').map((f) => [f.message, f.source])).toEqual(
      [
        [
          'Planning : 26,04 h par mois en moyenne, contre 40 h d’après les contrats de travail (écart 35 %) : ajuster le planning ou le volume horaire',
          { page: 'intervenant.contrat', readAt: 6_000 },
        ],
      ],
    );
  });
});
