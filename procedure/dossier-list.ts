/**
 * « Dossiers en cours » and the conformity report, pure: every client dossier of the store with what
 * the side panel would show for it (the same `panelStateFor`, so the same findings and pages read),
 * its verdict from the panel's checklist, and the list's sort, filter and search.
 *
 * Verdict: *non conforme* as soon as a line is in error; *conforme* exactly when the panel says so
 * (every required item ok or ticked, procedure/checklist/status.ts); *incomplet* otherwise (lines unread,
 * things to check or to tick).
 */
import type { Verdict } from '../lib/model/types';
import type { DossierView } from '../lib/model/dossier';
import type { DossierStore } from '../lib/dossier/store';
import { normValue } from '../lib/text/normalize';
import { panelStateFor } from '../lib/dossier/panel-state';
import type { DossierData } from '../lib/platform/messages';

/** What the background sends for each dossier (`oc:dossiers`). */

/** Each client dossier of the store (or only `only`), as the panel sees it, most recent first. */
export function dossiersOf(store: DossierStore, only?: string): DossierData[] {
  return Object.values(store.clients)
    .filter((c) => only === undefined || c.key === only)
    .sort((a, b) => b.lastActivity - a.lastActivity)
    .map((c) => {
      const s = panelStateFor(store, {
        tabId: 0,
        ogust: true,
        shown: { kind: 'client', key: c.key, page: 'client.definition', at: c.lastActivity },
      });
      return {
        key: c.key,
        lastActivity: c.lastActivity,
        dossier: s.dossier,
        findings: s.findings,
        pagesRead: s.pagesRead,
      };
    });
}

/** One row of « Dossiers en cours ». */
export interface DossierRow {
  key: string;
  name?: string;
  code?: string;
  verdict: Verdict;
  errors: number;
  warnings: number;
  unseen: number;
  /** The dossier's AVS, by name (else matricule, else key). */
  avs: string[];
  lastActivity: number;
  /** The appointment (Rendez-vous view), Paris wall-clock `AAAA-MM-JJTHH:mm`. */
  appointment?: string;
  /** Titles of the tasks still to create (neither marked created nor present). */
  tasksToCreate: string[];
  /** The client fiche's last address (https only), to open it in Ogust. */
  url?: string;
}

export type SortKey = 'verdict' | 'activity';

/** Most to do first: non conforme, incomplet, conforme; then errors, warnings, unread. */
const VERDICT_RANK: Record<Verdict, number> = { 'non-conforme': 0, incomplet: 1, conforme: 2 };

export function sortRows(rows: readonly DossierRow[], by: SortKey): DossierRow[] {
  const recent = (a: DossierRow, b: DossierRow) => b.lastActivity - a.lastActivity;
  return [...rows].sort(
    by === 'activity'
      ? recent
      : (a, b) =>
          VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
          b.errors - a.errors ||
          b.warnings - a.warnings ||
          b.unseen - a.unseen ||
          recent(a, b),
  );
}

/** « À traiter »: every dossier not conforme. A search matches the client's name or code, accents and case aside. */
export function filterRows(
  rows: readonly DossierRow[],
  opts: { toDo: boolean; search: string },
): DossierRow[] {
  const words = normValue(opts.search).split(' ').filter(Boolean);
  return rows.filter((r) => {
    if (opts.toDo && r.verdict === 'conforme') return false;
    const text = normValue(`${r.name ?? ''} ${r.code ?? ''}`);
    return words.every((w) => text.includes(w));
  });
}

/** The client fiche's last address, else another client tab's: only an https address. */
export function clientUrl(dossier: DossierView): string | undefined {
  const c = dossier.client;
  if (!c) return undefined;
  return [c.definition, c.mandats, c.planning, c.documents]
    .map((s) => s?.url)
    .find((u): u is string => !!u && /^https:\/\//i.test(u));
}

/** The report of a dossier: `rapport.html?dossier=<key>`, from any extension page. */
export const reportHref = (key: string): string => `/rapport.html?dossier=${encodeURIComponent(key)}`;
