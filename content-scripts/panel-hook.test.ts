// @vitest-environment jsdom
/**
 * The side panel's two hooks in the page: the controller hands each judged page's findings to the
 * background with the entity the store named (and nothing when the store did not answer), and the
 * panel's « show me » finds the field bound on the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_DOSSIER } from '../lib/model/dossier';
import type { RecordReply } from '../lib/platform/messages';
import { parseSettings } from '../lib/settings/settings';
import type { Finding, PageRecord } from '../lib/model/types';
import { DEMO_TODAY, DEMO_USER, loadDemoPage } from '../tests/support/demo-pages';
import { startController } from './controller';
import { revealField } from './reveal';

vi.setConfig({ testTimeout: 20_000 });

function load(file: string): Document {
  const html = loadDemoPage(file).html;
  document.open();
  document.write(html);
  document.close();
  return document;
}

afterEach(() => {
  document.body.innerHTML = '';
});

function run(reply: RecordReply | null) {
  const doc = load('client-definition-erreurs.html');
  const sendFindings =
    vi.fn<(e: NonNullable<RecordReply['entity']>, r: PageRecord, f: readonly Finding[]) => void>();
  const controller = startController({
    doc,
    loadEnv: async () => ({ settings: parseSettings({ userName: DEMO_USER }), today: DEMO_TODAY }),
    watchEnv: () => () => undefined,
    watchDossiers: () => () => undefined,
    sendRecord: async () => reply,
    requestOverlay: () => undefined,
    sendFindings,
  });
  return { controller, sendFindings };
}

describe('controller → panel', () => {
  it('sends the judged page’s findings with the entity the store named', async () => {
    const entity = { kind: 'client' as const, key: 'code:CLI00099', slot: 'client.definition' };
    const { controller, sendFindings } = run({ view: EMPTY_DOSSIER, entity });
    await vi.waitFor(() => expect(sendFindings).toHaveBeenCalled());
    const [sentEntity, record, findings] = sendFindings.mock.calls.at(-1)!;
    expect(sentEntity).toEqual(entity);
    expect(record.page).toBe('client.definition');
    expect(findings.map((f) => f.rule)).toContain('client.nir.key');
    controller.stop();
  });

  it('sends nothing when the store did not say whose page it is', async () => {
    const { controller, sendFindings } = run({ view: EMPTY_DOSSIER });
    await new Promise((r) => setTimeout(r, 300));
    await controller.scan();
    expect(sendFindings).not.toHaveBeenCalled();
    controller.stop();
  });
});

describe('revealField', () => {
  it('scrolls to the first field shown, and says whether it found one', () => {
    document.body.innerHTML = '<input data-oc-field="client.nir"><input data-oc-field="client.iban">';
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    expect(revealField(document, ['client.absent', 'client.iban'])).toBe(true);
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(document.querySelector('[data-oc-field="client.iban"]'));
    expect(revealField(document, ['client.other'])).toBe(false);
  });

  it('else scrolls to the first row marked with one of the rules (list pages)', () => {
    document.body.innerHTML =
      '<table><tr data-oc-row="prestation" data-oc-rules="planning.brouillon"></tr>' +
      '<tr data-oc-row="prestation" data-oc-rules="planning.brouillon planning.intervenant.missing"></tr></table>';
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    expect(revealField(document, [], ['planning.intervenant.missing'])).toBe(true);
    expect(scroll.mock.contexts[0]).toBe(document.querySelectorAll('tr')[1]);
    expect(revealField(document, [], ['planning.horizon'])).toBe(false);
  });
});
