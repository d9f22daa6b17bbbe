/**
 * The exact boundaries of the planning rules (docs/spec/rules.md, settings defaults in
 * lib/settings/settings.ts): each limit is met exactly (silent), then passed by the smallest step the rows
 * can express (fires). Expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
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
  weekly,
  withNightWeight,
  type Cells,
} from '../../tests/support/planning';

const DUPONT = { client: 'DUPONT Jeanne' };
type Period = { from: string; to: string };

/** Findings of one rule on an AVS planning page read unpaginated over `period`. */
function avsRule(
  rule: string,
  rows: Cells[],
  period: Period,
  o: { volume?: string; settings?: Settings } = {},
) {
  const settings = o.settings ?? DEFAULT_SETTINGS;
  const record = planningRecord('intervenant.planning', rows, { period });
  const contrats = o.volume
    ? [contrat({ 'contrat.employeur': 'DUPONT Jeanne', 'contrat.volumeMensuel': o.volume })]
    : [];
  const avs = intervenant('SA1', { name: 'BERNARD Sophie', contrats, planning: [record] }, settings);
  const dossier = dossierWith({ client: {}, intervenants: [avs], current: 'SA1' }, settings);
  return of(run(avsPlanningRules, record, { dossier, settings }), rule);
}

/** Findings of one rule on a client planning read unpaginated over a year from 02/03/2026. */
function clientRule(rule: string, rows: Cells[], volume?: string) {
  const record = planningRecord('client.planning', rows, {
    period: { from: '2026-03-02', to: '2027-03-01' },
  });
  const intervenants = volume
    ? [
        intervenant('SA1', {
          contrats: [contrat({ 'contrat.employeur': 'DUPONT Jeanne', 'contrat.volumeMensuel': volume })],
        }),
      ]
    : [];
  return of(
    run(clientPlanningRules, record, { dossier: dossierWith({ clientPlanning: [record], intervenants }) }),
    rule,
  );
}

/** Monday to Saturday 9h–17h: 6 × 8 h = 48 h a week. */
const SIX_DAYS: Array<[number, string, string]> = [0, 1, 2, 3, 4, 5].map((d) => [d, '9h00', '17h00']);

describe('planningAvs.moyenne12: 48 h on average over 12 weeks', () => {
  // 12 full weeks, Monday 02/03/2026 to Sunday 24/05/2026.
  const TWELVE = { from: '2026-03-02', to: '2026-05-24' };
  const weeks48 = weekly('2026-03-02', 12, SIX_DAYS, DUPONT);

  it('is silent at exactly 48 h a week', () => {
    expect(avsRule('planningAvs.moyenne12', weeks48, TWELVE)).toEqual([]);
  });
  it('fires one minute above: 12 × 48 h + 1 min, an average of 48 h and 5 s', () => {
    const rows = [...weeks48.slice(0, -1), presta('2026-05-23', '9h00', '17h01', DUPONT)];
    const hits = avsRule('planningAvs.moyenne12', rows, TWELVE);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/^12 semaines du 02\/03\/2026 au 24\/05\/2026 : /);
  });
});

describe('planningAvs.repos35: 35 consecutive hours of rest in the week', () => {
  const TWO_WEEKS = { from: '2026-03-02', to: '2026-03-15' };
  /** Week of 02/03: 8h–20h every day but Wednesday; the rest runs from Tuesday 20h to Thursday `thursday`. */
  const restUntil = (thursday: string) => [
    ...weekly(
      '2026-03-02',
      1,
      [
        [0, '8h00', '20h00'],
        [1, '8h00', '20h00'],
        [3, thursday, '20h00'],
      ],
      DUPONT,
    ),
    ...weekly(
      '2026-03-02',
      1,
      [4, 5, 6].map((d) => [d, '8h00', '20h00']),
      DUPONT,
    ),
    // Week of 09/03: Monday to Friday, then 55 h free to the end of the period read.
    ...weekly(
      '2026-03-09',
      1,
      [0, 1, 2, 3, 4].map((d) => [d, '9h00', '17h00']),
      DUPONT,
    ),
  ];

  it('is silent with exactly 35 h of rest (Tuesday 20h → Thursday 7h)', () => {
    expect(avsRule('planningAvs.repos35', restUntil('7h00'), TWO_WEEKS)).toEqual([]);
  });
  it('fires with 34 h 59 of rest (Thursday from 6h59), in that week only', () => {
    const hits = avsRule('planningAvs.repos35', restUntil('6h59'), TWO_WEEKS);
    expect(hits.map((f) => f.message)).toEqual([
      // 34 h 59 = 34,983… h, shown with two decimals.
      'Semaine du 02/03/2026 : pas de repos de 35 h consécutives (au plus 34,98 h) : prévoir le repos hebdomadaire',
    ]);
  });
});

