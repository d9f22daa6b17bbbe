import { describe, expect, it } from 'vitest';
import type { ClientView } from '../../lib/model/dossier';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import type { Finding } from '../../lib/model/types';
import { avsPlanningRules } from './planning';
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
  withNightWeight,
  type Cells,
} from '../../tests/support/planning';
import { addDays } from '../../lib/time/dates';

const DUPONT = { client: 'DUPONT Jeanne' };
const MARTIN = { client: 'MARTIN Paul' };
/** Four full weeks, 02/03/2026 → 29/03/2026 (the last one holds the spring change). */
const MARCH = { from: '2026-03-02', to: '2026-03-29' };
const TWO_WEEKS = { from: '2026-03-02', to: '2026-03-15' };
/** Monday to Friday 9h–17h: 40 h, weekend free. */
const OFFICE: Array<[number, string, string]> = [0, 1, 2, 3, 4].map((d) => [d, '9h00', '17h00']);

interface JudgeOptions {
  period?: { from: string; to: string };
  complete?: boolean;
  settings?: Settings;
  contrats?: ReturnType<typeof contrat>[];
  /** Earlier reads of this AVS's planning (the page is added). */
  earlier?: ReturnType<typeof planningRecord>[];
  client?: Partial<ClientView> | null;
  clientPlanning?: ReturnType<typeof planningRecord>[];
}

function judgeAvs(rows: Cells[], o: JudgeOptions = {}): Finding[] {
  const settings = o.settings ?? DEFAULT_SETTINGS;
  const record = planningRecord('intervenant.planning', rows, {
    period: o.period ?? MARCH,
    complete: o.complete ?? true,
  });
  const avs = intervenant(
    'SA1',
    { name: 'BERNARD Sophie', contrats: o.contrats ?? [], planning: [...(o.earlier ?? []), record] },
    settings,
  );
  const dossier = dossierWith(
    {
      ...(o.client === null ? {} : { client: o.client ?? {} }),
      ...(o.clientPlanning ? { clientPlanning: o.clientPlanning } : {}),
      intervenants: [avs],
      current: 'SA1',
    },
    settings,
  );
  return run(avsPlanningRules, record, { dossier, settings });
}

const office = (weeks: number, extra: Cells = DUPONT) => weekly('2026-03-02', weeks, OFFICE, extra);

it('a quiet month (40 h a week, weekends free) has only the monthly total and the partial-read info', () => {
  const findings = judgeAvs(office(4));
  expect(findings.map((f) => [f.rule, f.severity])).toEqual([
    ['planningAvs.totalMois', 'info'],
    ['planningAvs.partiel', 'info'],
  ]);
  expect(of(findings, 'planningAvs.totalMois')[0]?.message).toBe(
    'mars 2026 : 160 h toutes clientes confondues (lu du 02/03/2026 au 29/03/2026)',
  );
});

describe('required columns', () => {
  it('reports an absent Client column', () => {
    const record = planningRecord('intervenant.planning', office(1), {
      period: MARCH,
      columns: ['date', 'debut', 'fin', 'prestation', 'statut'],
    });
    expect(of(run(avsPlanningRules, record), 'prestation.client.absent')[0]?.severity).toBe('warning');
  });
});

