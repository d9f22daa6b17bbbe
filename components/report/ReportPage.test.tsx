// @vitest-environment jsdom
/**
 * The conformity report on hand-made data: every procedure line and rule with its status as the
 * panel gives it, manual ticks, NIR and IBAN masked, the staff member's name and the date, the call's
 * answers and the tasks marked, text-only rendering, a French message for an unknown dossier.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allLines } from '../../procedure/checklist/items';
import type { DossierData } from '../../lib/platform/messages';
import { EMPTY_NOTES, type NotesStore } from '../../lib/notes/notes';
import { parseSettings } from '../../lib/settings/settings';
import type { DossiersDeps } from '../dossiers/data';
import { CLIENT, DOSSIER, FINDINGS, NOW, PAGES_READ } from '../../tests/support/panel';
import { ReportPage } from './ReportPage';

afterEach(cleanup);
vi.setConfig({ testTimeout: 20_000 });

const DURAND: DossierData = {
  key: CLIENT,
  lastActivity: NOW,
  dossier: DOSSIER,
  findings: FINDINGS,
  pagesRead: PAGES_READ,
};

const NOTES: NotesStore = {
  ...EMPTY_NOTES,
  dossiers: {
    [CLIENT]: {
      updatedAt: NOW,
      manual: { 'manuel.ficheClient.sigleBleu': true },
      call: { 'presenter.fait': true, 'presenter.note': 'rappeler après 14 h', 'aide.dossierApa': 'oui' },
      tasks: { nouveauClient: 'created', urssaf: 'present' },
    },
  },
};

function deps(over: Partial<DossiersDeps> = {}): DossiersDeps {
  return {
    loadDossiers: vi.fn(async () => [DURAND]),
    loadEnv: async () => ({ settings: parseSettings({ userName: 'Camille Martin' }), today: '2026-11-28' }),
    loadNotes: async () => NOTES,
    watch: () => () => {},
    now: () => NOW,
    ...over,
  };
}

const status = (id: string) => document.querySelector(`[data-oc-item="${id}"]`)?.getAttribute('data-status');

async function show(d = deps()) {
  render(<ReportPage deps={d} dossierKey={CLIENT} />);
  await screen.findByText('Rapport de conformité', { selector: 'h1' });
  return d;
}

describe('ReportPage', () => {
  it('asks the background for this dossier only', async () => {
    const d = await show();
    expect(d.loadDossiers).toHaveBeenCalledWith(CLIENT);
    expect(document.querySelector('[data-oc-report]')!.getAttribute('data-oc-report')).toBe(CLIENT);
  });

  it('holds every procedure line and every rule under it', async () => {
    await show();
    for (const { group, line } of allLines()) {
      const id = group.perAvs ? `${group.id}.SA00017.${line.name}` : `${group.id}.${line.name}`;
      const el = document.querySelector(`[data-oc-item="${id}"]`);
      expect(el, id).toBeTruthy();
      for (const r of line.rules)
        expect(el!.querySelector(`[data-oc-item="${r}"]`), `${id} ${r}`).toBeTruthy();
    }
  });

  it('gives each line and rule the status the panel gives it', async () => {
    await show();
    expect(status('ficheClient.nir')).toBe('error');
    expect(status('client.nir.key')).toBe('error');
    expect(status('client.nir.format')).toBe('ok');
    expect(status('ficheClient.nomPrenom')).toBe('warning');
    expect(status('ficheClient.civilite')).toBe('ok');
    expect(status('contratMandat.fraisGestion')).toBe('unseen');
    expect(status('manuel.ficheClient.sigleBleu')).toBe('done');
    expect(status('manuel.ficheClient.ficheEnregistree')).toBe('manual');
    // Ticked by the Tâches view's mark.
    expect(status('manuel.tachesBackOffice.nouveauClient')).toBe('done');
    expect(document.querySelector('[data-oc-report]')!.getAttribute('data-verdict')).toBe('non-conforme');
  });

  it('says when each line was read, and which were not', async () => {
    await show();
    const nir = document.querySelector('[data-oc-item="ficheClient.nir"]')!.textContent!;
    // NOW − 3 min = 08:57 UTC = 09:57 in Paris.
    expect(nir).toContain('lu le 28/11/2026 à 09:57');
    expect(document.querySelector('[data-oc-item="contratMandat.fraisGestion"]')!.textContent).toContain(
      'onglet pas encore lu',
    );
  });

  it('shows NIR and IBAN masked, the AVS, the staff member and the date', async () => {
    await show();
    const text = document.body.textContent!;
    expect(text).toContain('2 48 03 •• ••• ••• 57');
    expect(text).toContain('FR76 •••• 189');
    expect(text).toContain('DUBOIS Laura');
    expect(text).toContain('SA00017');
    expect(text).toContain('Établi par Camille Martin le 28/11/2026');
  });

  it('lists the call’s answers and the tasks marked', async () => {
    await show();
    const step = document.querySelector('[data-oc-step="presenter"]')!;
    expect(step.getAttribute('data-done')).toBe('true');
    expect(step.textContent).toContain('rappeler après 14 h');
    expect(document.querySelector('[data-oc-step="missions"]')!.getAttribute('data-done')).toBe('false');
    expect(document.querySelector('[data-oc-report-call]')!.textContent).toContain('Dossier APA : oui');
    const tasks = [...document.querySelectorAll('[data-oc-report-tasks] [data-oc-task]')].map((t) => [
      t.getAttribute('data-oc-task'),
      t.getAttribute('data-oc-task-state'),
    ]);
    expect(tasks).toEqual([
      ['nouveauClient', 'created'],
      ['urssaf', 'present'],
    ]);
  });

  it('renders messages as text, never as HTML', async () => {
    await show();
    expect(document.querySelector('[data-oc-report] img')).toBeNull();
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)> pas du HTML');
  });

  it('says in French when the dossier is not on this machine', async () => {
    render(<ReportPage deps={deps({ loadDossiers: async () => [] })} dossierKey="code:NOPE" />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Dossier introuvable sur ce poste/);
  });
});
