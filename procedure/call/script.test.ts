import { describe, expect, it } from 'vitest';
import {
  aiciReadiness,
  CALL_KEYS,
  callFacts,
  callSummary,
  clientDisplayName,
  hoursPerAvs,
  monthlyCosts,
  proposedCallDate,
} from './script';
import type { DossierView } from '../../lib/model/dossier';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { DUBOIS_MANDAT, DURAND_DEFINITION, durandDossier, prest, TODAY } from '../../tests/support/durand';

const S = DEFAULT_SETTINGS;
const st = <T>(value: T, page: 'client.definition' | 'client.contrats' | 'client.planning') => ({
  value,
  readAt: 1,
  page,
});

/** Her fiche, with the nom as typed in mixed case: the display name upper-cases it. */
const COMPLETE = { ...DURAND_DEFINITION, 'client.nom': 'Durand' };

/**
 * Mme DURAND with this planning — two weeks: DUBOIS Monday and Wednesday 9h–11h, PETIT Saturday
 * 14h–15h; one cancelled row — and a second mandat, with PETIT Sarah (no frais de gestion).
 */
function dossier(def?: Record<string, string>): DossierView {
  const rows = [];
  for (const d of ['07/12/2026', '14/12/2026', '09/12/2026', '16/12/2026'])
    rows.push(prest(d, '9h00', '2h00', 'DUBOIS Laura'));
  for (const d of ['12/12/2026', '19/12/2026']) rows.push(prest(d, '14h00', '1h00', 'PETIT Sarah'));
  rows.push(prest('01/12/2026', '9h00', '1h00', 'DUBOIS Laura', 'Annulé'));
  const petit = {
    cells: {
      'mandat.intervenant': 'PETIT Sarah',
      'mandat.fraisGestion': '',
      'mandat.coutSalarie': '300,00 €',
    },
  };
  return durandDossier({ definition: def, mandats: [DUBOIS_MANDAT, petit], planning: rows });
}