describe('planningAvs.chevauchement', () => {
  it('marks both rows of an overlap and names the other one', () => {
    const rows = [
      presta('2026-03-12', '8h00', '10h00', DUPONT),
      presta('2026-03-12', '9h00', '11h00', MARTIN),
      presta('2026-03-12', '11h00', '12h00', MARTIN),
    ];
    const hits = of(judgeAvs(rows), 'planningAvs.chevauchement');
    expect(hits.map((f) => f.rows)).toEqual([[0], [1]]);
    expect(hits[0]).toMatchObject({ severity: 'error', field: 'prestation' });
    expect(hits[0]?.message).toContain('chevauche la prestation du 12/03/2026 9h00 chez MARTIN Paul');
    expect(hits[1]?.message).toContain('chevauche la prestation du 12/03/2026 8h00 chez DUPONT Jeanne');
  });
  it('does not count touching prestations (8–10 then 10–12)', () => {
    const rows = [presta('2026-03-12', '8h', '10h', DUPONT), presta('2026-03-12', '10h', '12h', MARTIN)];
    expect(of(judgeAvs(rows), 'planningAvs.chevauchement')).toEqual([]);
  });
  it('ignores a cancelled prestation overlapping an active one', () => {
    const rows = [
      presta('2026-03-12', '8h', '10h', DUPONT),
      presta('2026-03-12', '9h', '11h', { ...MARTIN, statut: 'Annulé' }),
    ];
    expect(of(judgeAvs(rows), 'planningAvs.chevauchement')).toEqual([]);
  });
  it('finds every row of nested overlaps and a night across midnight', () => {
    const rows = [
      presta('2026-03-12', '8h', '18h', DUPONT),
      presta('2026-03-12', '9h', '10h', MARTIN),
      presta('2026-03-12', '12h', '13h', MARTIN),
      presta('2026-03-13', '22h', '7h', DUPONT),
      presta('2026-03-14', '6h30', '8h', MARTIN),
    ];
    const marked = of(judgeAvs(rows), 'planningAvs.chevauchement').flatMap((f) => f.rows);
    expect(marked.sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('prestation.duree.invalid', () => {
  it('marks a zero-length prestation on the AVS page', () => {
    const rows = [...office(1), presta('2026-03-07', '9h', '9h', DUPONT)];
    expect(of(judgeAvs(rows), 'prestation.duree.invalid')[0]?.rows).toEqual([5]);
    expect(of(judgeAvs(office(1)), 'prestation.duree.invalid')).toEqual([]);
  });
});

describe('planningAvs.semaine50', () => {
  it('fires above 50 h and marks only the rows of that week', () => {
    const heavy = weekly(
      '2026-03-02',
      1,
      [0, 1, 2, 3, 4, 5].map((d) => [d, '9h', '18h']),
      DUPONT,
    );
    const rows = [...heavy, ...weekly('2026-03-09', 1, OFFICE, DUPONT)];
    const hits = of(judgeAvs(rows, { period: TWO_WEEKS }), 'planningAvs.semaine50');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'error', rows: [0, 1, 2, 3, 4, 5] });
    expect(hits[0]?.message).toMatch(/^Semaine du 02\/03\/2026 : 54 h de travail \(max 50 h\)/);
  });
  it('is silent at 40 h', () => {
    expect(of(judgeAvs(office(2), { period: TWO_WEEKS }), 'planningAvs.semaine50')).toEqual([]);
  });
  it('weighs présence de nuit per settings (0 by default), garde de nuit fully', () => {
    const nights = (prestation: string) =>
      weekly(
        '2026-03-02',
        1,
        [0, 1, 2].map((d) => [d, '21h', '7h']),
        { ...DUPONT, prestation },
      );
    const presence = [...office(1), ...nights('Présence de nuit')];
    expect(of(judgeAvs(presence, { period: TWO_WEEKS }), 'planningAvs.semaine50')).toEqual([]);
    const weighted = of(
      judgeAvs(presence, { period: TWO_WEEKS, settings: withNightWeight(1) }),
      'planningAvs.semaine50',
    );
    expect(weighted[0]?.message).toContain(': 70 h de travail');
    const garde = of(
      judgeAvs([...office(1), ...nights('Garde de nuit')], { period: TWO_WEEKS }),
      'planningAvs.semaine50',
    );
    expect(garde[0]?.message).toContain(': 70 h de travail');
  });
  it('splits a night across Sunday midnight between the two weeks, marking only the judged week', () => {
    const days = (monday: string) =>
      weekly(
        monday,
        1,
        OFFICE.map(([d]) => [d, '9h', '18h']),
        DUPONT,
      );
    const rows = [
      ...days('2026-03-02'), // 45 h
      presta('2026-03-08', '20h', '8h', { ...DUPONT, prestation: 'Garde de nuit' }), // 4 h + 8 h
      ...days('2026-03-09'), // 45 h
    ];
    const hits = of(judgeAvs(rows, { period: TWO_WEEKS }), 'planningAvs.semaine50');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/^Semaine du 09\/03\/2026 : 53 h/);
    expect(hits[0]?.rows).toEqual([6, 7, 8, 9, 10]);
  });
  it('counts a night across the DST changes by elapsed time (March 1 h less, October 1 h more)', () => {
    const week = (monday: string, lastDay: string) => [
      ...weekly(
        monday,
        1,
        [0, 1, 2, 3].map((d) => [d, '9h', '17h']),
        DUPONT,
      ),
      presta(addDays(monday, 4), '9h', lastDay, DUPONT),
      presta(addDays(monday, 5), '20h', '8h', { ...DUPONT, prestation: 'Garde de nuit' }),
    ];
    // 32 h + 7 h + a 12 h night = 51 h; the night of 28 → 29 March lasts 11 h: 50 h.
    const spring = of(
      judgeAvs([...week('2026-03-16', '16h'), ...week('2026-03-23', '16h')], {
        period: { from: '2026-03-16', to: '2026-03-29' },
      }),
      'planningAvs.semaine50',
    );
    expect(spring.map((f) => f.message.slice(0, 30))).toEqual(['Semaine du 16/03/2026 : 51 h d']);
    // 32 h + 6 h + 12 h = 50 h; the night of 24 → 25 October lasts 13 h: 51 h.
    const autumn = of(
      judgeAvs([...week('2026-10-12', '15h'), ...week('2026-10-19', '15h')], {
        period: { from: '2026-10-12', to: '2026-10-25' },
      }),
      'planningAvs.semaine50',
    );
    expect(autumn.map((f) => f.message.slice(0, 30))).toEqual(['Semaine du 19/10/2026 : 51 h d']);
  });
  it('does not judge a week partly outside the covered interval', () => {
    const rows = weekly(
      '2026-03-04',
      1,
      [0, 1, 2, 3, 4].map((d) => [d, '8h', '20h']),
      DUPONT,
    ); // 60 h, Wed → Sun
    expect(
      of(judgeAvs(rows, { period: { from: '2026-03-04', to: '2026-03-15' } }), 'planningAvs.semaine50'),
    ).toEqual([]);
    expect(of(judgeAvs(rows, { period: TWO_WEEKS }), 'planningAvs.semaine50')).toHaveLength(1);
  });
  it('on a paginated list, judges only the days strictly between its first and last rows', () => {
    const heavy = weekly(
      '2026-03-02',
      1,
      [0, 1, 2, 3, 4, 5].map((d) => [d, '9h', '18h']),
      DUPONT,
    );
    const rows = [...heavy, ...weekly('2026-03-09', 1, OFFICE, DUPONT)];
    expect(of(judgeAvs(rows, { period: TWO_WEEKS, complete: false }), 'planningAvs.semaine50')).toEqual([]);
  });
  it('handles 29 February 2028', () => {
    const rows = weekly(
      '2028-02-28',
      1,
      [0, 1, 2, 3, 4, 5].map((d) => [d, '9h', '18h']),
      DUPONT,
    );
    const findings = judgeAvs(rows, { period: { from: '2028-02-28', to: '2028-03-05' } });
    const [f] = of(findings, 'planningAvs.semaine50');
    expect(f?.message).toMatch(/^Semaine du 28\/02\/2028 : 54 h/);
    expect(f?.rows).toContain(1);
    expect(of(findings, 'planningAvs.totalMois').map((x) => x.message)).toEqual([
      'février 2028 : 18 h toutes clientes confondues (lu du 28/02/2028 au 29/02/2028)',
      'mars 2028 : 36 h toutes clientes confondues (lu du 01/03/2028 au 05/03/2028)',
    ]);
  });
});

describe('planningAvs.moyenne12', () => {
  const THIRTEEN = { from: '2026-03-02', to: '2026-05-31' };
  const weeks = (n: number, saturdayEnd: string) =>
    weekly('2026-03-02', n, [...OFFICE, [5, '9h', saturdayEnd]], DUPONT);

  it('fires above 48 h on average over 12 consecutive weeks, once for overlapping windows', () => {
    const rows = weeks(13, '18h'); // 49 h a week
    const hits = of(judgeAvs(rows, { period: THIRTEEN }), 'planningAvs.moyenne12');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(
      /^12 semaines du 02\/03\/2026 au 24\/05\/2026 : 49 h par semaine en moyenne \(max 48 h\)/,
    );
    expect(hits[0]?.rows).toHaveLength(rows.length);
    expect(of(judgeAvs(rows, { period: THIRTEEN }), 'planningAvs.semaine50')).toEqual([]);
  });
  it('is silent at 47 h on average', () => {
    expect(of(judgeAvs(weeks(13, '16h'), { period: THIRTEEN }), 'planningAvs.moyenne12')).toEqual([]);
  });
  it('needs 12 fully covered weeks', () => {
    const period = { from: '2026-03-02', to: '2026-05-17' }; // 11 weeks
    expect(of(judgeAvs(weeks(11, '18h'), { period }), 'planningAvs.moyenne12')).toEqual([]);
  });
});

describe('planningAvs.repos35', () => {
  const everyDay = weekly(
    '2026-03-02',
    1,
    [0, 1, 2, 3, 4, 5, 6].map((d) => [d, '8h', '20h']),
    DUPONT,
  );

  it('fires for a week without 35 consecutive hours of rest and marks its rows', () => {
    const rows = [...everyDay, ...weekly('2026-03-09', 1, OFFICE, DUPONT)];
    const hits = of(judgeAvs(rows, { period: TWO_WEEKS }), 'planningAvs.repos35');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'error', rows: [0, 1, 2, 3, 4, 5, 6] });
    expect(hits[0]?.message).toMatch(
      /^Semaine du 02\/03\/2026 : pas de repos de 35 h consécutives \(au plus 13 h\)/,
    );
  });
  it('counts a rest across Sunday night for both weeks', () => {
    const rows = weekly(
      '2026-03-02',
      2,
      [0, 1, 2, 3, 4, 5].map((d) => [d, '8h', '20h']),
      DUPONT,
    );
    // Sat 07/03 20h → Mon 09/03 8h: 36 h, in both weeks.
    expect(of(judgeAvs(rows, { period: TWO_WEEKS }), 'planningAvs.repos35')).toEqual([]);
  });
  it('counts présence de nuit as occupied time (weight 0 or not)', () => {
    const nights = weekly(
      '2026-03-02',
      1,
      [
        [4, '21h', '9h'],
        [5, '21h', '9h'],
        [6, '21h', '9h'],
      ],
      {
        ...DUPONT,
        prestation: 'Présence de nuit',
      },
    );
    const rows = [...office(2), ...nights];
    const findings = judgeAvs(rows, { period: TWO_WEEKS });
    expect(of(findings, 'planningAvs.repos35').map((f) => f.message.slice(0, 21))).toEqual([
      'Semaine du 02/03/2026',
    ]);
    expect(of(findings, 'planningAvs.semaine50')).toEqual([]);
    expect(of(judgeAvs(office(2), { period: TWO_WEEKS }), 'planningAvs.repos35')).toEqual([]);
  });
});

