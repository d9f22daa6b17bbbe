/**
 * Checklist statuses: unseen until a tab is read, a rule's worst finding, absent fields and crashes
 * under their line, manual ticks and the Tâches marks, contracts of this client only, the verdict.
 */
import { describe, expect, it } from 'vitest';
import { evaluateChecklist, hoursPerMonth, type ChecklistInput, type LineState } from './status';
import { outsideEea } from './manual';
import type { DossierView } from '../../lib/model/dossier';
import { EMPTY_ENTRY, type NotesEntry } from '../../lib/notes/notes';
import type { PageRead, PanelFinding } from '../../lib/dossier/panel-state';
import type { PageKey, Severity } from '../../lib/model/types';

const C = 'code:CLI00042';
const A = 'code:SA00017';
const dossier: DossierView = {
  client: {
    key: C,
    name: 'DURAND Jeanne',
    definition: { value: { 'client.nir': '2 48 03 •• ••• ••• 57' }, readAt: 1, page: 'client.definition' },
  },
  intervenants: [
    {
      key: A,
      name: 'DUBOIS Laura',
      matricule: 'SA00017',
      contrats: [
        {
          key: 'id:501',
          fields: {
            value: { 'contrat.employeur': 'Mme DURAND Jeanne' },
            readAt: 1,
            page: 'intervenant.contrat',
          },
        },
        {
          key: 'id:777',
          fields: {
            value: { 'contrat.employeur': 'M. BERNARD Henri' },
            readAt: 1,
            page: 'intervenant.contrat',
          },
        },
      ],
    },
  ],
};

const read = (page: PageKey, entity = C, extra: Partial<PageRead> = {}): PageRead => ({
  page,
  entity,
  readAt: 1000,
  ...extra,
});
const finding = (
  rule: string,
  severity: Severity,
  page: PageKey,
  entity = C,
  extra: Partial<PanelFinding> = {},
): PanelFinding => ({
  rule,
  severity,
  message: `message ${rule}`,
  field: rule,
  page,
  entity,
  readAt: 1000,
  ...extra,
});

function run(partial: Partial<ChecklistInput>) {
  return evaluateChecklist({ dossier, findings: [], pagesRead: [], notes: EMPTY_ENTRY, ...partial });
}
function item(state: ReturnType<typeof run>, id: string) {
  for (const g of state.groups) for (const i of g.items) if (i.id === id) return i;
  throw new Error(`no item ${id}`);
}
const line = (state: ReturnType<typeof run>, id: string) => item(state, id) as LineState;
const rule = (l: LineState, id: string) => l.rules.find((r) => r.id === id);