describe('facts from the dossier', () => {
  it('names the client NOM Prénom, from the fiche when read', () => {
    expect(clientDisplayName(dossier(COMPLETE))).toBe('DURAND Jeanne');
    expect(clientDisplayName(dossier())).toBe('DURAND Jeanne');
  });
  it('hours per AVS: the contract volume first, else the planning average; recurring slots', () => {
    const h = hoursPerAvs(dossier(), S, TODAY);
    const dubois = h.find((x) => x.name === 'DUBOIS Laura')!;
    expect(dubois).toMatchObject({ minutes: 86.8 * 60, source: 'contrat' });
    expect(dubois.slots).toEqual(['lundi 9h00–11h00', 'mercredi 9h00–11h00']);
    const petit = h.find((x) => x.name === 'PETIT Sarah')!;
    expect(petit.source).toBe('planning');
    // 2 h over the span 07/12 → 19/12 (2 weeks): 1 h a week × 4,34.
    expect(petit.minutes).toBe(Math.round(60 * 4.34));
    expect(petit.slots).toEqual(['samedi 14h00–15h00']);
  });
  it('an ended contract does not count; an AVS of the dossier without prestation is listed', () => {
    const d = dossier();
    d.intervenants[0]!.contrats.push({
      key: '500',
      fields: {
        value: {
          'contrat.employeur': 'DURAND Jeanne',
          'contrat.volumeMensuel': '40',
          'contrat.dateFin': '30/11/2025',
        },
        readAt: 1,
        page: 'intervenant.contrat',
      },
    });
    d.intervenants.push({ key: 'name:MOREAU LEA', name: 'MOREAU Léa', contrats: [] });
    const h = hoursPerAvs(d, S, TODAY);
    expect(h.find((x) => x.name === 'DUBOIS Laura')!.minutes).toBe(86.8 * 60);
    expect(h.find((x) => x.name === 'MOREAU Léa')).toEqual({ name: 'MOREAU Léa', slots: [] });
    expect(h).toHaveLength(3);
  });
  it('a visit with nobody (« Non affecté », « À pourvoir », settings words) is no AVS, nor is a stored ghost', () => {
    const d = dossier();
    const rows = d.client!.planning!.value.rows;
    rows.push(prest('08/12/2026', '9h00', '2h00', 'Non affecté'));
    rows.push(prest('10/12/2026', '9h00', '2h00', 'À POURVOIR'));
    rows.push(prest('11/12/2026', '9h00', '2h00', 'Remplaçante à trouver'));
    rows.push(prest('05/12/2026', '9h00', '2h00', 'MOREAU Léa', 'Annulé'));
    d.intervenants.push({ key: 'name:AFFECTE NON', name: 'Non affecté', contrats: [] });
    const names = (settings = S) => hoursPerAvs(d, settings, TODAY).map((h) => h.name);
    // In the order of their first prestation: DUBOIS 07/12, « Remplaçante » 11/12, PETIT 12/12.
    expect(names()).toEqual(['DUBOIS Laura', 'Remplaçante à trouver', 'PETIT Sarah']);
    const words = { ...S, unassignedWords: [...S.unassignedWords, 'Remplaçante à trouver'] };
    expect(names(words)).toEqual(['DUBOIS Laura', 'PETIT Sarah']);
  });
  it('one AVS written « Mme DUBOIS Laura » or « Laura DUBOIS » on some rows is one line, not three', () => {
    const d = dossier();
    const rows = d.client!.planning!.value.rows;
    rows.push(prest('21/12/2026', '9h00', '2h00', 'Mme DUBOIS Laura'));
    rows.push(prest('23/12/2026', '9h00', '2h00', 'Laura DUBOIS'));
    const h = hoursPerAvs(d, S, TODAY);
    expect(h.map((x) => x.name)).toEqual(['DUBOIS Laura', 'PETIT Sarah']);
    expect(h[0]!.slots).toEqual(['lundi 9h00–11h00', 'mercredi 9h00–11h00']);
  });
  it('days and times: one line per weekday, back-to-back prestations merged, a night over midnight', () => {
    const rows = [];
    for (const d of ['07/12/2026', '14/12/2026']) {
      rows.push(prest(d, '8h00', '1h00', 'DUBOIS Laura'));
      rows.push(prest(d, '9h00', '2h00', 'DUBOIS Laura'));
      rows.push(prest(d, '17h00', '1h00', 'DUBOIS Laura'));
    }
    for (const d of ['12/12/2026', '19/12/2026']) rows.push(prest(d, '21h00', '10h00', 'DUBOIS Laura'));
    rows.push(prest('08/12/2026', '14h00', '1h00', 'DUBOIS Laura')); // once: not the weekly pattern
    const d: DossierView = {
      client: { key: 'k', planning: st({ rows, periods: [], complete: false }, 'client.planning') },
      intervenants: [],
    };
    expect(hoursPerAvs(d, S, TODAY)[0]!.slots).toEqual([
      'lundi 8h00–11h00, 17h00–18h00',
      'samedi 21h00–7h00',
    ]);
  });
  it('monthly cost = frais de gestion + coût du salarié, per mandat, and a total', () => {
    const c = monthlyCosts(dossier());
    expect(c.lines[0]).toEqual({ avs: 'DUBOIS Laura', frais: 89, salarie: 1712.4, total: 1801.4 });
    expect(c.lines[1]).toEqual({ avs: 'PETIT Sarah', salarie: 300 });
    expect(c.total).toBeCloseTo(2101.4);
    expect(monthlyCosts({ intervenants: [] })).toEqual({ lines: [] });
  });
  it('proposes the next call at trial end − settings delay', () => {
    expect(proposedCallDate(dossier(), S, TODAY)).toBe('2027-01-25');
    expect(proposedCallDate({ intervenants: [] }, S, TODAY)).toBeUndefined();
  });
});

describe('résumé d’appel', () => {
  it('states the facts and the answers', () => {
    const a = {
      [CALL_KEYS.dossierApa]: 'non',
      [CALL_KEYS.demandeAici]: 'oui',
      [CALL_KEYS.cout]: 'valide',
      [CALL_KEYS.absences]: 'du 20/12/2026 au 03/01/2027',
      [CALL_KEYS.prochainAppel]: '20/01/2027',
      [CALL_KEYS.note('presenter')]: 'fille présente',
    };
    const d = dossier(COMPLETE);
    d.client!.planning!.value.complete = true;
    const text = callSummary(callFacts(d, S, TODAY), a);
    expect(text).toContain('Client : DURAND Jeanne');
    expect(text).toContain('Date de démarrage du contrat : 07/12/2026');
    expect(text).toContain('DUBOIS Laura : 86,8 h par mois');
    expect(text).toContain('Intervenantes : DUBOIS Laura, PETIT Sarah');
    expect(text).toContain('Dossier APA : non');
    expect(text).toContain('Demande d’AICI : oui');
    expect(text).toContain('Coût mensuel validé avec le client : oui (2 101,40 €)');
    expect(text).toContain('Absences programmables : du 20/12/2026 au 03/01/2027');
    expect(text).toContain('Prochain échange : 20/01/2027');
    expect(text).toContain('Notes : fille présente');
  });
  it('does not state a start date from a planning read partially (the real first prestation may be earlier)', () => {
    const text = callSummary(callFacts(dossier(COMPLETE), S, TODAY), {});
    expect(text).toContain('Date de démarrage du contrat : à définir (planning lu partiellement)\n');
  });
  it('lists as Intervenantes the people only, not « Non affecté »', () => {
    const d = dossier();
    d.client!.planning!.value.rows.push(prest('08/12/2026', '9h00', '2h00', 'Non affecté'));
    const text = callSummary(callFacts(d, S, TODAY), {});
    expect(text).toContain('Intervenantes : DUBOIS Laura, PETIT Sarah\n');
  });
  it('says « non renseigné » for what was not answered', () => {
    const text = callSummary(callFacts({ intervenants: [] }, S, TODAY), {});
    expect(text).toContain('Dossier APA : non renseigné');
    expect(text).toContain('Coût mensuel validé avec le client : non renseigné');
    expect(text).not.toContain('Prochain échange');
  });
  it('à revoir: non, with the note', () => {
    const text = callSummary(callFacts(dossier(), S, TODAY), {
      [CALL_KEYS.cout]: 'aRevoir',
      [CALL_KEYS.coutNote]: 'trop cher',
    });
    expect(text).toContain('Coût mensuel validé avec le client : non (2 101,40 €) — trop cher');
  });
});