describe('planningAvs.jourRepos', () => {
  const sixDays = weekly(
    '2026-03-02',
    1,
    [0, 1, 2, 3, 4, 5].map((d) => [d, '9h', '12h']),
    DUPONT,
  );

  it('fires when every day has a prestation; a night across midnight occupies both days', () => {
    const night = presta('2026-03-07', '22h', '7h', { ...DUPONT, prestation: 'Garde de nuit' });
    const [f, ...more] = of(judgeAvs([...sixDays, night], { period: TWO_WEEKS }), 'planningAvs.jourRepos');
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', rows: [0, 1, 2, 3, 4, 5, 6] });
    expect(f?.message).toMatch(/^Semaine du 02\/03\/2026 : aucun jour sans prestation/);
  });
  it('is silent with a free day, and a night ending at midnight leaves the next day free', () => {
    expect(of(judgeAvs(sixDays, { period: TWO_WEEKS }), 'planningAvs.jourRepos')).toEqual([]);
    const toMidnight = presta('2026-03-07', '20h', '0h00', DUPONT);
    expect(of(judgeAvs([...sixDays, toMidnight], { period: TWO_WEEKS }), 'planningAvs.jourRepos')).toEqual(
      [],
    );
  });
});

describe('planningAvs.totalMois', () => {
  const month = { from: '2026-03-01', to: '2026-03-31' };
  const days = (debut: string, fin: string) => [
    ...weekly(
      '2026-03-02',
      4,
      OFFICE.map(([d]) => [d, debut, fin]),
      DUPONT,
    ),
    presta('2026-03-30', debut, fin, MARTIN),
    presta('2026-03-31', debut, fin, MARTIN),
  ];

  it('gives the hours of each month in the summary, across clients, a night split at month end', () => {
    const night = presta('2026-03-31', '22h', '7h', { ...MARTIN, prestation: 'Garde de nuit' });
    const [f, ...more] = of(
      judgeAvs([...days('9h', '17h'), night], { period: month }),
      'planningAvs.totalMois',
    );
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: 'info', targets: [], field: 'prestation' });
    expect(f?.rows).toBeUndefined();
    expect(f?.message).toBe('mars 2026 : 178 h toutes clientes confondues');
  });
  it('warns above 48 h × 4,34 a month', () => {
    const [f] = of(judgeAvs(days('8h', '18h'), { period: month }), 'planningAvs.totalMois');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/^mars 2026 : 220 h toutes clientes confondues : plus de 208,32 h/);
  });
  it('says when a month is read partially or the list is paginated', () => {
    const findings = judgeAvs(days('9h', '17h'), { period: { from: '2026-03-15', to: '2026-04-10' } });
    expect(of(findings, 'planningAvs.totalMois').map((f) => f.message)).toEqual([
      'mars 2026 : 96 h toutes clientes confondues (lu du 15/03/2026 au 31/03/2026)',
      'avril 2026 : 0 h toutes clientes confondues (lu du 01/04/2026 au 10/04/2026)',
    ]);
    const paginated = judgeAvs(days('9h', '17h'), { period: month, complete: false });
    expect(of(paginated, 'planningAvs.totalMois')[0]?.message).toContain('liste paginée');
  });
});

