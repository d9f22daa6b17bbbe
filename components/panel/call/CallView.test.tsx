/** @vitest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_KEYS } from '../../../procedure/call/script';
import { EMPTY_ENTRY, type NotesEntry } from '../../../lib/notes/notes';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { PanelDataContext, type PanelFinding } from '../context';
import { DEFINITION, durand, Harness, TODAY, USER } from '../../../tests/support/tasks-harness';
import { CallView } from './CallView';

const writeText = vi.fn();
beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

const step = (id: string) => document.querySelector(`[data-oc-call-step="${id}"]`) as HTMLElement;
const answerEl = <T extends HTMLElement>(key: string) =>
  document.querySelector(`[data-oc-call-answer="${key}"]`) as T;

function show(
  opts: {
    notes?: Partial<NotesEntry>;
    findings?: PanelFinding[];
    definition?: Record<string, string>;
    settings?: typeof DEFAULT_SETTINGS;
  } = {},
) {
  const onSave = vi.fn();
  const view = render(
    <Harness
      dossier={durand(opts.definition ? { definition: opts.definition } : {})}
      notes={{ ...EMPTY_ENTRY, ...opts.notes }}
      findings={opts.findings}
      settings={opts.settings}
      onSave={onSave}
    >
      <CallView />
    </Harness>,
  );
  return { onSave, view };
}

describe('Appel view', () => {
  it('has the eleven steps in order, each with a tick box and a notes field', () => {
    show();
    const steps = [...document.querySelectorAll('[data-oc-call-step]')];
    expect(steps.map((s) => s.getAttribute('data-oc-call-step'))).toEqual([
      'presenter',
      'missions',
      'coordonnees',
      'tachesAVenir',
      'details',
      'absences',
      'cout',
      'signature',
      'outils',
      'aide',
      'prochainAppel',
    ]);
    for (const s of steps) {
      expect(s.querySelector('input[type="checkbox"]')).not.toBeNull();
      expect(s.querySelector('textarea')).not.toBeNull();
    }
    expect(steps[0]!.textContent).toContain('1. Se présenter');
    expect(steps[10]!.textContent).toContain('11. Programmer le prochain échange');
  });

  it('shows the dossier’s facts: the user, the agency number, hours per AVS with days and times, the cost', () => {
    show();
    expect(step('presenter').textContent).toContain(USER);
    expect(step('coordonnees').textContent).toContain('03 75 00 10 20');
    const details = step('details').textContent!;
    expect(details).toContain('DUBOIS Laura : 86,8 h par mois (contrat de travail)');
    expect(details).toContain('lundi 8h00–10h00');
    expect(details).toContain('PETIT Sarah');
    expect(details).toContain('samedi 14h00–15h00');
    expect(details).toMatch(/PETIT Sarah : [\d,]+ h par mois \(planning\)/);
    const cost = step('cout').textContent!;
    expect(cost).toContain(
      'DUBOIS Laura : frais de gestion 89,00 € + coût du salarié 1 712,40 € = 1 801,40 €',
    );
    expect(step('prochainAppel').textContent).toContain('Date proposée : 25/01/2027');
  });

  it('asks for the user’s name when the settings have none', () => {
    show({ settings: { ...DEFAULT_SETTINGS, userName: '' } });
    expect(step('presenter').textContent).toContain('Votre nom n’est pas renseigné');
  });

  it('saves ticks, notes and answers as they are typed', () => {
    const { onSave } = show();
    fireEvent.click(within(step('presenter')).getByRole('checkbox'));
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ call: { [CALL_KEYS.done('presenter')]: true } }),
    );
    fireEvent.change(answerEl(CALL_KEYS.absences), { target: { value: 'du 20/12' } });
    fireEvent.change(answerEl(CALL_KEYS.absences), { target: { value: 'du 20/12/2026 au 03/01/2027' } });
    fireEvent.click(within(step('cout')).getByLabelText('À revoir'));
    fireEvent.change(answerEl(CALL_KEYS.note('cout')), { target: { value: 'fille au téléphone' } });
    fireEvent.click(within(answerEl(CALL_KEYS.dossierApa)).getByLabelText('Non'));
    expect(onSave.mock.lastCall![0].call).toEqual({
      [CALL_KEYS.done('presenter')]: true,
      [CALL_KEYS.absences]: 'du 20/12/2026 au 03/01/2027',
      [CALL_KEYS.cout]: 'aRevoir',
      [CALL_KEYS.note('cout')]: 'fille au téléphone',
      [CALL_KEYS.dossierApa]: 'non',
    });
    // Unticking and emptying remove the keys.
    fireEvent.click(within(step('presenter')).getByRole('checkbox'));
    fireEvent.change(answerEl(CALL_KEYS.absences), { target: { value: '' } });
    expect(onSave.mock.lastCall![0].call).not.toHaveProperty(CALL_KEYS.done('presenter'));
    expect(onSave.mock.lastCall![0].call).not.toHaveProperty(CALL_KEYS.absences);
  });

  it('shows the saved answers when it opens again', () => {
    show({
      notes: {
        call: {
          [CALL_KEYS.done('missions')]: true,
          [CALL_KEYS.absences]: 'vacances de Noël',
          [CALL_KEYS.demandeAici]: 'oui',
          [CALL_KEYS.prochainAppel]: '20/01/2027',
        },
      },
    });
    expect(within(step('missions')).getByRole('checkbox')).toHaveProperty('checked', true);
    expect(answerEl<HTMLInputElement>(CALL_KEYS.absences).value).toBe('vacances de Noël');
    expect(within(answerEl(CALL_KEYS.demandeAici)).getByLabelText('Oui')).toHaveProperty('checked', true);
    expect(answerEl<HTMLInputElement>(CALL_KEYS.prochainAppel).value).toBe('20/01/2027');
  });

  it('next call: the proposed date in one click; an unreadable date is kept with a message', () => {
    const { onSave } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre la date proposée' }));
    expect(onSave.mock.lastCall![0].call[CALL_KEYS.prochainAppel]).toBe('25/01/2027');
    fireEvent.change(answerEl(CALL_KEYS.prochainAppel), { target: { value: '32/01/2027' } });
    expect(onSave.mock.lastCall![0].call[CALL_KEYS.prochainAppel]).toBe('32/01/2027');
    expect(within(step('prochainAppel')).getByRole('alert').textContent).toContain('Date illisible');
  });

  it('AICI readiness appears when an AICI is requested, with what is missing or invalid', () => {
    const { 'client.bic': _b, ...noBic } = DEFINITION;
    show({
      definition: { ...noBic, 'client.telPortable': '03 20 12 34 56', 'client.email': '' },
      findings: [
        {
          rule: 'client.iban.invalid',
          severity: 'error',
          message: 'IBAN invalide',
          field: 'client.iban',
          page: 'client.definition',
          entity: 'name:DURAND JEANNE',
          readAt: 1,
        },
      ],
    });
    expect(document.querySelector('[data-oc-aici]')).toBeNull();
    fireEvent.click(within(answerEl(CALL_KEYS.demandeAici)).getByLabelText('Oui'));
    const items = [...document.querySelectorAll('[data-oc-aici-field]')].map((e) => e.textContent);
    expect(items).toEqual([
      'Email : manquant',
      'Téléphone portable : pas un numéro de portable',
      'IBAN : IBAN invalide',
      'BIC : à vérifier dans Ogust',
    ]);
    expect(document.querySelector('[data-oc-aici-apa]')!.textContent).toMatch(/APA ou la PCH/);
  });

  it('AICI readiness of a complete record', () => {
    show({ notes: { call: { [CALL_KEYS.demandeAici]: 'oui' } } });
    expect(document.querySelector('[data-oc-aici-ready]')).not.toBeNull();
  });

  it('« Résumé d’appel » shows the text and copies it', async () => {
    show({ notes: { call: { [CALL_KEYS.dossierApa]: 'oui', [CALL_KEYS.cout]: 'valide' } } });
    expect(document.querySelector('[data-oc-call-summary]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Résumé d’appel' }));
    const text = document.querySelector('[data-oc-call-summary]')!.textContent!;
    expect(text).toContain('Client : DURAND Jeanne');
    expect(text).toContain('Dossier APA : oui');
    expect(text).toContain('Coût mensuel validé avec le client : oui (1 801,40 €)');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copier le résumé' })));
    expect(writeText).toHaveBeenCalledWith(text);
    expect(screen.getByText('Résumé copié')).toBeTruthy();
  });
});

describe('notes written by a newer version', () => {
  it('are shown but cannot be changed', () => {
    render(
      <PanelDataContext.Provider
        value={{
          tabId: 1,
          dossier: durand(),
          findings: [],
          pagesRead: [],
          settings: { ...DEFAULT_SETTINGS, userName: USER },
          today: TODAY,
          notes: {
            ...EMPTY_ENTRY,
            call: { [CALL_KEYS.absences]: 'Noël', [CALL_KEYS.done('missions')]: true },
          },
          updateNotes: () => undefined,
          readOnly: true,
        }}
      >
        <CallView />
      </PanelDataContext.Provider>,
    );
    expect(answerEl<HTMLInputElement>(CALL_KEYS.absences).value).toBe('Noël');
    expect(answerEl<HTMLInputElement>(CALL_KEYS.absences).readOnly).toBe(true);
    expect(within(step('missions')).getByRole('checkbox')).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button', { name: 'Reprendre la date proposée' })).toBeNull();
  });
});

describe('another dossier', () => {
  it('a field being typed in does not carry its text over', () => {
    const data = (key: string, call: Record<string, string>) => ({
      tabId: 1,
      dossierKey: key,
      dossier: durand(),
      findings: [],
      pagesRead: [],
      settings: DEFAULT_SETTINGS,
      today: TODAY,
      notes: { ...EMPTY_ENTRY, call },
      updateNotes: () => undefined,
    });
    const { rerender } = render(
      <PanelDataContext.Provider value={data('name:DURAND JEANNE', { [CALL_KEYS.absences]: 'Noël' })}>
        <CallView />
      </PanelDataContext.Provider>,
    );
    const input = answerEl<HTMLInputElement>(CALL_KEYS.absences);
    input.focus();
    fireEvent.change(input, { target: { value: 'Noël et Pâques' } });
    rerender(
      <PanelDataContext.Provider value={data('name:MARTIN PAUL', {})}>
        <CallView />
      </PanelDataContext.Provider>,
    );
    expect(answerEl<HTMLInputElement>(CALL_KEYS.absences).value).toBe('');
  });
});
