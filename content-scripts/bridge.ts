/**
 * Hand-off between the always-injected content script and the overlay UI, which is injected later
 * into the same frame (same isolated world, so they share `globalThis`). Plain data + element refs.
 */
import type { Finding, PageKey, Severity } from '../lib/model/types';

export interface OverlayState {
  page: PageKey;
  findings: Finding[];
  /** Element bound to each field read on the page. */
  elements: Map<string, Element>;
  /** The list rows read, by index (list pages). */
  rows: Element[];
  counts: Record<Severity, number>;
  /** The dossier store could not be written (French, with what to do): shown in the summary. */
  storeError?: string;
  /** Increases with every publication. */
  version: number;
}

export interface Bridge {
  state: OverlayState | null;
  subscribe(listener: () => void): () => void;
  publish(state: OverlayState | null): void;
  /** Set by the overlay once mounted. */
  overlayLoaded: boolean;
  /** The inspector is open in this frame (panel message, shortcut, or the pill's button). */
  inspector: boolean;
  setInspector(open: boolean): void;
}

const KEY = '__dossierConforme';

export function getBridge(): Bridge {
  const g = globalThis as unknown as Record<string, Bridge | undefined>;
  const existing = g[KEY];
  if (existing) return existing;
  const listeners = new Set<() => void>();
  const bridge: Bridge = {
    state: null,
    overlayLoaded: false,
    inspector: false,
    setInspector(open) {
      bridge.inspector = open;
      for (const l of listeners) {
        try {
          l();
        } catch {
          // A listener must never break the content script.
        }
      }
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    publish(state) {
      bridge.state = state;
      for (const l of listeners) {
        try {
          l();
        } catch {
          // A listener must never break the content script.
        }
      }
    },
  };
  g[KEY] = bridge;
  return bridge;
}
