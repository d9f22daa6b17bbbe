import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { clientPlanningRules } from './planning';
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

const YEAR = { from: '2026-03-02', to: '2027-03-01' };
const PRESENTATION = presta('2026-03-02', '8h00', '9h00', { prestation: 'Présentation' });
/** A year of visits: Monday and Thursday 9h–12h (6 h a week). */
const VISITS = weekly('2026-03-02', 52, [
  [0, '9h00', '12h00'],
  [3, '9h00', '12h00'],
]);

function clientPage(rows: Cells[], options: Parameters<typeof planningRecord>[2] = { period: YEAR }) {
  return planningRecord('client.planning', rows, options);
}

/** Judge the page with the dossier store holding this page (plus earlier reads). */
function judgeClient(
  rows: Cells[],
  options: Parameters<typeof planningRecord>[2] = { period: YEAR },
  extra: { earlier?: ReturnType<typeof clientPage>[]; dossier?: Parameters<typeof dossierWith>[0] } = {},
  settings = DEFAULT_SETTINGS,
) {
  const record = clientPage(rows, options);
  const dossier = dossierWith(
    { ...extra.dossier, clientPlanning: [...(extra.earlier ?? []), record] },
    settings,
  );
  return run(clientPlanningRules, record, { dossier, settings });
}

it('a conforme one-year planning has no finding', () => {
  expect(judgeClient([PRESENTATION, ...VISITS])).toEqual([]);
});

it('judges the page alone when the dossier store holds no planning', () => {
  const record = clientPage([...VISITS]);
  const findings = run(clientPlanningRules, record);
  expect(of(findings, 'planning.presentation.missing')).toHaveLength(1);
});

describe('required columns', () => {
  it('reports an absent Intervenant column, and does not judge it', () => {
    const findings = judgeClient([PRESENTATION, ...VISITS], {
      period: YEAR,
      columns: ['date', 'debut', 'fin', 'prestation', 'statut'],
    });
    expect(of(findings, 'prestation.intervenant.absent')[0]?.severity).toBe('warning');
    expect(of(findings, 'planning.intervenant.missing')).toEqual([]);
  });
});

describe('planning.intervenant.missing', () => {
  it('marks every prestation without intervenant, with the count', () => {
    const rows = [
      PRESENTATION,
      presta('2026-03-03', '9h', '12h', { intervenant: '' }),
      presta('2026-03-04', '9h', '12h', { intervenant: 'Non affecté' }),
      presta('2026-03-05', '9h', '12h', { intervenant: '', statut: 'Annulé' }),
      ...VISITS,
    ];
    const [f, ...more] = of(judgeClient(rows), 'planning.intervenant.missing');
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', rows: [1, 2], field: 'prestation', targets: [] });
    expect(f?.message).toMatch(/^2 prestations sans intervenant/);
  });
  it('is silent when every prestation has one', () => {
    expect(of(judgeClient([PRESENTATION, ...VISITS]), 'planning.intervenant.missing')).toEqual([]);
  });
  it('knows every default placeholder word, in any case and without accents', () => {
    const rows = [
      PRESENTATION,
      presta('2026-03-03', '9h', '12h', { intervenant: 'À pourvoir' }),
      presta('2026-03-04', '9h', '12h', { intervenant: 'NON AFFECTEE' }),
      presta('2026-03-05', '9h', '12h', { intervenant: '—' }),
      ...VISITS,
    ];
    expect(of(judgeClient(rows), 'planning.intervenant.missing')[0]?.rows).toEqual([1, 2, 3]);
  });
  it('takes the placeholder words from the settings (unassignedWords)', () => {
    const settings = { ...DEFAULT_SETTINGS, unassignedWords: ['Remplaçante à trouver'] };
    const rows = [
      PRESENTATION,
      presta('2026-03-03', '9h', '12h', { intervenant: 'remplacante a trouver' }),
      presta('2026-03-04', '9h', '12h', { intervenant: '' }),
      ...VISITS,
    ];
    const [f] = of(judgeClient(rows, { period: YEAR }, {}, settings), 'planning.intervenant.missing');
    expect(f?.rows).toEqual([1, 2]);
    expect(f?.message).toMatch(/^2 prestations sans intervenant/);
  });
});