describe('planningAvs.volumeMois (cross-page)', () => {
  // DUPONT Mon–Fri 9h–16h: 35 h a week × 4,34 = 151,9 h a month; MARTIN on Saturdays.
  const rows = [
    ...weekly(
      '2026-03-02',
      4,
      OFFICE.map(([d]) => [d, '9h', '16h']),
      DUPONT,
    ),
    ...weekly('2026-03-02', 4, [[5, '9h', '12h']], MARTIN),
  ];
  const contract = (volume: string, employeur = 'DUPONT Jeanne') =>
    contrat({ 'contrat.employeur': employeur, 'contrat.volumeMensuel': volume }, 7_000);

  it('fires when the client’s hours differ by more than 10 % from the contract', () => {
    const [f] = of(judgeAvs(rows, { contrats: [contract('120h')] }), 'planningAvs.volumeMois');
    expect(f).toMatchObject({
      severity: 'warning',
      targets: [],
      source: { page: 'intervenant.contrat', readAt: 7_000 },
    });
    expect(f?.message).toMatch(
      /^Chez DUPONT Jeanne : 151,9 h par mois en moyenne, contre 120 h d’après le contrat de travail/,
    );
  });
  it('is silent within 10 %, with another employer’s contract, or without contract', () => {
    expect(of(judgeAvs(rows, { contrats: [contract('151,67')] }), 'planningAvs.volumeMois')).toEqual([]);
    expect(
      of(judgeAvs(rows, { contrats: [contract('120h', 'MARTIN Paul')] }), 'planningAvs.volumeMois'),
    ).toEqual([]);
    expect(of(judgeAvs(rows), 'planningAvs.volumeMois')).toEqual([]);
  });
  it('is silent on a paginated page when the whole planning was not read', () => {
    expect(
      of(judgeAvs(rows, { contrats: [contract('120h')], complete: false }), 'planningAvs.volumeMois'),
    ).toEqual([]);
  });
});

