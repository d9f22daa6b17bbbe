// @vitest-environment jsdom
/**
 * « Unsaved changes » on a fiche a single-page app rendered: the fields are filled by script (no
 * HTML default value), so right after the render nothing is unsaved; a change the person makes
 * afterwards is.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { EMPTY_DOSSIER } from '../lib/model/dossier';
import { parseSettings } from '../lib/settings/settings';
import type { Finding, PageRecord } from '../lib/model/types';
import { DEMO_TODAY, DEMO_USER, loadDemoPage } from '../tests/support/demo-pages';
import { startController } from './controller';

vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

/** The demo fiche as a script would render it: the same values, set as properties, none as HTML defaults. */
function renderLikeAScript(): void {
  document.open();
  document.write(loadDemoPage('client-definition-conforme.html').html);
  document.close();
  for (const input of Array.from(document.querySelectorAll('input'))) {
    const value = input.getAttribute('value');
    input.removeAttribute('value');
    if (value !== null) input.value = value;
  }
  for (const select of Array.from(document.querySelectorAll('select'))) {
    const chosen = select.selectedIndex;
    for (const o of Array.from(select.options)) o.removeAttribute('selected');
    select.selectedIndex = chosen;
  }
}

it('says nothing is unsaved right after the render, and says it once the person changed a field', async () => {
  renderLikeAScript();
  const nom = document.querySelector('input[name="nom"]') as HTMLInputElement;
  expect(nom.defaultValue).toBe('');
  expect(nom.value).not.toBe('');
  const sent: { record: PageRecord; findings: readonly Finding[] }[] = [];
  const controller = startController({
    doc: document,
    loadEnv: async () => ({ settings: parseSettings({ userName: DEMO_USER }), today: DEMO_TODAY }),
    watchEnv: () => () => undefined,
    watchDossiers: () => () => undefined,
    sendRecord: async () => ({
      view: EMPTY_DOSSIER,
      entity: { kind: 'client', key: 'code:CLI00042', slot: 'client.definition' },
    }),
    requestOverlay: () => undefined,
    sendFindings: (_e, record, findings) => sent.push({ record, findings }),
  });
  await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
  expect(sent.at(-1)!.record.page).toBe('client.definition');
  expect(sent.at(-1)!.findings.map((f) => f.rule)).not.toContain('client.unsaved');

  const count = sent.length;
  nom.value = 'DURAND-LEROY';
  nom.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.waitFor(() => expect(sent.length).toBeGreaterThan(count));
  expect(sent.at(-1)!.findings.map((f) => f.rule)).toContain('client.unsaved');
  controller.stop();
});
