import { describe, expect, it } from 'vitest';
import type { DossierView } from '../../lib/model/dossier';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import type { PageRecord } from '../../lib/model/types';
import { judge } from '../engine';
import { documentsRules } from './documents';
import { dossier, finding, ids, listRecord, row } from '../../tests/support/contracts';

const TODAY = '2026-03-15';
const DEVIS = { nom: 'Devis mars 2026.pdf', type: 'Contrat', date: '01/03/2026' };
const SEPA = { nom: 'scan_0042.pdf', type: 'Mandat SEPA', date: '01/03/2026' };

const run = (rec: PageRecord, settings: Settings = DEFAULT_SETTINGS, d: DossierView = dossier()) =>
  judge(documentsRules, rec, settings, TODAY, { dossier: d });
const list = (rows: Record<string, string>[], complete = true) =>
  listRecord('client.documents', rows, { complete });

describe('client.documents', () => {
  it('finds nothing when a devis and a mandat de prélèvement are stored', () => {
    expect(run(list([DEVIS, SEPA]))).toEqual([]);
  });

  it('documents.devis.missing: no devis (summary)', () => {
    const findings = run(list([SEPA]));
    expect(ids(findings)).toEqual(['documents.devis.missing']);
    expect(finding(findings, 'documents.devis.missing')).toMatchObject({
      severity: 'error',
      field: 'document',
      targets: [],
    });
  });

  it('documents.mandatPrelevement.missing: no mandat de prélèvement (summary)', () => {
    const findings = run(list([DEVIS, { nom: 'Mandat de gestion', type: 'Contrat' }]));
    expect(ids(findings)).toEqual(['documents.mandatPrelevement.missing']);
    expect(finding(findings, 'documents.mandatPrelevement.missing')?.severity).toBe('error');
  });

  it('matches keywords in the name or the type, accents and case ignored', () => {
    expect(
      ids(
        run(
          list([
            { nom: 'DEVIS', type: '' },
            { nom: 'Mandat de prelevement signé', type: '' },
          ]),
        ),
      ),
    ).toEqual([]);
    expect(
      ids(
        run(
          list([
            { nom: 'x.pdf', type: 'Devis' },
            { nom: 'y.pdf', type: 'sepa' },
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it('uses the keywords of the settings', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      documentKeywords: { devis: ['proposition'], mandatPrelevement: ['SEPA'] },
    };
    expect(ids(run(list([DEVIS, SEPA]), settings))).toEqual(['documents.devis.missing']);
    expect(ids(run(list([{ nom: 'Proposition tarifaire', type: '' }, SEPA]), settings))).toEqual([]);
  });

  it('fires on an empty list', () => {
    expect(ids(run(list([])))).toEqual(['documents.devis.missing', 'documents.mandatPrelevement.missing']);
  });

  it('is silent on a paginated list, and counts rows read on another page', () => {
    expect(ids(run(list([SEPA], false)))).toEqual([]);
    const d = dossier({ documents: [row('document', DEVIS)] });
    expect(ids(run(list([SEPA]), DEFAULT_SETTINGS, d))).toEqual([]);
  });

  it('reports a missing Nom column', () => {
    const rec = listRecord('client.documents', [{ type: 'Devis' }, { type: 'SEPA' }], { columns: ['type'] });
    expect(ids(run(rec))).toEqual(['document.nom.absent']);
  });
});
