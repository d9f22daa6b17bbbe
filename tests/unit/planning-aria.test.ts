// @vitest-environment jsdom
/**
 * The ARIA grid demo page (client-planning-aria.html): its 13 rows shown are read from the roles, and
 * the two rows it hides (a cancelled row filtered out, the model of a new intervention) are what its
 * comment says they are: shown, they would be read and add the findings the comment names.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../content-scripts/read/page-reader';
import { dossierFor, EMPTY_STORE, mergeRecord } from '../../lib/dossier/store';
import { parseSettings } from '../../lib/settings/settings';
import { judgePage } from '../../rules';
import { DEMO_ORIGIN, DEMO_TODAY, DEMO_USER, loadDemoPage } from '../support/demo-pages';

const settings = parseSettings({ userName: DEMO_USER });
const PAGE = loadDemoPage('client-planning-aria.html');

function judged(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const read = readDocument(doc, settings, `${DEMO_ORIGIN}/${PAGE.file}`)!;
  const merged = mergeRecord(EMPTY_STORE, read.record, { readAt: 0 });
  const findings = judgePage(read.record, settings, DEMO_TODAY, {
    dossier: dossierFor(merged.store, merged.kind, merged.key),
  });
  const serious = [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();
  return { read, serious };
}

describe('client-planning-aria.html', () => {
  it('reads the 13 rows shown, by the header cells, the date as a row header', () => {
    const { read } = judged(PAGE.html);
    const rows = read.record.list!.rows.map((r) => r.cells);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual({
      'prestation.date': '01/02/2027',
      'prestation.debut': '10h00',
      'prestation.duree': '1h00',
      'prestation.prestation': 'Présentation',
      'prestation.intervenant': 'ROCHE Nadia',
      'prestation.statut': 'A réaliser',
    });
    expect(rows.map((r) => r['prestation.date'])).toEqual(
      ['01', '02', '04', '06', '09', '11', '13', '16', '18', '20', '23', '25', '27'].flatMap((d) => [
        `${d}/02/2027`,
      ]),
    );
    expect(rows[12]!['prestation.statut']).toBe('Brouillon');
    expect(
      read.rowElements.every((el) => el.getAttribute('role') === 'row' && !el.hasAttribute('hidden')),
    ).toBe(true);
    expect(read.record.list!.period).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });

  it('would read the two hidden rows, with their findings, were they shown', () => {
    const shown = PAGE.html
      .replace('<div role="row" class="modele" hidden>', '<div role="row" class="modele">')
      .replace('<div role="row" class="annulee" style="display:none">', '<div role="row" class="annulee">');
    expect(shown).not.toMatch(/<div role="row"[^>]*(hidden|display:none)/);
    const { read, serious } = judged(shown);
    expect(read.record.list!.rows).toHaveLength(15);
    expect(serious).toEqual([
      'planning.brouillon',
      'planning.intervenant.missing',
      'prestation.duree.invalid',
    ]);
    expect(judged(PAGE.html).serious).toEqual(['planning.brouillon']);
  });
});
