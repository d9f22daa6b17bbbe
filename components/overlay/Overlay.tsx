/**
 * The overlay on an Ogust page: a short message next to each marked field and a summary pill with
 * the page's counts and the findings that have no element shown on the page (none read, or only in
 * a tab not shown, named when the page says which). Values from the page are
 * rendered as React text only (never HTML). Messages never take pointer events, so they cannot block
 * Ogust's inputs and buttons.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Bridge } from '../../content-scripts/bridge';
import { InlineMessages } from './InlineMessages';
import { placeFindings, positionsOf, useHiddenFindings, useLayoutTick } from './layout';
import { SummaryPill } from './SummaryPill';

export interface OverlayProps {
  bridge: Bridge;
  openPanel(): void;
  firefox: boolean;
  /** « Lire les onglets non lus » for this page's dossier (background/read-unseen-service.ts). */
  readUnseen?(): void;
}

export function Overlay({ bridge, openPanel, firefox, readUnseen }: OverlayProps) {
  const state = useSyncExternalStore(bridge.subscribe, () => bridge.state);
  const tick = useLayoutTick();
  const { inline, summary } = useMemo(() => placeFindings(state), [state]);
  // Read all positions first (one layout), then render; again after a scroll or resize.
  const positions = useMemo(() => (void tick, positionsOf(inline)), [inline, tick]);
  const { hidden, listed } = useHiddenFindings(inline, positions, summary);

  // Timeline mark for measurements: when the summary was first shown on this page.
  const shown = !!state;
  useEffect(() => {
    if (shown && !performance.getEntriesByName('oc:summary').length) performance.mark('oc:summary');
  }, [shown]);

  if (!state) return null;
  return (
    <div className="font-sans text-[13px] leading-snug">
      <InlineMessages inline={inline} positions={positions} all={state.findings} />
      <SummaryPill
        state={state}
        listed={listed}
        hidden={hidden}
        bridge={bridge}
        openPanel={openPanel}
        firefox={firefox}
        {...(readUnseen ? { readUnseen } : {})}
      />
    </div>
  );
}