describe('planning.brouillon', () => {
  it('marks the Brouillon prestations', () => {
    const rows = [PRESENTATION, presta('2026-03-03', '9h', '10h', { statut: 'Brouillon' }), ...VISITS];
    const [f] = of(judgeClient(rows), 'planning.brouillon');
    expect(f).toMatchObject({ severity: 'warning', rows: [1] });
    expect(f?.message).toMatch(/^1 prestation encore en Brouillon/);
  });
  it('is silent otherwise', () => {
    expect(of(judgeClient([PRESENTATION, ...VISITS]), 'planning.brouillon')).toEqual([]);
  });
});

describe('prestation.duree.invalid', () => {
  it('marks unreadable or zero-length prestations, not cancelled ones', () => {
    const rows = [
      PRESENTATION,
      presta('2026-03-03', '9h', '9h'),
      presta('2026-03-03', '25h', '26h'),
      presta('31/02/2026', '9h', '10h'),
      { date: '04/03/2026', debut: '9h', duree: '0h', prestation: 'Aide' },
      presta('2026-03-05', '9h', '9h', { statut: 'Annulé' }),
      ...VISITS,
    ];
    const [f] = of(judgeClient(rows), 'prestation.duree.invalid');
    expect(f).toMatchObject({ severity: 'warning', rows: [1, 2, 3, 4] });
    expect(f?.message).toMatch(/^4 prestations/);
  });
  it('accepts a night across midnight and a duration', () => {
    const rows = [
      PRESENTATION,
      presta('2026-03-03', '22h00', '7h00'),
      { date: '04/03/2026', debut: '9h', duree: '1h30', prestation: 'Aide' },
      ...VISITS,
    ];
    expect(of(judgeClient(rows), 'prestation.duree.invalid')).toEqual([]);
  });
  it('finds every row invalid when neither Fin nor Durée is shown', () => {
    const findings = judgeClient([PRESENTATION, ...VISITS], {
      period: YEAR,
      columns: ['date', 'debut', 'prestation', 'intervenant', 'statut'],
    });
    expect(of(findings, 'prestation.duree.invalid')[0]?.rows).toHaveLength(VISITS.length + 1);
  });
});

describe('planning.presentation.notValidated', () => {
  it('marks a présentation row still Brouillon', () => {
    const rows = [{ ...PRESENTATION, statut: 'Brouillon' }, ...VISITS];
    const [f] = of(judgeClient(rows), 'planning.presentation.notValidated');
    expect(f).toMatchObject({ severity: 'error', rows: [0] });
  });
  it('reports in the summary a Brouillon présentation read earlier and not on this page', () => {
    const earlier = clientPage([{ ...PRESENTATION, statut: 'Brouillon' }], {
      period: { from: '2026-03-02', to: '2026-03-02' },
    });
    const rows = VISITS.filter((r) => r.date !== '02/03/2026');
    const [f] = of(
      judgeClient(rows, { period: { from: '2026-03-03', to: '2027-03-01' } }, { earlier: [earlier] }),
      'planning.presentation.notValidated',
    );
    expect(f).toMatchObject({ targets: [], field: 'prestation' });
    expect(f?.rows).toBeUndefined();
    expect(f?.message).toContain('02/03/2026');
  });
  it('is silent once validated (the page wins over an older read)', () => {
    const earlier = clientPage([{ ...PRESENTATION, statut: 'Brouillon' }], {
      period: { from: '2026-03-02', to: '2026-03-02' },
    });
    expect(
      of(
        judgeClient([PRESENTATION, ...VISITS], { period: YEAR }, { earlier: [earlier] }),
        'planning.presentation.notValidated',
      ),
    ).toEqual([]);
  });
});

