// @vitest-environment jsdom
/**
 * « Nobody » end to end: demo/ogust/client-planning-non-affecte.html (Mme VIDAL, « Non affecté » and
 * « À pourvoir » rows, GIRARD Chloé only on a cancelled row) read by the real reader, stored by the
 * real dossier store, judged by the real rules. The dossier's only intervenante is CARON Mélanie:
 * in the store, the call script's résumé and the task text; the visits with nobody are marked.
 */
import { expect, it } from 'vitest';
import { placeholderValues } from '../../components/panel/tasks/model';
import { readDocument } from '../../content-scripts/read/page-reader';
import { callFacts, callSummary } from '../../procedure/call/script';
import { dossierFor, EMPTY_STORE, mergeRecord } from '../../lib/dossier/store';
import { parseSettings } from '../../lib/settings/settings';
import { judgePage } from '../../rules';
import { DEMO_ORIGIN, DEMO_TODAY, DEMO_USER, loadDemoPage } from '../support/demo-pages';

const FILE = 'client-planning-non-affecte.html';
const settings = parseSettings({ userName: DEMO_USER });

function readPage() {
  const demo = loadDemoPage(FILE);
  const doc = new DOMParser().parseFromString(demo.html, 'text/html');
  const read = readDocument(doc, settings, `${DEMO_ORIGIN}/${FILE}`);
  if (!read) throw new Error(`${FILE} non reconnue`);
  const merged = mergeRecord(EMPTY_STORE, read.record, { readAt: Date.now() });
  return { record: read.record, dossier: dossierFor(merged.store, merged.kind, merged.key) };
}

it('stores CARON Mélanie as the only intervenante of the dossier', () => {
  const { dossier } = readPage();
  expect(dossier.intervenants.map((i) => i.name)).toEqual(['CARON Mélanie']);
});

it('names only CARON Mélanie in the résumé d’appel and in the task text', () => {
  const { dossier } = readPage();
  const summary = callSummary(callFacts(dossier, settings, DEMO_TODAY), {});
  expect(summary).toContain('Intervenantes : CARON Mélanie\n');
  const values = placeholderValues({ dossier, settings, today: DEMO_TODAY, answers: {} });
  expect(values.intervenantes).toBe('CARON Mélanie');
});

it('marks the rows of 03/12 (« Non affecté ») and 08/12 (« À pourvoir »), not the cancelled ones', () => {
  const { record, dossier } = readPage();
  const findings = judgePage(record, settings, DEMO_TODAY, { dossier });
  const missing = findings.filter((f) => f.rule === 'planning.intervenant.missing');
  expect(missing).toHaveLength(1);
  expect(missing[0]).toMatchObject({ severity: 'error', rows: [2, 6] });
  expect(missing[0]?.message).toMatch(/^2 prestations sans intervenant/);
  expect(findings.filter((f) => f.rule === 'planning.presentation.notValidated')).toEqual([]);
});
