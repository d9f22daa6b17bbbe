// @vitest-environment jsdom
/**
 * A list page only reads: the background judges it (its findings are what the page marks), a re-read
 * sends only the rows that changed, and when the background lost the rows it is sent them whole.
 * Without the background's findings the page still judges itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyRows, type RowsDelta } from '../lib/dossier/row-delta';
import type { RecordReply } from '../lib/platform/messages';
import { parseSettings } from '../lib/settings/settings';
import type { Finding, ListRow, PageRecord } from '../lib/model/types';
import { DEMO_TODAY, DEMO_USER, loadDemoPage } from '../tests/support/demo-pages';
import { startController } from './controller';

vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

interface Sent {
  record: PageRecord;
  rows?: { rowsId: string; rows?: RowsDelta };
}

/** A finding only the background could have given: the page's rules have no such id. */
const BG: Finding = {
  rule: 'test.background',
  severity: 'warning',
  message: 'vu par le service',
  field: 'prestation',
  targets: [],
  rows: [0],
};

function start(answer: (sent: Sent) => RecordReply | null, notices: (() => void)[] = []) {
  document.open();
  document.write(loadDemoPage('client-planning-conforme.html').html);
  document.close();
  const sent: Sent[] = [];
  const controller = startController({
    doc: document,
    loadEnv: async () => ({ settings: parseSettings({ userName: DEMO_USER }), today: DEMO_TODAY }),
    watchEnv: () => () => undefined,
    watchDossiers: (onChange) => {
      notices.push(onChange);
      return () => undefined;
    },
    sendRecord: async (record, rows) => {
      const s = { record, ...(rows ? { rows } : {}) };
      sent.push(structuredClone(s));
      return answer(s);
    },
    requestOverlay: () => undefined,
  });
  return { controller, sent };
}

const firstRow = () => document.querySelector('[data-oc-row]')!;

/** Put the first prestation back in Brouillon (its last cell is its status). */
function editFirstRow(): void {
  const cells = firstRow().querySelectorAll('td');
  cells[cells.length - 1]!.textContent = 'Brouillon';
}

describe('a list page judged in the background', () => {
  it('marks the findings the background sent, and sends a re-read as the rows that changed', async () => {
    const { controller, sent } = start((s) => ({
      findings: [BG],
      ...(s.rows ? { rowsId: s.rows.rowsId } : {}),
    }));
    await vi.waitFor(() => expect(firstRow()?.getAttribute('data-oc-rules')).toBe('test.background'));
    expect(sent).toHaveLength(1);
    const first = sent[0]!;
    expect(first.record.list!.rows.length).toBe(281);
    expect(first.rows?.rows).toBeUndefined();

    editFirstRow();
    await controller.scan();
    expect(sent).toHaveLength(2);
    const again = sent[1]!;
    expect(again.record.list!.rows).toEqual([]);
    expect(again.rows!.rows!.base).toBe(first.rows!.rowsId);
    // One row travels (the edited one), the 280 others as one run.
    const parts = again.rows!.rows!.parts;
    expect(parts).toHaveLength(2);
    expect((parts[0] as ListRow).cells['prestation.statut']).toBe('Brouillon');
    expect(parts[1]).toEqual([1, 280]);
    const rebuilt = applyRows(first.record.list!.rows, parts)!;
    expect(rebuilt.slice(1)).toEqual(first.record.list!.rows.slice(1));
    controller.stop();
  });

  it('sends the rows whole when the background no longer holds them', async () => {
    let lost = false;
    const { controller, sent } = start((s) => {
      if (lost && s.rows?.rows) return { rowsUnknown: true };
      return { findings: [BG], ...(s.rows ? { rowsId: s.rows.rowsId } : {}) };
    });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    lost = true;
    editFirstRow();
    await controller.scan();
    expect(sent).toHaveLength(3);
    expect(sent[1]!.record.list!.rows).toEqual([]);
    expect(sent[2]!.rows?.rows).toBeUndefined();
    expect(sent[2]!.record.list!.rows).toHaveLength(281);
    expect(sent[2]!.record.list!.rows[0]!.cells['prestation.statut']).toBe('Brouillon');
    expect(firstRow().getAttribute('data-oc-rules')).toBe('test.background');
    controller.stop();
  });

  it('sends nothing for a re-read that changed no cell, until the dossier changed', async () => {
    const notices: (() => void)[] = [];
    const { controller, sent } = start(
      (s) => ({ findings: [BG], ...(s.rows ? { rowsId: s.rows.rowsId } : {}) }),
      notices,
    );
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await controller.scan();
    expect(sent).toHaveLength(1);
    expect(firstRow().getAttribute('data-oc-rules')).toBe('test.background');
    // Another tab changed the dossier: the same rows are judged again (sent as one run).
    notices.forEach((n) => n());
    await controller.scan();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.rows!.rows!.parts).toEqual([[0, 281]]);
    controller.stop();
  });

  it('judges the page itself when the background answers without findings', async () => {
    const { controller } = start(() => ({}));
    await vi.waitFor(() => expect(firstRow()).not.toBeNull());
    expect(firstRow().getAttribute('data-oc-rules')).toBeNull();
    editFirstRow();
    await controller.scan();
    // planning.brouillon: a prestation left in Brouillon (docs/rules.md), judged on the page.
    await vi.waitFor(() => expect(firstRow().getAttribute('data-oc-rules')).toContain('planning.brouillon'));
    controller.stop();
  });
});