describe('planning.presentation.* on a partial planning (docs/spec/rules.md: they wait for the whole planning)', () => {
  const MARCH = { from: '2026-03-01', to: '2026-03-31' };
  it('notValidated is silent on one month read, which gives planning.partiel instead', () => {
    const rows = [{ ...PRESENTATION, statut: 'Brouillon' }, ...VISITS.slice(0, 9)];
    const findings = judgeClient(rows, { period: MARCH });
    expect(of(findings, 'planning.presentation.notValidated')).toEqual([]);
    expect(of(findings, 'planning.partiel')).toHaveLength(1);
  });
  it('notValidated is silent on a paginated read', () => {
    const rows = [{ ...PRESENTATION, statut: 'Brouillon' }, ...VISITS];
    expect(
      of(judgeClient(rows, { period: YEAR, complete: false }), 'planning.presentation.notValidated'),
    ).toEqual([]);
  });
  it('notFirst is silent on one month read and on a paginated read', () => {
    const rows = [...VISITS.slice(0, 9), presta('2026-03-03', '8h', '9h', { prestation: 'Présentation' })];
    expect(of(judgeClient(rows, { period: MARCH }), 'planning.presentation.notFirst')).toEqual([]);
    const all = [...VISITS, presta('2026-03-03', '8h', '9h', { prestation: 'Présentation' })];
    expect(of(judgeClient(all, { period: YEAR, complete: false }), 'planning.presentation.notFirst')).toEqual(
      [],
    );
  });
  it('both speak once the year is read, unpaginated', () => {
    const rows = [
      ...VISITS,
      { ...presta('2026-03-03', '8h', '9h', { prestation: 'Présentation' }), statut: 'Brouillon' },
    ];
    const findings = judgeClient(rows);
    expect(of(findings, 'planning.presentation.notValidated')[0]?.rows).toEqual([VISITS.length]);
    expect(of(findings, 'planning.presentation.notFirst')[0]?.rows).toEqual([VISITS.length]);
  });
});

describe('planning.presentation.notFirst', () => {
  it('marks the présentation when another prestation comes before it', () => {
    const rows = [...VISITS, presta('2026-03-03', '8h', '9h', { prestation: 'Présentation' })];
    const [f] = of(judgeClient(rows), 'planning.presentation.notFirst');
    expect(f).toMatchObject({ severity: 'warning', rows: [VISITS.length] });
    expect(f?.message).toContain('02/03/2026 9h00');
  });
  it('ignores a cancelled prestation before it', () => {
    const rows = [presta('2026-03-01', '9h', '10h', { statut: 'Annulé' }), PRESENTATION, ...VISITS];
    expect(of(judgeClient(rows), 'planning.presentation.notFirst')).toEqual([]);
  });
  it('uses earlier reads but marks only rows of this page', () => {
    const earlier = clientPage([presta('2026-02-20', '9h', '10h')], {
      period: { from: '2026-02-20', to: '2026-03-01' },
    });
    const findings = judgeClient([PRESENTATION, ...VISITS], { period: YEAR }, { earlier: [earlier] });
    expect(of(findings, 'planning.presentation.notFirst')[0]?.rows).toEqual([0]);
    const onlyOld = clientPage([presta('2026-02-20', '9h', '10h'), PRESENTATION], {
      period: { from: '2026-02-20', to: '2026-03-02' },
    });
    const later = judgeClient(
      VISITS.slice(2),
      { period: { from: '2026-03-03', to: '2027-03-01' } },
      { earlier: [onlyOld] },
    );
    const [f] = of(later, 'planning.presentation.notFirst');
    expect(f?.rows).toBeUndefined();
    expect(f?.targets).toEqual([]);
  });
});

describe('planning.presentation.missing', () => {
  it('fires on a complete planning without présentation (a cancelled one does not count)', () => {
    const findings = judgeClient([{ ...PRESENTATION, statut: 'Annulé' }, ...VISITS]);
    expect(of(findings, 'planning.presentation.missing')[0]).toMatchObject({
      severity: 'error',
      targets: [],
    });
  });
  it('is silent with a présentation', () => {
    expect(of(judgeClient([PRESENTATION, ...VISITS]), 'planning.presentation.missing')).toEqual([]);
  });
  it('is silent on a partial read, which gives one planning.partiel instead', () => {
    const month = { from: '2026-03-01', to: '2026-03-31' };
    const findings = judgeClient(VISITS.slice(0, 8), { period: month });
    expect(of(findings, 'planning.presentation.missing')).toEqual([]);
    expect(of(findings, 'planning.horizon')).toEqual([]);
    const partiel = of(findings, 'planning.partiel');
    expect(partiel).toHaveLength(1);
    expect(partiel[0]).toMatchObject({ severity: 'info', targets: [] });
    expect(partiel[0]?.message).toContain('du 01/03/2026 au 31/03/2026');
  });
  it('is silent on a paginated read', () => {
    const findings = judgeClient(VISITS, { period: YEAR, complete: false });
    expect(of(findings, 'planning.presentation.missing')).toEqual([]);
    expect(of(findings, 'planning.partiel')).toHaveLength(1);
  });
});