describe('evaluateChecklist', () => {
  it('says unseen for every line and rule of a tab not read', () => {
    const s = run({});
    const nir = line(s, 'ficheClient.nir');
    expect(nir.status).toBe('unseen');
    expect(nir.rules.every((r) => r.status === 'unseen')).toBe(true);
    expect(s.conforme).toBe(false);
    expect(s.counts.unseen).toBeGreaterThan(20);
  });

  it('gives ok to rules that did not fire and the worst severity to those that did', () => {
    const s = run({
      pagesRead: [read('client.definition')],
      findings: [
        finding('client.nir.key', 'error', 'client.definition'),
        finding('client.nir.civilite', 'warning', 'client.definition'),
      ],
    });
    const nir = line(s, 'ficheClient.nir');
    expect(nir.status).toBe('error');
    expect(rule(nir, 'client.nir.key')).toEqual({
      id: 'client.nir.key',
      status: 'error',
      messages: ['message client.nir.key'],
    });
    expect(rule(nir, 'client.nir.civilite')?.status).toBe('warning');
    expect(rule(nir, 'client.nir.format')?.status).toBe('ok');
    expect(line(s, 'ficheClient.civilite').status).toBe('ok');
    expect(line(s, 'ficheClient.civilite').readAt).toBe(1000);
    expect(s.counts.errors).toBe(1);
  });

  it('shows a rule both plannings run under each planning’s line, from that planning only', () => {
    const s = run({
      pagesRead: [read('client.planning'), read('intervenant.planning', A)],
      findings: [finding('prestation.duree.invalid', 'warning', 'intervenant.planning', A)],
    });
    const avs = line(s, 'planningIntervenant.SA00017.volume');
    expect(rule(avs, 'prestation.duree.invalid')?.status).toBe('warning');
    expect(avs.status).toBe('warning');
    expect(rule(line(s, 'planningClient.unAn'), 'prestation.duree.invalid')?.status).toBe('ok');
  });

  it('puts an absent field and a crash under their line', () => {
    const s = run({
      pagesRead: [read('client.definition')],
      findings: [
        finding('client.geolocalisation.absent', 'info', 'client.definition'),
        finding('client.nir.key.crash', 'warning', 'client.definition'),
      ],
    });
    const adresse = line(s, 'ficheClient.adresse');
    expect(rule(adresse, 'client.geolocalisation.absent')?.status).toBe('info');
    expect(adresse.status).toBe('info');
    // An absent field never counts as ok, even as info.
    expect(adresse.passes).toBe(false);
    expect(rule(line(s, 'ficheClient.nir'), 'client.nir.key')?.status).toBe('warning');
  });

  it('counts advice as ok, but not a planning read partially', () => {
    const s = run({
      pagesRead: [read('client.definition'), read('client.planning')],
      findings: [
        finding('client.nomNaissance.suggested', 'info', 'client.definition'),
        finding('planning.partiel', 'info', 'client.planning'),
      ],
    });
    expect(line(s, 'ficheClient.nomNaissance').passes).toBe(true);
    expect(line(s, 'planningClient.unAn').status).toBe('info');
    expect(line(s, 'planningClient.unAn').passes).toBe(false);
  });

  it('judges the contrat de travail lines on this client’s contracts only', () => {
    const contract = (c: string) => ({ contract: c });
    const s = run({
      pagesRead: [read('intervenant.contrat', A, contract('id:777'))],
      findings: [finding('contrat.statut', 'warning', 'intervenant.contrat', A, contract('id:777'))],
    });
    expect(line(s, 'contratTravail.SA00017.statut').status).toBe('unseen');
    const mine = run({
      pagesRead: [read('intervenant.contrat', A, contract('id:501'))],
      findings: [finding('contrat.statut', 'warning', 'intervenant.contrat', A, contract('id:501'))],
    });
    expect(line(mine, 'contratTravail.SA00017.statut').status).toBe('warning');
  });

  it('ticks manual items from the notes, and the back-office items from the Tâches marks', () => {
    const notes: NotesEntry = { ...EMPTY_ENTRY, manual: { 'manuel.ficheClient.sigleBleu': true } };
    let s = run({ notes });
    expect(item(s, 'manuel.ficheClient.sigleBleu').status).toBe('done');
    expect(item(s, 'manuel.ficheClient.ficheEnregistree').status).toBe('manual');
    expect(item(s, 'manuel.contratMandat.SA00017.envoiSignature').status).toBe('manual');
    expect(item(s, 'manuel.unaideConnect.SA00017.telepointage').status).toBe('manual');

    const following = [
      'urssaf',
      'suiviEssai',
      'contratTravail',
      'contratMandat',
      'signature',
      'facturationPaie',
      'reglementClient',
      'suiviClient',
      'creditImpot',
    ];
    const tasks = Object.fromEntries(following.map((t) => [t, 'created' as const]));
    s = run({ notes: { ...EMPTY_ENTRY, tasks: { ...tasks, nouveauClient: 'present' } } });
    expect(item(s, 'manuel.tachesBackOffice.nouveauClient').status).toBe('done');
    expect(item(s, 'manuel.tachesBackOffice.suivantes').status).toBe('done');
    expect(item(s, 'manuel.tachesBackOffice.propositionCloturee').status).toBe('manual');
    // AICI requested in the call: its task must be there too.
    s = run({ notes: { ...EMPTY_ENTRY, tasks, call: { 'aide.demandeAici': 'oui' } } });
    expect(item(s, 'manuel.tachesBackOffice.suivantes').status).toBe('manual');
  });

  it('asks for the geolocation tick only when no coordinates are shown, and the work permit outside the EEA', () => {
    const withCoords: DossierView = {
      ...dossier,
      client: {
        ...dossier.client!,
        definition: { value: { 'client.latitude': '50.6' }, readAt: 1, page: 'client.definition' },
      },
    };
    expect(item(run({}), 'manuel.ficheClient.adresseGeolocalisee')).toMatchObject({ applies: true });
    expect(item(run({ dossier: withCoords }), 'manuel.ficheClient.adresseGeolocalisee')).toMatchObject({
      applies: false,
    });
    expect(outsideEea('Française')).toBe(false);
    expect(outsideEea('Portugal')).toBe(false);
    expect(outsideEea('Marocaine')).toBe(true);
    expect(outsideEea('')).toBeUndefined();
  });

  /** Every tab of the dossier read (the AVS's contract with this client included). */
  const everyPageRead = (): PageRead[] => [
    ...(['client.definition', 'client.contrats', 'client.planning', 'client.documents'] as const).map((p) =>
      read(p),
    ),
    ...(['intervenant.definition', 'intervenant.contrats', 'intervenant.planning'] as const).map((p) =>
      read(p, A),
    ),
    read('intervenant.contrat', A, { contract: 'id:501' }),
  ];

  it('is conforme only when every required item is ok or done', () => {
    const pagesRead = everyPageRead();
    const withoutManual = run({ pagesRead });
    expect(withoutManual.conforme).toBe(false);
    const manual: Record<string, boolean> = {};
    for (const g of withoutManual.groups)
      for (const i of g.items) if (i.kind === 'manual') manual[i.id] = true;
    const all = run({ pagesRead, notes: { ...EMPTY_ENTRY, manual } });
    expect(all.counts.done).toBe(all.counts.total);
    expect(all.conforme).toBe(true);
    const oneError = run({
      pagesRead,
      notes: { ...EMPTY_ENTRY, manual },
      findings: [finding('mandat.missing', 'error', 'client.contrats')],
    });
    expect(oneError.conforme).toBe(false);
    expect(oneError.counts.done).toBe(all.counts.total - 1);
  });

  it('never says conforme while a stored finding of the dossier has no line (shown under its page)', () => {
    const pagesRead = everyPageRead();
    const manual: Record<string, boolean> = {};
    for (const g of run({ pagesRead }).groups)
      for (const i of g.items) if (i.kind === 'manual') manual[i.id] = true;
    const notes = { ...EMPTY_ENTRY, manual };
    expect(run({ pagesRead, notes }).conforme).toBe(true);
    // A rule no line lists (a newer version's, or one forgotten in procedure/checklist/items/).
    const orphan = run({
      pagesRead,
      notes,
      findings: [finding('client.inconnu.regle', 'error', 'client.definition')],
    });
    expect(orphan.conforme).toBe(false);
    expect(orphan.counts.errors).toBe(1);
    const shown = orphan.groups
      .flatMap((g) => g.items)
      .filter(
        (i): i is LineState => i.kind === 'line' && i.rules.some((r) => r.id === 'client.inconnu.regle'),
      );
    expect(shown.map((l) => [l.page, l.status])).toEqual([['client.definition', 'error']]);
    // On an AVS's contract of this dossier too; not on a contract with another employer.
    const onContract = (contract: string) =>
      run({
        pagesRead: [...pagesRead, read('intervenant.contrat', A, { contract: 'id:777' })],
        notes,
        findings: [finding('contrat.inconnu', 'warning', 'intervenant.contrat', A, { contract })],
      }).conforme;
    expect(onContract('id:501')).toBe(false);
    expect(onContract('id:777')).toBe(true);
  });

  it('gives each AVS’s monthly hours from the AVS planning', () => {
    const h = hoursPerMonth(dossier, [
      finding('planningAvs.totalMois', 'info', 'intervenant.planning', A, { message: '2027-03 : 184 h' }),
    ]);
    expect(h).toEqual([{ key: A, name: 'DUBOIS Laura', months: ['2027-03 : 184 h'] }]);
  });
});
