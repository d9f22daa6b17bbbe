/**
 * The list rows each Ogust frame last sent, by the id the frame gave them: the base its next send
 * is a change to (lib/dossier/row-delta.ts). Memory only: after a service-worker restart a delta
 * finds no base and the page is asked for its rows whole (`rowsUnknown`).
 */
import { applyRows, type RowsDelta } from '../lib/dossier/row-delta';
import type { PageRecord } from '../lib/model/types';

/** Bases kept at most (the frames read lately); a frame needs only its last one. */
const KEPT = 16;
const bases = new Map<string, PageRecord['list'] & object>();

/**
 * The record with its list's rows as read: rebuilt from the delta when one came (null: its base is
 * not known here), and kept under `rowsId` for the frame's next send.
 */
export function withSentRows(
  record: PageRecord,
  sent: { rowsId?: string; rows?: RowsDelta } = {},
): PageRecord | null {
  let out = record;
  if (sent.rows) {
    const base = bases.get(sent.rows.base);
    const rows = base && record.list ? applyRows(base.rows, sent.rows.parts) : null;
    if (!rows) return null;
    out = { ...record, list: { ...record.list!, rows } };
    // The frame moves on to the rows of this send.
    bases.delete(sent.rows.base);
  }
  if (sent.rowsId && out.list) {
    bases.delete(sent.rowsId);
    bases.set(sent.rowsId, out.list);
    for (const key of bases.keys()) {
      if (bases.size <= KEPT) break;
      bases.delete(key);
    }
  }
  return out;
}

/** Forget every base (« Effacer toutes les données »: rows read from pages are data too). */
export function forgetSentRows(): void {
  bases.clear();
}
