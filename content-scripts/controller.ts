/**
 * The always-injected part, wired by `entrypoints/content.ts`: recognise the page cheaply, read it,
 * judge it, mark the fields, hand the result to the overlay UI (injected only once a page is
 * recognised). Re-reads on DOM changes (debounced, batched) and on input/change. Never throws into
 * the page and never modifies Ogust's nodes beyond the marker attributes, one stylesheet and the
 * overlay host.
 */
import { fieldsOfPage } from '../lib/fields';
import type { ReadingEnv } from '../lib/storage';
import { countBySeverity } from '../rules/engine';
import { judgePage } from '../rules';
import { getBridge } from './bridge';
import { collectTexts, OVERLAY_TAG } from './dom-text';
import { applyMarkers, ensureStylesheet, STYLE_ID } from './markers';
import { readPage } from './reader';
import { recognise } from './recognize';

export interface ControllerDeps {
  doc: Document;
  loadEnv(): Promise<ReadingEnv>;
  watchEnv(onChange: () => void): () => void;
  /** Ask the background to inject the overlay UI into this frame. */
  requestOverlay(): void;
}

/** Delay after DOM mutations, and after typing (a correction must clear its finding quickly). */
const MUTATION_DELAY_MS = 120;
const INPUT_DELAY_MS = 30;
const WATCHED_ATTRIBUTES = [
  'value',
  'selected',
  'checked',
  'class',
  'aria-selected',
  'hidden',
  'style',
  'disabled',
];

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return (
    !!el && (el.tagName.toLowerCase() === OVERLAY_TAG || el.id === STYLE_ID || !!el.closest(OVERLAY_TAG))
  );
}

export function startController(deps: ControllerDeps): { stop(): void; scan(): void } {
  const { doc } = deps;
  const bridge = getBridge();
  let env: ReadingEnv | null = null;
  let marked = new Set<Element>();
  let version = 0;
  let overlayRequested = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Infinity;
  let stopped = false;

  const scan = () => {
    timer = undefined;
    dueAt = Infinity;
    if (!env || stopped) return;
    try {
      performance.mark('oc:scan:start');
      const texts = collectTexts(doc);
      const { page } = recognise(texts, env.settings, doc.location?.href ?? '');
      if (!page) {
        if (bridge.state) {
          marked = applyMarkers(new Map(), [], marked);
          bridge.publish(null);
        }
        return;
      }
      const { record, elements } = readPage(doc, page, fieldsOfPage(page), env.settings, {
        texts,
        url: doc.location?.href ?? '',
      });
      const findings = judgePage(record, env.settings, env.today);
      marked = applyMarkers(elements, findings, marked);
      ensureStylesheet(doc);
      bridge.publish({ page, findings, elements, counts: countBySeverity(findings), version: ++version });
      if (!bridge.overlayLoaded && !overlayRequested) {
        overlayRequested = true;
        deps.requestOverlay();
      }
      performance.measure('oc:scan', 'oc:scan:start');
    } catch (e) {
      // The page must never break because of us.
      console.warn('[Dossier conforme] lecture impossible', e instanceof Error ? e.name : 'erreur');
    }
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    const at = Date.now() + delay;
    if (timer !== undefined && at >= dueAt) return;
    if (timer !== undefined) clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(scan, delay);
  };

  const observer = new MutationObserver((records) => {
    if (records.some((r) => !isOurs(r.target) || ![...r.addedNodes, ...r.removedNodes].every(isOurs)))
      schedule(MUTATION_DELAY_MS);
  });
  const onInput = (e: Event) => {
    if (e.target instanceof Node && isOurs(e.target)) return;
    schedule(INPUT_DELAY_MS);
  };

  const reload = () =>
    deps
      .loadEnv()
      .then((e) => {
        env = e;
        scan();
      })
      .catch(() => undefined);

  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);
  const unwatch = deps.watchEnv(reload);
  void reload();

  return {
    scan,
    stop() {
      stopped = true;
      observer.disconnect();
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('change', onInput, true);
      unwatch();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
