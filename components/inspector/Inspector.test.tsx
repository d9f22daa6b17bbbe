// @vitest-environment jsdom
/**
 * The inspector component on the « N° INSEE » demo fiche: fields with their status, point-and-bind
 * (the page does not receive the click; count before saving; the stored change), « cette page
 * est … », aliases, and the anonymised capture handed to the download.
 */
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 30_000 });
// Each inspection re-reads the whole demo page in jsdom.
configure({ asyncUtilTimeout: 10_000 });

vi.mock('wxt/browser', () => ({ browser: {} }));

import { getBridge } from '../../content-scripts/bridge';
import { OVERLAY_TAG } from '../../content-scripts/read/dom-text';
import { parseSettings, type Settings } from '../../lib/settings/settings';
import { DEMO_TODAY, DEMO_USER, loadDemoPage } from '../../tests/support/demo-pages';
import { Inspector } from './Inspector';

type Raw = Record<string, unknown>;

function setup() {
  const html = loadDemoPage('client-definition-insee.html').html;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)),
  );
  let raw: Raw = { userName: DEMO_USER };
  const writes: Raw[] = [];
  const update = vi.fn(async (change: (r: Raw) => Raw, check: (s: Settings) => boolean) => {
    const next = change(raw);
    const s = parseSettings(next);
    if (!check(s)) throw new Error('refusé');
    raw = next;
    writes.push(next);
    return s;
  });
  const download = vi.fn();
  const bridge = getBridge();
  act(() => bridge.setInspector(true));
  // As in the extension: the UI lives in the overlay host, which the reader never reads.
  const host = document.createElement(OVERLAY_TAG);
  document.body.appendChild(host);
  render(
    <Inspector
      bridge={bridge}
      loadEnv={async () => ({ settings: parseSettings(raw), today: DEMO_TODAY })}
      watchEnv={() => () => undefined}
      update={update}
      download={download}
    />,
    { container: host.appendChild(document.createElement('div')) },
  );
  return { update, download, writes, bridge, raw: () => raw };
}

const row = (key: string) => document.querySelector(`[data-oc-inspect-field="${key}"]`)!;

beforeEach(() => cleanup());
afterEach(() => {
  cleanup();
  document.querySelectorAll(OVERLAY_TAG).forEach((h) => h.remove());
  act(() => getBridge().setInspector(false));
});

