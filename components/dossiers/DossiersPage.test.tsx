// @vitest-environment jsdom
/**
 * « Dossiers en cours » on hand-made data: one row per dossier with the contract's attributes, the
 * verdicts and counts worked out by hand from docs/checklist.md, sort, « à traiter », search, the
 * retention sentence, the Ogust link, the tasks still to create, text-only rendering, and the
 * French states while loading, on failure and with no dossier.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DossierData } from '../../lib/platform/messages';
import { EMPTY_NOTES, type NotesEntry, type NotesStore } from '../../lib/notes/notes';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings/settings';
import { CLIENT, DOSSIER, FINDINGS, NOW, PAGES_READ } from '../../tests/support/panel';
import type { DossiersDeps } from './data';
import { DossiersPage } from './DossiersPage';

afterEach(cleanup);
vi.setConfig({ testTimeout: 20_000 });

/** DURAND (helpers' dossier): NIR line in error, name line to check, one AVS, nothing else read. */
const DURAND: DossierData = {
  key: CLIENT,
  lastActivity: NOW - 60_000,
  dossier: DOSSIER,
  findings: FINDINGS,
  pagesRead: PAGES_READ,
};
/** A second client, only her fiche read, no finding; a name that looks like HTML. */
const OTHER = 'code:CLI00099';
const LEROY: DossierData = {
  key: OTHER,
  lastActivity: NOW,
  dossier: {
    client: {
      key: OTHER,
      name: 'LÉROY <b>Éva</b>',
      code: 'CLI00099',
      definition: {
        value: {},
        readAt: NOW,
        page: 'client.definition',
        url: 'https://demo.ogust.com/leroy.html',
      },
    },
    intervenants: [],
  },
  findings: [],
  pagesRead: [{ page: 'client.definition', entity: OTHER, readAt: NOW }],
};

/** PETIT: no AVS, the four client tabs read without a finding. */
const PETIT_KEY = 'code:CLI00050';
const PETIT: DossierData = {
  key: PETIT_KEY,
  lastActivity: NOW - 120_000,
  dossier: { client: { key: PETIT_KEY, name: 'PETIT Anne', code: 'CLI00050' }, intervenants: [] },
  findings: [],
  pagesRead: (['client.definition', 'client.contrats', 'client.planning', 'client.documents'] as const).map(
    (page) => ({ page, entity: PETIT_KEY, readAt: NOW - 120_000 }),
  ),
};
/** Every manual item of a dossier without AVS ticked (docs/checklist.md, « à cocher »). */
const PETIT_TICKS = [
  'manuel.ficheClient.sigleBleu',
  'manuel.ficheClient.adresseGeolocalisee',
  'manuel.ficheClient.ficheEnregistree',
  'manuel.contratMandat.iModifie',
  'manuel.planningClient.forfaitsProfilPaie',
  'manuel.unaideConnect.connexion',
  'manuel.unaideConnect.arobaseDiese',
  'manuel.unaideConnect.ressources',
  'manuel.tachesBackOffice.nouveauClient',
  'manuel.tachesBackOffice.suivantes',
  'manuel.tachesBackOffice.propositionCloturee',
];

const entry = (over: Partial<NotesEntry>): NotesEntry => ({
  updatedAt: NOW,
  manual: {},
  call: {},
  tasks: {},
  ...over,
});

const PETIT_NOTES: NotesStore = {
  ...EMPTY_NOTES,
  dossiers: { [PETIT_KEY]: entry({ manual: Object.fromEntries(PETIT_TICKS.map((id) => [id, true])) }) },
};

function deps(dossiers: DossierData[], notes: NotesStore = EMPTY_NOTES, over: Partial<DossiersDeps> = {}) {
  let onChange = () => {};
  const d: DossiersDeps = {
    loadDossiers: vi.fn(async () => dossiers),
    loadEnv: async () => ({ settings: DEFAULT_SETTINGS, today: '2026-11-28' }),
    loadNotes: async () => notes,
    watch: (cb) => {
      onChange = cb;
      return () => {};
    },
    now: () => NOW,
    ...over,
  };
  return { d, fire: () => onChange() };
}

const rowOf = (key: string) => document.querySelector(`[data-oc-dossier="${key}"]`);
const rowKeys = () =>
  [...document.querySelectorAll('[data-oc-dossier]')].map((r) => r.getAttribute('data-oc-dossier'));

async function show(d: DossiersDeps) {
  render(<DossiersPage deps={d} />);
  await screen.findByRole('table');
}

