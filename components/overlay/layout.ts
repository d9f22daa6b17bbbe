/**
 * Where the overlay shows each finding: next to its field or first row (grouped by element), in the
 * summary when nothing of it is on the page, or listed as hidden when its elements have no box (a
 * tab not shown). Positions are read in one pass (one layout) and follow scroll and resize.
 */
import { useEffect, useMemo, useReducer } from 'react';
import type { OverlayState } from '../../content-scripts/bridge';
import type { Finding } from '../../lib/model/types';
import { isShown, tabOf } from './hidden-tab';
import { bySeverity } from './tone';

export interface InlineGroup {
  el: Element;
  field: string;
  findings: Finding[];
}

/** Findings whose elements are all hidden (another tab of the window…), with that tab when known. */
export type HiddenFindings = ReadonlyMap<Finding, string | undefined>;

export interface Position {
  left: number;
  top: number;
  height: number;
  maxWidth: number;
}

/** Re-render on scroll (any scroller) and resize, at most once per frame. */
export function useLayoutTick(): number {
  const [tick, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        bump();
      });
    };
    const listening = new AbortController();
    const { signal } = listening;
    window.addEventListener('scroll', onChange, { capture: true, passive: true, signal });
    window.addEventListener('resize', onChange, { passive: true, signal });
    return () => {
      listening.abort();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  return tick;
}

/** The page's findings next to their elements, and those the summary lists (sorted by severity). */
export function placeFindings(state: OverlayState | null): { inline: InlineGroup[]; summary: Finding[] } {
  const inline = new Map<Element, InlineGroup>();
  const summary: Finding[] = [];
  for (const f of state?.findings ?? []) {
    // A cross-page finding is always listed in the summary, with the tab it comes from.
    if (f.source) summary.push(f);
    const els: (readonly [string, Element])[] = f.rows?.length
      ? // A row finding is shown next to the first of its rows (all of them are outlined).
        f.rows
          .map((r) => state!.rows[r])
          .filter((el): el is Element => !!el)
          .slice(0, 1)
          .map((el) => [f.field, el] as const)
      : f.targets
          .map((t) => [t, state!.elements.get(t)] as const)
          .filter((p): p is readonly [string, Element] => !!p[1]);
    if (!els.length) {
      if (!f.source) summary.push(f);
      continue;
    }
    for (const [field, el] of els) {
      const g = inline.get(el) ?? { el, field, findings: [] };
      g.findings.push(f);
      inline.set(el, g);
    }
  }
  summary.sort(bySeverity);
  return { inline: [...inline.values()], summary };
}

/** Each group's box (null when its element has no box), read in one pass. */
export function positionsOf(inline: readonly InlineGroup[]): (Position | null)[] {
  const vw = document.documentElement.clientWidth || window.innerWidth;
  return inline.map((g) => {
    if (!isShown(g.el)) return null;
    const r = g.el.getBoundingClientRect();
    // One line, right of the field, vertically centred on it, cut at the viewport's edge; when
    // there is no room right of it (a full-width list row), inside its right end.
    const height = Math.max(18, Math.min(r.height, 24));
    const room = vw - r.right - 12;
    const inside = room < 200;
    const left = inside ? Math.max(r.left, r.right - 360) : r.right + 6;
    return {
      left: left + window.scrollX,
      top: r.top + (r.height - height) / 2 + window.scrollY,
      height,
      maxWidth: inside ? r.right - left - 4 : room,
    };
  });
}

/**
 * A finding whose every element has no box (a field of a tab not shown): listed in the summary,
 * else the pill would count it while its message stays out of sight.
 */
export function useHiddenFindings(
  inline: readonly InlineGroup[],
  positions: readonly (Position | null)[],
  summary: readonly Finding[],
): { hidden: HiddenFindings; listed: Finding[] } {
  const tabNames = useMemo(() => new Map<Element, string | undefined>(), [inline]);
  const hidden = useMemo(() => {
    const seen = new Set<Finding>();
    inline.forEach((g, i) => positions[i] && g.findings.forEach((f) => seen.add(f)));
    const out = new Map<Finding, string | undefined>();
    inline.forEach((g, i) => {
      if (positions[i]) return;
      for (const f of g.findings) {
        if (seen.has(f) || f.source || out.has(f)) continue;
        if (!tabNames.has(g.el)) tabNames.set(g.el, tabOf(g.el));
        out.set(f, tabNames.get(g.el));
      }
    });
    return out;
  }, [inline, positions, tabNames]);
  const listed = useMemo(() => [...summary, ...hidden.keys()].sort(bySeverity), [summary, hidden]);

  return { hidden, listed };
}