describe('Inspector', () => {
  it('lists the fields with their status and why one is absent', async () => {
    setup();
    await waitFor(() => expect(row('client.nir')).toBeTruthy());
    expect(row('client.nir').getAttribute('data-state')).toBe('absent');
    expect(row('client.nir').textContent).toContain('aucun libellé de ce champ');
    expect(row('client.nom').getAttribute('data-via')).toBe('cell-left');
    expect(row('client.iban').querySelector('[data-oc-value]')!.textContent).toBe('FR76 •••• 257');
  });

  it('binds a field by clicking the element: the page does not get the click, count shown before saving', async () => {
    const { update, raw } = setup();
    await waitFor(() => expect(row('client.nir')).toBeTruthy());
    const input = document.querySelector('input[name=nir]')!;
    const pageClicks = vi.fn();
    input.addEventListener('click', pageClicks);
    fireEvent.click(row('client.nir').querySelector('[data-oc-bind]')!);
    expect(screen.getByRole('status').textContent).toMatch(
      /Cliquez sur l’élément du champ « N° de sécurité sociale »/,
    );
    fireEvent.mouseOver(input);
    fireEvent.click(input);
    expect(pageClicks).not.toHaveBeenCalled();
    const proposal = document.querySelector('[data-oc-proposal="client.nir"]')!;
    expect(proposal.getAttribute('data-count')).toBe('1');
    expect(proposal.textContent).toContain('name=nir');
    expect(update).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’association' }));
    await waitFor(() => expect(row('client.nir').getAttribute('data-via')).toBe('binding'));
    expect((raw().fields as Record<string, { binding: object }>)['client.nir']!.binding).toMatchObject({
      tag: 'input',
      name: 'nir',
      label: 'N° INSEE * :',
    });
    // And it can be removed.
    fireEvent.click(screen.getByRole('button', { name: 'Retirer l’association' }));
    await waitFor(() => expect(row('client.nir').getAttribute('data-state')).toBe('absent'));
  });

  it('a field can be chosen with the keyboard (focus, then Entrée)', async () => {
    setup();
    await waitFor(() => expect(row('client.nir')).toBeTruthy());
    fireEvent.click(row('client.nir').querySelector('[data-oc-bind]')!);
    const input = document.querySelector<HTMLInputElement>('input[name=nir]')!;
    input.focus();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(document.querySelector('[data-oc-proposal="client.nir"]')!.getAttribute('data-count')).toBe('1');
  });

  it('Échap cancels pointing', async () => {
    setup();
    await waitFor(() => expect(row('client.nir')).toBeTruthy());
    fireEvent.click(row('client.nir').querySelector('[data-oc-bind]')!);
    expect(document.querySelector('[data-oc-picking]')).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(document.querySelector('[data-oc-picking]')).toBeNull();
  });

  it('once pointing ends (a choice, or Échap), the page gets its presses, clicks and keys again', async () => {
    setup();
    await waitFor(() => expect(row('client.nir')).toBeTruthy());
    const input = document.querySelector('input[name=nir]')!;
    const seen: string[] = [];
    for (const type of ['pointerdown', 'mousedown', 'click', 'keydown'])
      input.addEventListener(type, () => seen.push(type));
    const pressClickType = () => {
      fireEvent.pointerDown(input);
      fireEvent.mouseDown(input);
      fireEvent.click(input);
      fireEvent.keyDown(input, { key: 'Escape' });
    };
    fireEvent.click(row('client.nir').querySelector('[data-oc-bind]')!);
    fireEvent.click(input);
    expect(seen).toEqual([]);
    pressClickType();
    expect(seen).toEqual(['pointerdown', 'mousedown', 'click', 'keydown']);

    seen.length = 0;
    fireEvent.click(row('client.nir').querySelector('[data-oc-bind]')!);
    fireEvent.keyDown(document, { key: 'Escape' });
    pressClickType();
    expect(seen).toEqual(['pointerdown', 'mousedown', 'click', 'keydown']);
  });

  it('an alias added makes the field found, and is stored', async () => {
    const { raw } = setup();
    await waitFor(() => expect(row('client.nir')).toBeTruthy());
    const input = row('client.nir').querySelector('[data-oc-alias]')!;
    fireEvent.change(input, { target: { value: 'N° INSEE' } });
    fireEvent.click(row('client.nir').querySelector('details button')!);
    await waitFor(() => expect(row('client.nir').getAttribute('data-state')).toBe('read'));
    expect((raw().fields as Record<string, { aliases: string[] }>)['client.nir']!.aliases).toEqual([
      'N° INSEE',
    ]);
  });

  it('declares the page for this address', async () => {
    const { raw } = setup();
    await waitFor(() => expect(row('client.nir')).toBeTruthy());
    fireEvent.change(document.querySelector('[data-oc-declare]')!, { target: { value: 'client.planning' } });
    fireEvent.click(screen.getByRole('button', { name: 'Déclarer cette page' }));
    await waitFor(() => expect(raw().pages).toHaveLength(1));
    expect((raw().pages as { page: string }[])[0]!.page).toBe('client.planning');
  });

  it('« Capturer la page (anonymisée) » hands an anonymised file to the download', async () => {
    const { download } = setup();
    await waitFor(() => expect(row('client.nir')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Capturer la page (anonymisée)' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, html] = download.mock.calls[0] as [string, string];
    expect(name).toBe(`ogust-client-definition-${DEMO_TODAY}.html`);
    expect(html).toContain('oc-page: client.definition');
    expect(html).not.toContain('LEMOINE');
    expect(html).not.toContain('2 48 03 59 350 112 83');
    expect(html).not.toMatch(/dossier-conforme-overlay|<script/);
  });

  it('says in French when the settings cannot be read, instead of staying empty', async () => {
    document.body.replaceChildren();
    const bridge = getBridge();
    act(() => bridge.setInspector(true));
    const host = document.body.appendChild(document.createElement(OVERLAY_TAG));
    render(
      <Inspector
        bridge={bridge}
        loadEnv={() => Promise.reject(new Error('storage unavailable'))}
        watchEnv={() => () => undefined}
      />,
      { container: host.appendChild(document.createElement('div')) },
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Les réglages n’ont pas pu être lus : rechargez la page, puis rouvrez l’inspecteur.',
    );
  });

  it('closes from its button', async () => {
    const { bridge } = setup();
    await waitFor(() => expect(row('client.nir')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Fermer l’inspecteur' }));
    expect(bridge.inspector).toBe(false);
    expect(document.querySelector('[data-oc-inspector]')).toBeNull();
  });
});