describe('DossiersPage', () => {
  it('has one row per dossier with its verdict and counts', async () => {
    await show(deps([DURAND, LEROY]).d);
    expect(rowKeys()).toHaveLength(2);
    const a = rowOf(CLIENT)!;
    // 1 error (NIR), 1 warning (nom); unread: mandat 4 + planning 3 + documents 1, and for the one
    // AVS fiche 11 + contrat de travail 11 + planning 4 = 34.
    expect(a.getAttribute('data-verdict')).toBe('non-conforme');
    expect([
      a.getAttribute('data-errors'),
      a.getAttribute('data-warnings'),
      a.getAttribute('data-unseen'),
    ]).toEqual(['1', '1', '34']);
    const b = rowOf(OTHER)!;
    expect(b.getAttribute('data-verdict')).toBe('incomplet');
    expect([
      b.getAttribute('data-errors'),
      b.getAttribute('data-warnings'),
      b.getAttribute('data-unseen'),
    ]).toEqual(['0', '0', '8']);
    expect(within(a as HTMLElement).getByText('Non conforme')).toBeTruthy();
    expect(within(b as HTMLElement).getByText('Incomplet')).toBeTruthy();
    expect(within(a as HTMLElement).getByText('DUBOIS Laura')).toBeTruthy();
  });

  it('renders names as text, never as HTML', async () => {
    await show(deps([LEROY]).d);
    expect(rowOf(OTHER)!.querySelector('b')).toBeNull();
    expect(within(rowOf(OTHER) as HTMLElement).getByText('LÉROY <b>Éva</b>')).toBeTruthy();
  });

  it('sorts by verdict first, by last activity on demand', async () => {
    await show(deps([LEROY, DURAND]).d);
    expect(rowKeys()).toEqual([CLIENT, OTHER]);
    fireEvent.change(screen.getByLabelText('Trier par'), { target: { value: 'activity' } });
    expect(rowKeys()).toEqual([OTHER, CLIENT]);
  });

  it('says conforme for a dossier all read and ticked, and « à traiter » leaves it out', async () => {
    await show(deps([DURAND, LEROY, PETIT], PETIT_NOTES).d);
    const c = rowOf('code:CLI00050')!;
    expect(c.getAttribute('data-verdict')).toBe('conforme');
    expect([
      c.getAttribute('data-errors'),
      c.getAttribute('data-warnings'),
      c.getAttribute('data-unseen'),
    ]).toEqual(['0', '0', '0']);
    expect(rowKeys()).toEqual([CLIENT, OTHER, 'code:CLI00050']);
    fireEvent.click(screen.getByLabelText(/À traiter seulement/));
    expect(rowKeys()).toEqual([CLIENT, OTHER]);
    expect(screen.getByText('2 dossiers sur 3')).toBeTruthy();
  });

  it('searches by name, accents and case aside', async () => {
    await show(deps([DURAND, LEROY]).d);
    fireEvent.change(screen.getByLabelText(/Rechercher un client/), { target: { value: 'leroy eva' } });
    expect(rowKeys()).toEqual([OTHER]);
    fireEvent.change(screen.getByLabelText(/Rechercher un client/), { target: { value: 'zzz' } });
    expect(rowKeys()).toEqual([]);
    expect(screen.getByText(/Aucun dossier ne correspond/)).toBeTruthy();
  });

  it('states the retention from the settings', async () => {
    const settings = parseSettings({ delays: { retentionJours: 45 } });
    await show(deps([DURAND], EMPTY_NOTES, { loadEnv: async () => ({ settings, today: '2026-11-28' }) }).d);
    expect(document.querySelector('[data-oc-retention]')!.textContent).toContain(
      'conservé 45 jours après la dernière activité',
    );
    cleanup();
    await show(deps([DURAND]).d);
    expect(document.querySelector('[data-oc-retention]')!.textContent).toContain(
      'conservé 30 jours après la dernière activité',
    );
  });

  it('shows the appointment, the tasks still to create and the Ogust link', async () => {
    const notes: NotesStore = {
      ...EMPTY_NOTES,
      dossiers: {
        [CLIENT]: entry({
          appointment: { at: '2026-12-03T14:30', notified: false },
          tasks: { nouveauClient: 'created', urssaf: 'present' },
          call: { 'aide.demandeAici': 'non' },
        }),
      },
    };
    await show(deps([DURAND], notes).d);
    const row = within(rowOf(CLIENT) as HTMLElement);
    expect(row.getByText('le 03/12/2026 à 14:30')).toBeTruthy();
    const tasks = [...rowOf(CLIENT)!.querySelectorAll('li')].map((l) => l.textContent);
    // 13 templates; Nouveau client created, URSSAF present, AICI not requested.
    expect(tasks).toHaveLength(10);
    expect(tasks).not.toContain('Nouveau client');
    expect(tasks).not.toContain('Demande d’AICI');
    expect(tasks[0]).toBe('Suivi période d’essai (renouvellement)');
    const link = row.getByRole('link', { name: 'Ouvrir dans Ogust' });
    expect(link.getAttribute('href')).toBe('https://demo.ogust.com/client-definition.html');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(row.getByRole('link', { name: 'Rapport' }).getAttribute('href')).toBe(
      '/rapport.html?dossier=code%3ACLI00042',
    );
  });

  it('reloads when the store changes', async () => {
    let list = [DURAND];
    const { d, fire } = deps([], EMPTY_NOTES, { loadDossiers: async () => list });
    await show(d);
    expect(rowKeys()).toEqual([CLIENT]);
    list = [DURAND, LEROY];
    await act(async () => fire());
    await vi.waitFor(() => expect(rowKeys()).toHaveLength(2));
  });

  it('says in French when there is no dossier, and when loading failed', async () => {
    render(<DossiersPage deps={deps([]).d} />);
    expect(await screen.findByText(/Aucun dossier en cours : ouvrez la fiche d’un client/)).toBeTruthy();
    cleanup();
    render(
      <DossiersPage deps={deps([], EMPTY_NOTES, { loadDossiers: () => Promise.reject(new Error('x')) }).d} />,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/n’ont pas pu être chargés/);
  });
});