describe('planning.horizon', () => {
  it('fires when the last prestation is less than a year after the first', () => {
    const rows = [PRESENTATION, ...VISITS.slice(0, 52)];
    const [f] = of(judgeClient(rows), 'planning.horizon');
    expect(f).toMatchObject({ severity: 'warning', targets: [] });
    expect(f?.message).toContain('du 02/03/2026 au');
  });
  it('accepts the 7-day tolerance', () => {
    // Last visit on 25/02/2027: one year after 02/03/2026 less 5 days.
    expect(of(judgeClient([PRESENTATION, ...VISITS]), 'planning.horizon')).toEqual([]);
    const shorter = VISITS.slice(0, -2);
    expect(of(judgeClient([PRESENTATION, ...shorter]), 'planning.horizon')).toHaveLength(1);
  });
});

describe('planning.partiel', () => {
  it('is silent on a complete planning and names the periods read otherwise', () => {
    expect(of(judgeClient([PRESENTATION, ...VISITS]), 'planning.partiel')).toEqual([]);
    const earlier = clientPage(VISITS.slice(0, 2), { period: { from: '2026-03-01', to: '2026-03-07' } });
    const [f] = of(
      judgeClient(
        VISITS.slice(20, 22),
        { period: { from: '2026-07-13', to: '2026-07-19' } },
        { earlier: [earlier] },
      ),
      'planning.partiel',
    );
    expect(f?.message).toContain('du 01/03/2026 au 07/03/2026, du 13/07/2026 au 19/07/2026');
  });
});

describe('planning.volume (cross-page)', () => {
  // 6 h a week × 4.34 = 26.04 h a month.
  const avs = (volume: string, employeur = 'DUPONT Jeanne') =>
    intervenant('SA1', {
      name: 'BERNARD Sophie',
      contrats: [contrat({ 'contrat.employeur': employeur, 'contrat.volumeMensuel': volume }, 5_000)],
    });
  const rows = [PRESENTATION, ...VISITS];

  it('fires when planned hours differ by more than 10 % from the contracts', () => {
    const [f] = of(
      judgeClient(rows, { period: YEAR }, { dossier: { intervenants: [avs('40h')] } }),
      'planning.volume',
    );
    expect(f).toMatchObject({
      severity: 'warning',
      targets: [],
      source: { page: 'intervenant.contrat', readAt: 5_000 },
    });
    expect(f?.message).toContain('d’après le contrat de travail');
    expect(f?.message).toContain('40 h');
  });
  it('is silent within 10 %', () => {
    expect(
      of(
        judgeClient(rows, { period: YEAR }, { dossier: { intervenants: [avs('26,5')] } }),
        'planning.volume',
      ),
    ).toEqual([]);
  });
  it('counts only contracts whose employer is the client', () => {
    const dossier = { intervenants: [avs('26h'), avs('40h', 'MARTIN Paul')] };
    expect(of(judgeClient(rows, { period: YEAR }, { dossier }), 'planning.volume')).toEqual([]);
  });
  it('is silent without contracts or on a partial planning', () => {
    expect(of(judgeClient(rows), 'planning.volume')).toEqual([]);
    const partial = judgeClient(
      rows,
      { period: YEAR, complete: false },
      { dossier: { intervenants: [avs('40h')] } },
    );
    expect(of(partial, 'planning.volume')).toEqual([]);
  });
  it('weighs présence de nuit per settings', () => {
    const nights = weekly('2026-03-02', 52, [[2, '21h00', '7h00']], { prestation: 'Présence de nuit' });
    const dossier = { intervenants: [avs('26h')] };
    expect(of(judgeClient([...rows, ...nights], { period: YEAR }, { dossier }), 'planning.volume')).toEqual(
      [],
    );
    expect(
      of(
        judgeClient([...rows, ...nights], { period: YEAR }, { dossier }, withNightWeight(1)),
        'planning.volume',
      ),
    ).toHaveLength(1);
  });
});