describe('planningAvs.totalMois: 48 × 4,34 = 208,32 h a month', () => {
  const MARCH = { from: '2026-03-01', to: '2026-03-31' };
  // March 2026 has 26 days other than Sunday (Sundays 1, 8, 15, 22, 29): 26 × 8 h = 208 h.
  const month208 = [
    ...weekly('2026-03-02', 4, SIX_DAYS, DUPONT),
    presta('2026-03-30', '9h00', '17h00', DUPONT),
    presta('2026-03-31', '9h00', '17h00', DUPONT),
  ];
  /** A présence de nuit of `minutes` after 21h on 10/03, weighted 0,4: 48 min count 19,2 min. */
  const presence = (fin: string) =>
    presta('2026-03-10', '21h00', fin, { ...DUPONT, prestation: 'Présence de nuit' });
  const weighted = withNightWeight(0.4);

  it('is an info at exactly 208,32 h (208 h + 48 min × 0,4 = 208 h 19,2 min)', () => {
    const hits = avsRule('planningAvs.totalMois', [...month208, presence('21h48')], MARCH, {
      settings: weighted,
    });
    expect(hits.map((f) => [f.severity, f.message])).toEqual([
      ['info', 'mars 2026 : 208,32 h toutes clientes confondues'],
    ]);
  });
  it('is a warning just above (208 h + 49 min × 0,4 = 208 h 19,6 min)', () => {
    const hits = avsRule('planningAvs.totalMois', [...month208, presence('21h49')], MARCH, {
      settings: weighted,
    });
    expect(hits.map((f) => f.severity)).toEqual(['warning']);
    expect(hits[0]?.message).toBe(
      'mars 2026 : 208,33 h toutes clientes confondues : plus de 208,32 h (48 h × 4,34), alléger le planning',
    );
  });
  it('with whole minutes: 208 h 19 is an info, 208 h 20 a warning', () => {
    const plus = (fin: string) => [...month208, presta('2026-03-10', '18h00', fin, DUPONT)];
    expect(avsRule('planningAvs.totalMois', plus('18h19'), MARCH).map((f) => f.severity)).toEqual(['info']);
    expect(avsRule('planningAvs.totalMois', plus('18h20'), MARCH).map((f) => f.severity)).toEqual([
      'warning',
    ]);
  });
});

/*
 * 10 % gaps. Mondays and Thursdays 9h–12h: 6 h = 360 min a week, × 4,34 = 1 562,4 min a month.
 * A contract of 28 h 56 = 1 736 min differs by 173,6 min = exactly 10 % of it: silent.
 * 28 h 57 = 1 737 min: 174,6 / 1 737 = 10,05 %: fires.
 */
describe('planningAvs.volumeMois: 10 % between planned and contract hours', () => {
  const MARCH = { from: '2026-03-02', to: '2026-03-29' };
  const rows = weekly(
    '2026-03-02',
    4,
    [
      [0, '9h00', '12h00'],
      [3, '9h00', '12h00'],
    ],
    DUPONT,
  );

  it('is silent at exactly 10 %', () => {
    expect(avsRule('planningAvs.volumeMois', rows, MARCH, { volume: '28h56' })).toEqual([]);
  });
  it('fires just above 10 %', () => {
    const [f, ...more] = avsRule('planningAvs.volumeMois', rows, MARCH, { volume: '28h57' });
    expect(more).toEqual([]);
    expect(f?.message).toBe(
      'Chez DUPONT Jeanne : 26,04 h par mois en moyenne, contre 28,95 h d’après le contrat de travail (écart 10 %) : ajuster le planning ou le volume horaire',
    );
  });
});

describe('planning.volume: 10 % between planned and contract hours', () => {
  // 52 weeks from Monday 02/03/2026 (the last visit on Thursday 25/02/2027).
  const visits = weekly('2026-03-02', 52, [
    [0, '9h00', '12h00'],
    [3, '9h00', '12h00'],
  ]);

  it('is silent at exactly 10 %', () => {
    expect(clientRule('planning.volume', visits, '28h56')).toEqual([]);
  });
  it('fires just above 10 %', () => {
    expect(clientRule('planning.volume', visits, '28h57')).toHaveLength(1);
  });
});

describe('planning.horizon: one year less the 7-day tolerance', () => {
  // First prestation 02/03/2026; one year is 02/03/2026 to 01/03/2027 included, less 7 days:
  // 22/02/2027 — the same day a read must reach for the planning to count as complete
  // (planningCoverage), so a planning read whole is never judged shorter than it can be known.
  const first = presta('2026-03-02', '9h00', '12h00');

  it('is silent when the last prestation is exactly at the tolerance (22/02/2027)', () => {
    expect(clientRule('planning.horizon', [first, presta('2027-02-22', '9h00', '12h00')])).toEqual([]);
  });
  it('fires one day earlier (21/02/2027)', () => {
    const hits = clientRule('planning.horizon', [first, presta('2027-02-21', '9h00', '12h00')]);
    expect(hits.map((f) => f.message)).toEqual([
      'Planning sur moins d’un an (du 02/03/2026 au 21/02/2027) : planifier sur 1 an',
    ]);
  });
});
