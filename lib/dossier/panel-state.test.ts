/**
 * What the panel gets for a tab: the tab's dossier with the stored findings and pages read of its
 * entities; on an intervenant page, the most recent client including the AVS and a choice of the
 * others. And the findings kept on an entity are written only when they changed.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_STORE, mergeRecord, withPageFindings, type DossierStore } from './store';
import { scrubMessage, toStoredFindings, type PageFindings } from '../model/page-findings';
import { panelStateFor } from './panel-state';
import type { FieldRead, PageKey, PageRecord } from '../model/types';

const f = (value: string): FieldRead => ({
  state: 'read',
  value,
  label: 'x',
  via: 'label-for',
  control: true,
});

function clientFiche(code: string, nom: string, prenom: string): PageRecord {
  return {
    page: 'client.definition',
    url: `https://demo.ogust.com/client?id=${code}`,
    fields: {
      'client.codeClient': f(code),
      'client.nom': f(nom),
      'client.prenom': f(prenom),
      'client.nir': f('248037510805757'),
    },
    unsaved: false,
  };
}
function mandats(names: string[]): PageRecord {
  return {
    page: 'client.contrats',
    url: 'https://demo.ogust.com/contrats',
    fields: {},
    unsaved: false,
    list: {
      key: 'mandat',
      columns: ['mandat.intervenant'],
      rows: names.map((n) => ({ cells: { 'mandat.intervenant': n } })),
      complete: true,
    },
  };
}
function avsFiche(matricule: string, nom: string, prenom: string): PageRecord {
  return {
    page: 'intervenant.definition',
    url: `https://demo.ogust.com/intervenant?id=${matricule}`,
    fields: {
      'intervenant.matricule': f(matricule),
      'intervenant.nom': f(nom),
      'intervenant.prenom': f(prenom),
    },
    unsaved: false,
  };
}

function build(): DossierStore {
  let s = EMPTY_STORE;
  const merge = (
    r: PageRecord,
    readAt: number,
    lastOwner?: { kind: 'client' | 'intervenant'; key: string },
  ) => {
    s = mergeRecord(s, r, { readAt, ...(lastOwner ? { lastOwner } : {}) }).store;
  };
  merge(clientFiche('CLI00042', 'DURAND', 'Jeanne'), 1000);
  merge(mandats(['DUBOIS Laura']), 1100, { kind: 'client', key: 'code:CLI00042' });
  merge(clientFiche('CLI00057', 'BERNARD', 'Henri'), 2000);
  merge(mandats(['DUBOIS Laura', 'MOREAU Claire']), 2100, { kind: 'client', key: 'code:CLI00057' });
  merge(avsFiche('SA00017', 'DUBOIS', 'Laura'), 3000);
  return s;
}

const pf = (page: PageKey, readAt: number, rules: string[]): PageFindings => ({
  page,
  readAt,
  url: `https://demo.ogust.com/${page}`,
  findings: rules.map((rule) => ({ rule, severity: 'error', message: `m ${rule}`, field: rule })),
});

describe('panelStateFor', () => {
  it('is empty off Ogust and on an unrecognised page', () => {
    const s = build();
    expect(panelStateFor(s, { tabId: 3, ogust: false })).toMatchObject({ ogust: false, recognised: false });
    expect(panelStateFor(s, { tabId: 3, ogust: true })).toMatchObject({
      ogust: true,
      recognised: false,
      findings: [],
    });
  });

  it('gives a client page its dossier, findings and pages read', () => {
    let s = build();
    s = withPageFindings(
      s,
      'client',
      'code:CLI00042',
      'client.definition',
      pf('client.definition', 1000, ['client.nir.key']),
      60_000,
    ).store;
    s = withPageFindings(
      s,
      'intervenant',
      'code:SA00017',
      'intervenant.definition',
      pf('intervenant.definition', 3000, []),
      60_000,
    ).store;
    s = withPageFindings(
      s,
      'client',
      'code:CLI00057',
      'client.definition',
      pf('client.definition', 2000, ['client.email.invalid']),
      60_000,
    ).store;
    const state = panelStateFor(s, {
      tabId: 3,
      ogust: true,
      shown: { kind: 'client', key: 'code:CLI00042', page: 'client.definition', at: 1 },
    });
    expect(state).toMatchObject({ recognised: true, dossierKey: 'code:CLI00042', page: 'client.definition' });
    expect(state.dossier.client?.name).toBe('DURAND Jeanne');
    // The store keeps the NIR masked; the findings of another client are not there.
    expect(state.dossier.client?.definition?.value['client.nir']).toBe('2 48 03 •• ••• ••• 57');
    expect(state.findings.map((x) => [x.rule, x.entity])).toEqual([['client.nir.key', 'code:CLI00042']]);
    expect(state.pagesRead.map((p) => [p.page, p.entity]).sort()).toEqual([
      ['client.definition', 'code:CLI00042'],
      ['intervenant.definition', 'code:SA00017'],
    ]);
    // The view the content scripts get does not carry the findings.
    expect(JSON.stringify(state.dossier)).not.toContain('client.nir.key');
  });

  it('on an intervenant page, shows the most recent client including the AVS, and the chosen one', () => {
    const s = build();
    const shown = {
      kind: 'intervenant' as const,
      key: 'code:SA00017',
      page: 'intervenant.definition' as const,
      at: 1,
    };
    const state = panelStateFor(s, { tabId: 3, ogust: true, shown });
    expect(state.clients.map((c) => c.key)).toEqual(['code:CLI00057', 'code:CLI00042']);
    expect(state.dossierKey).toBe('code:CLI00057');
    expect(state.dossier.currentIntervenant).toBe('code:SA00017');
    const chosen = panelStateFor(s, { tabId: 3, ogust: true, shown }, 'code:CLI00042');
    expect(chosen.dossierKey).toBe('code:CLI00042');
    expect(chosen.dossier.intervenants.map((i) => i.key)).toContain('code:SA00017');
  });
});

describe('findings kept for the panel', () => {
  it('are written only when they changed, or to re-stamp an old read', () => {
    const s = build();
    const first = withPageFindings(
      s,
      'client',
      'code:CLI00042',
      'client.definition',
      pf('client.definition', 1000, ['a']),
      60_000,
    );
    expect(first.changed).toBe(true);
    const same = withPageFindings(
      first.store,
      'client',
      'code:CLI00042',
      'client.definition',
      pf('client.definition', 5000, ['a']),
      60_000,
    );
    expect(same.changed).toBe(false);
    expect(same.store).toBe(first.store);
    const later = withPageFindings(
      first.store,
      'client',
      'code:CLI00042',
      'client.definition',
      pf('client.definition', 70_000, ['a']),
      60_000,
    );
    expect(later.changed).toBe(true);
    const other = withPageFindings(
      first.store,
      'client',
      'code:CLI00042',
      'client.definition',
      pf('client.definition', 2000, ['b']),
      60_000,
    );
    expect(other.changed).toBe(true);
    expect(
      withPageFindings(s, 'client', 'code:NOPE', 'client.definition', pf('client.definition', 1, []), 1)
        .changed,
    ).toBe(false);
  });

  it('never hold a full NIR or IBAN', () => {
    expect(scrubMessage('NIR 2 48 03 75 108 057 57 invalide')).not.toMatch(/108/);
    expect(scrubMessage('IBAN FR7630006000011234567890189 invalide')).not.toMatch(/1234567890/);
    expect(scrubMessage('Clé NIR invalide (attendue 43)')).toBe('Clé NIR invalide (attendue 43)');
    const stored = toStoredFindings([
      {
        rule: 'x',
        severity: 'error',
        message: 'valeur 248037510805757',
        field: 'client.nir',
        targets: [],
        rows: [1],
      },
    ]);
    expect(stored).toEqual([
      { rule: 'x', severity: 'error', message: 'valeur [numéro masqué]', field: 'client.nir' },
    ]);
  });
});