describe('planningAvs.client (cross-page)', () => {
  const martinOnly = weekly('2026-03-02', 4, OFFICE, MARTIN);
  const clientPlanning = (date: string) => [
    planningRecord('client.planning', [presta(date, '9h', '12h', { intervenant: 'BERNARD Sophie' })], {
      period: { from: '2026-03-01', to: '2026-04-30' },
    }),
  ];

  it('fires when the period read covers the client’s first prestation with this AVS', () => {
    const [f] = of(
      judgeAvs(martinOnly, { clientPlanning: clientPlanning('2026-03-10') }),
      'planningAvs.client',
    );
    expect(f).toMatchObject({
      severity: 'warning',
      targets: [],
      source: { page: 'client.planning', readAt: 4_000 },
    });
    expect(f?.message).toContain('Aucune prestation chez DUPONT Jeanne');
    expect(f?.message).toContain('d’après le planning client');
  });
  it('fires on a complete AVS planning without the client (a cancelled one does not count)', () => {
    const year = { from: '2026-03-02', to: '2027-03-01' };
    const rows = [
      ...weekly('2026-03-02', 52, OFFICE, MARTIN),
      presta('2026-03-03', '18h', '19h', { ...DUPONT, statut: 'Annulé' }),
    ];
    const client = { definition: stamp({ 'client.nom': 'DUPONT' }, 'client.definition', 9_000) };
    const [f] = of(judgeAvs(rows, { period: year, client }), 'planningAvs.client');
    expect(f?.source).toEqual({ page: 'client.definition', readAt: 9_000 });
  });
  it('is silent when it cannot tell, or when the client is there', () => {
    expect(
      of(judgeAvs(martinOnly, { clientPlanning: clientPlanning('2026-04-10') }), 'planningAvs.client'),
    ).toEqual([]);
    expect(of(judgeAvs(martinOnly), 'planningAvs.client')).toEqual([]);
    expect(of(judgeAvs(martinOnly, { client: null }), 'planningAvs.client')).toEqual([]);
    const rows = [...martinOnly, presta('2026-03-12', '18h', '19h', { client: 'Mme Jeanne DUPONT' })];
    expect(
      of(judgeAvs(rows, { clientPlanning: clientPlanning('2026-03-10') }), 'planningAvs.client'),
    ).toEqual([]);
  });
});

