// @vitest-environment jsdom
/**
 * The overlay's summary on a window that keeps its three tabs in the page and shows one (a contrat
 * de travail): a finding whose field sits in a hidden tab is listed in the summary, with that tab's
 * name, instead of being counted with its message out of sight.
 */
import { act, cleanup, render, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: {} }));

import { getBridge } from '../../content-scripts/bridge';
import type { Finding } from '../../lib/model/types';
import { Overlay } from './Overlay';
import { tabOf } from './hidden-tab';

const PAGE = `
  <ul class="onglets">
    <li><a href="#general">Général</a></li>
    <li><a href="#remuneration">Rémunération / horaires</a></li>
    <li><button type="button" aria-controls="complement">Complément</button></li>
  </ul>
  <div id="general"><label>Employeur <input id="employeur"></label></div>
  <div id="remuneration" style="display:none">
    <table><tr><td>Taux horaire</td><td><input id="taux"></td></tr></table>
  </div>
  <div id="complement" style="display:none"><div><input id="modele"></div></div>
  <div style="display:none"><input id="sans-onglet"></div>`;

const finding = (rule: string, field: string, severity: Finding['severity'], message: string): Finding => ({
  rule,
  severity,
  message,
  field,
  targets: [field],
});

const FINDINGS: Finding[] = [
  finding('contrat.employeur.missing', 'contrat.employeur', 'error', 'Renseigner l’employeur'),
  finding(
    'contrat.tauxHoraire.minimum',
    'contrat.tauxHoraire',
    'error',
    'Taux horaire sous le SMIC (11,88 €)',
  ),
  finding('contrat.modeleEdition.missing', 'contrat.modeleEdition', 'warning', 'Choisir le modèle d’édition'),
  finding(
    'contrat.volumeMensuel.max',
    'contrat.volumeMensuel',
    'warning',
    'Volume mensuel au-dessus du plafond',
  ),
];

beforeEach(() => {
  document.body.innerHTML = PAGE;
  // jsdom has no layout: an element has a box unless it sits in a `display:none` panel.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const hidden = !!this.closest('[style*="display:none"]');
    return DOMRect.fromRect(
      hidden ? { x: 0, y: 0, width: 0, height: 0 } : { x: 10, y: 10, width: 120, height: 20 },
    );
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  getBridge().publish(null);
});

describe('tabOf', () => {
  it('names the tab whose control shows the panel (href or aria-controls), else nothing', () => {
    expect(tabOf(document.getElementById('taux')!)).toBe('Rémunération / horaires');
    expect(tabOf(document.getElementById('modele')!)).toBe('Complément');
    expect(tabOf(document.getElementById('employeur')!)).toBe('Général');
    expect(tabOf(document.getElementById('sans-onglet')!)).toBeUndefined();
  });
});

describe('Overlay summary', () => {
  it('lists a finding whose field is in a hidden tab, with the tab’s name', () => {
    const bridge = getBridge();
    const elements = new Map<string, Element>([
      ['contrat.employeur', document.getElementById('employeur')!],
      ['contrat.tauxHoraire', document.getElementById('taux')!],
      ['contrat.modeleEdition', document.getElementById('modele')!],
      ['contrat.volumeMensuel', document.getElementById('sans-onglet')!],
    ]);
    const host = document.body.appendChild(document.createElement('div'));
    render(<Overlay bridge={bridge} openPanel={() => undefined} firefox={false} />, { container: host });
    act(() =>
      bridge.publish({
        page: 'intervenant.contrat',
        findings: FINDINGS,
        elements,
        rows: [],
        counts: { error: 2, warning: 2, info: 0 },
        version: 1,
      }),
    );
    const summary = within(document.getElementById('oc-summary-list')!);
    const item = (rule: string) =>
      summary.queryAllByText((_, el) => el?.getAttribute('data-rule') === rule)[0]?.textContent ?? '';
    // The shown field's message is next to it, not in the summary.
    expect(item('contrat.employeur.missing')).toBe('');
    expect(item('contrat.tauxHoraire.minimum')).toContain('Taux horaire sous le SMIC (11,88 €)');
    expect(item('contrat.tauxHoraire.minimum')).toContain(
      'Dans l’onglet « Rémunération / horaires » : ouvrez-le pour voir le champ.',
    );
    expect(item('contrat.modeleEdition.missing')).toContain('Dans l’onglet « Complément »');
    expect(item('contrat.volumeMensuel.max')).toContain(
      'Champ non affiché sur la page : faites-le apparaître pour le corriger.',
    );
    // Each finding still has exactly one inline message element (the page's contract).
    expect(document.querySelectorAll('[data-oc-finding]').length).toBe(4);
  });
});
