/**
 * Planning rows → prestations on the absolute timeline (docs/spec/rules.md, « Time model »): Europe/Paris
 * wall-clock; a prestation is [start, end); a *Fin* strictly before the *Début* crosses midnight; equal
 * start and end or a zero *Durée* is invalid; *Annulé* rows are kept (for marking) but flagged.
 */
import { normValue } from '../text/normalize';
import type { Settings } from '../settings/settings';
import type { ListRow } from '../model/types';
import { dateCell, hoursCell, normCell, timeCell } from './cells';
import { parisDateOf, parisToUtc } from '../time/paris';

export type PrestationKind = 'presentation' | 'presenceNuit' | 'gardeNuit' | 'jour';

export interface Prestation {
  /** Index of the row in the list it was read from. */
  row: number;
  /** Paris date of the start (ISO). */
  date: string;
  /** Absolute start and end (ms since epoch). */
  start: number;
  end: number;
  /** Elapsed minutes. */
  minutes: number;
  kind: PrestationKind;
  label: string;
  intervenant: string;
  client: string;
  statut: string;
  cancelled: boolean;
  brouillon: boolean;
}

export interface ParsedPlanning {
  /** Parsed prestations, cancelled ones included, sorted by start. */
  prestations: Prestation[];
  /** Rows whose date, time or duration cannot be read, or that last zero minutes. */
  invalid: number[];
}

interface KindWords {
  words: [PrestationKind, string[]][];
  /** Kind of each prestation text seen (a planning repeats a few names). */
  seen: Map<string, PrestationKind>;
}
/** Keywords normalised once per settings object (this runs on every row of the planning). */
const kindWords = new WeakMap<Settings['prestationKinds'], KindWords>();

function wordsOf(settings: Settings): KindWords {
  const k = settings.prestationKinds;
  let w = kindWords.get(k);
  if (!w) {
    w = {
      words: [
        ['presentation', k.presentation.map(normValue)],
        ['presenceNuit', k.presenceNuit.map(normValue)],
        ['gardeNuit', k.gardeNuit.map(normValue)],
      ],
      seen: new Map(),
    };
    kindWords.set(k, w);
  }
  return w;
}

export function prestationKind(label: string, settings: Settings): PrestationKind {
  const w = wordsOf(settings);
  let kind = w.seen.get(label);
  if (kind === undefined) {
    const t = normCell(label);
    kind = w.words.find(([, words]) => words.some((x) => t.includes(x)))?.[0] ?? 'jour';
    if (w.seen.size > 10_000) w.seen.clear();
    w.seen.set(label, kind);
  }
  return kind;
}

function parsePrestation(row: ListRow, index: number, settings: Settings): Prestation | null {
  const c = row.cells;
  const date = dateCell(c['prestation.date'] ?? '');
  const debut = timeCell(c['prestation.debut'] ?? '');
  if (!date || debut === null) return null;
  const start = parisToUtc(date, debut);
  let end: number;
  const finText = c['prestation.fin'];
  if (finText) {
    const fin = timeCell(finText);
    if (fin === null || fin === debut) return null;
    end = parisToUtc(date, fin < debut ? fin + 24 * 60 : fin);
  } else {
    const duree = hoursCell(c['prestation.duree'] ?? '');
    if (!duree) return null;
    end = start + duree * 60_000;
  }
  const statut = c['prestation.statut'] ?? '';
  const st = normCell(statut);
  const label = c['prestation.prestation'] ?? '';
  return {
    row: index,
    // A start before midnight is on the row's date (parisToUtc keeps the wall-clock day).
    date: debut < 24 * 60 ? date : parisDateOf(start),
    start,
    end,
    minutes: Math.round((end - start) / 60_000),
    kind: prestationKind(label, settings),
    label,
    intervenant: c['prestation.intervenant'] ?? '',
    client: c['prestation.client'] ?? '',
    statut,
    cancelled: st.startsWith('annul'),
    brouillon: st.startsWith('brouillon'),
  };
}

export function parsePlanning(rows: readonly ListRow[], settings: Settings): ParsedPlanning {
  const prestations: Prestation[] = [];
  const invalid: number[] = [];
  rows.forEach((row, i) => {
    const p = parsePrestation(row, i, settings);
    if (p) prestations.push(p);
    else invalid.push(i);
  });
  prestations.sort((a, b) => a.start - b.start || a.end - b.end);
  return { prestations, invalid };
}

/** Working-time weight of a prestation (présence de nuit per settings; everything else counts fully). */
export function workWeight(p: Prestation, settings: Settings): number {
  return p.kind === 'presenceNuit' ? settings.prestationKinds.presenceNuitWeight : 1;
}