describe('AICI readiness', () => {
  const run = (def: Record<string, string> | undefined, rules: string[] = [], answers = {}) =>
    aiciReadiness(dossier(def), rules, S, TODAY, answers);

  it('a complete record needs nothing', () => {
    const r = run(COMPLETE);
    expect(r.state).toBe('read');
    expect(r.state === 'read' && r.problems).toEqual([]);
  });
  it('absent from the page → à vérifier dans Ogust; empty → manquant', () => {
    const { 'client.bic': _bic, ...noBic } = COMPLETE;
    const r = run({ ...noBic, 'client.email': '' });
    expect(r.state === 'read' && r.problems.map((p) => [p.field, p.problem])).toEqual([
      ['email', 'manquant'],
      ['bic', 'à vérifier dans Ogust'],
    ]);
  });
  it('invalid values: birth date, email, landline, BIC, account holder; IBAN from the stored finding', () => {
    const r = run(
      {
        ...COMPLETE,
        'client.dateNaissance': '31/02/1941',
        'client.email': 'jeanne@',
        'client.telPortable': '03 20 00 00 00',
        'client.bic': 'XX',
        'client.titulaireCompte': 'M. DURAND Paul',
      },
      ['client.iban.invalid'],
    );
    expect(r.state === 'read' && r.problems.map((p) => p.field)).toEqual([
      'dateNaissance',
      'email',
      'telPortable',
      'iban',
      'bic',
      'titulaireCompte',
    ]);
  });
  it('nom de naissance: empty is fine for M., missing for Mme', () => {
    const m = run({ ...COMPLETE, 'client.civilite': 'M.', 'client.nomNaissance': '' });
    expect(m.state === 'read' && m.problems).toEqual([]);
    const mme = run({ ...COMPLETE, 'client.nomNaissance': '' });
    expect(mme.state === 'read' && mme.problems.map((p) => p.field)).toEqual(['nomNaissance']);
  });
  it('born outside France: no département nor commune needed', () => {
    const { 'client.departementNaissance': _d, 'client.lieuNaissance': _l, ...rest } = COMPLETE;
    const r = run({ ...rest, 'client.paysNaissance': 'Portugal' });
    expect(r.state === 'read' && r.problems).toEqual([]);
    const unknown = run({ ...rest, 'client.paysNaissance': '' });
    expect(unknown.state === 'read' && unknown.problems.map((p) => [p.field, p.problem])).toEqual([
      ['paysNaissance', 'manquant'],
      ['departementNaissance', 'à vérifier dans Ogust'],
      ['lieuNaissance', 'à vérifier dans Ogust'],
    ]);
    const fr = run(rest);
    expect(fr.state === 'read' && fr.problems.map((p) => p.field)).toEqual([
      'departementNaissance',
      'lieuNaissance',
    ]);
  });
  it('fiche not read; APA/PCH warning from the dated setting', () => {
    expect(run(undefined)).toMatchObject({ state: 'notRead', apaPchWarning: true, apaPch: false });
    expect(run({ ...COMPLETE, 'client.exoneration': 'APA' })).toMatchObject({ apaPch: true });
    expect(run(COMPLETE, [], { [CALL_KEYS.dossierApa]: 'oui' })).toMatchObject({ apaPch: true });
    const s = { ...S, legal: { ...S.legal, aiciExclutApaPch: [{ from: '2026-06-01', value: false }] } };
    expect(aiciReadiness(dossier(COMPLETE), [], s, TODAY, {}).apaPchWarning).toBe(false);
  });
});