describe('planningAvs.partiel', () => {
  it('one info while the AVS planning is incomplete, none when complete', () => {
    const [f, ...more] = of(judgeAvs(office(4)), 'planningAvs.partiel');
    expect(more).toEqual([]);
    expect(f?.message).toContain('du 02/03/2026 au 29/03/2026');
    const year = { from: '2026-03-02', to: '2027-03-01' };
    expect(
      of(judgeAvs(weekly('2026-03-02', 52, OFFICE, DUPONT), { period: year }), 'planningAvs.partiel'),
    ).toEqual([]);
  });
});

// Timing, not behaviour: skipped under mutation testing (instrumented code on a loaded machine).
describe.skipIf(process.env.OC_MUTATION === '1')('performance', () => {
  /** `n` prestations, three a day for several clients, a night every third day, an overlap every tenth. */
  function big(n: number): Cells[] {
    const rows: Cells[] = [];
    for (let day = 0; rows.length < n; day++) {
      const date = addDays('2026-01-05', day);
      rows.push(presta(date, '8h', '10h', DUPONT), presta(date, '11h', day % 10 ? '13h' : '14h', MARTIN));
      rows.push(
        day % 3
          ? presta(date, '13h30', '17h', DUPONT)
          : presta(date, '21h', '7h', { ...MARTIN, prestation: 'Présence de nuit' }),
      );
    }
    return rows.slice(0, n);
  }
  /** Best of five runs of the whole AVS rule set (fresh rows each time: no memoised parse). */
  function time(rows: Cells[]): number {
    const last = rows[rows.length - 1]!.date!.split('/').reverse().join('-');
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const record = planningRecord('intervenant.planning', rows, {
        period: { from: '2026-01-05', to: last },
      });
      const avs = intervenant('SA1', {
        name: 'BERNARD Sophie',
        contrats: [contrat({ 'contrat.volumeMensuel': '86,8' })],
        planning: [planningRecord('intervenant.planning', rows, { period: record.list!.period })],
      });
      const dossier = dossierWith({ client: {}, intervenants: [avs], current: 'SA1' });
      const t0 = performance.now();
      run(avsPlanningRules, record, { dossier });
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }

  // 4 × the rows: about 4.5 × the time in O(n log n), 16 × in O(n²). The bound leaves room for a
  // busy machine (the browser tests run alongside) and still catches a quadratic step.
  it('runs the AVS rules in O(n log n): 8,000 rows take less than 9 × the time of 2,000', () => {
    const small = big(2_000);
    const large = big(8_000);
    time(small); // warm-up
    const ratio = time(large) / time(small);
    expect(ratio).toBeLessThan(9);
    expect(
      of(judgeAvs(small, { period: { from: '2026-01-05', to: '2027-10-01' } }), 'planningAvs.chevauchement')
        .length,
    ).toBeGreaterThan(0);
  });
});
