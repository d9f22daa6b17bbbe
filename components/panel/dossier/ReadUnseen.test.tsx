// @vitest-environment jsdom
/**
 * « Lire les onglets non lus » in the Dossier view, on a hand-made control: the button, the progress
 * line of the observable contract while it runs, the stop button, then one French line per tab not
 * read with the link to open it by hand.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadUnseenProgress } from '../../../procedure/read-unseen';
import { PanelDataContext } from '../context';
import { panelData } from '../../../tests/support/panel';
import { ReadUnseen, type ReadUnseenControl } from './ReadUnseen';

afterEach(cleanup);

function fakeControl() {
  let listener: ((p: ReadUnseenProgress | undefined) => void) | undefined;
  const control: ReadUnseenControl = {
    start: vi.fn(),
    stop: vi.fn(),
    watch(onChange) {
      listener = onChange;
      onChange(undefined);
      return () => (listener = undefined);
    },
  };
  return { control, emit: (p: ReadUnseenProgress) => act(() => listener?.(p)) };
}

function show(control: ReadUnseenControl | undefined, unseen = 5, openUrl = vi.fn()) {
  render(
    <PanelDataContext.Provider value={panelData({ ...(control ? { readUnseen: control } : {}), openUrl })}>
      <ReadUnseen unseen={unseen} />
    </PanelDataContext.Provider>,
  );
  return openUrl;
}

const button = () => document.querySelector<HTMLButtonElement>('[data-oc-action="read-unseen"]')!;

describe('ReadUnseen', () => {
  it('starts the reading from its button', () => {
    const { control } = fakeControl();
    show(control);
    expect(button().textContent).toBe('Lire les onglets non lus');
    expect(button().disabled).toBe(false);
    fireEvent.click(button());
    expect(control.start).toHaveBeenCalledTimes(1);
  });

  it('is disabled with nothing unseen (and says so), or without a browser side', () => {
    const { control } = fakeControl();
    show(control, 0);
    expect(button().disabled).toBe(true);
    expect(screen.getByText('Tous les onglets connus de ce dossier sont lus.')).toBeTruthy();
    cleanup();
    show(undefined);
    expect(button().disabled).toBe(true);
  });

  it('while it runs: « 3 / 6 onglets lus », the tab being read, and a stop button', () => {
    const { control, emit } = fakeControl();
    show(control);
    emit({
      running: true,
      done: 3,
      total: 6,
      current: { page: 'intervenant.planning', name: 'DUBOIS Laura' },
      failures: [],
    });
    const p = document.querySelector('[data-oc-progress]')!;
    expect(p.getAttribute('data-done')).toBe('3');
    expect(p.getAttribute('data-total')).toBe('6');
    expect(p.textContent).toBe('3 / 6 onglets lus — Lecture : Planning — DUBOIS Laura…');
    expect(button().disabled).toBe(true);
    fireEvent.click(document.querySelector('[data-oc-action="read-unseen-stop"]')!);
    expect(control.stop).toHaveBeenCalledTimes(1);
  });

  it('at the end: one line per tab not read, with its reason and the link to open it', () => {
    const { control, emit } = fakeControl();
    const openUrl = show(control);
    emit({
      running: false,
      done: 2,
      total: 4,
      failures: [
        { id: 'code:CLI00042|client.documents', page: 'client.documents', reason: 'scripted' },
        {
          id: 'code:SA00017|intervenant.planning',
          page: 'intervenant.planning',
          name: 'DUBOIS Laura',
          reason: 'timeout',
          url: 'https://demo.ogust.com/planning.html',
        },
      ],
    });
    expect(document.querySelector('[data-oc-progress]')).toBeNull();
    expect(document.querySelector('[data-oc-read-done]')!.textContent).toBe(
      'Lecture terminée : 2 onglets lus.',
    );
    const lines = [...document.querySelectorAll('[data-oc-unread]')];
    expect(lines.map((l) => l.getAttribute('data-reason'))).toEqual(['scripted', 'timeout']);
    expect(lines[0]!.textContent).toBe(
      'Documents : onglet ouvert par un script d’Ogust (pas d’adresse à suivre) : ouvrez-le vous-même.',
    );
    expect(lines[0]!.querySelector('a')).toBeNull();
    const link = lines[1]!.querySelector('a')!;
    expect(link.textContent).toBe('Ouvrir l’onglet');
    fireEvent.click(link);
    expect(openUrl).toHaveBeenCalledWith('https://demo.ogust.com/planning.html');
  });
});
