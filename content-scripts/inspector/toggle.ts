/**
 * Opens and closes the inspector in this frame: the side panel's message `oc:inspector` (sent to
 * every frame of the tab: a recognised frame answers, or the top document when it holds no frame),
 * or Alt+Shift+I in the focused frame (any Ogust frame, recognised or not). The inspector UI lives in
 * the overlay bundle: the background is asked to load it when needed. Tiny on purpose (content.js).
 */
import { onMessages } from '../../lib/platform/messages';
import { getBridge } from '../bridge';

/** Until `signal` aborts. */
export function watchInspectorToggle(doc: Document, requestOverlay: () => void, signal: AbortSignal): void {
  const bridge = getBridge();
  const toggle = (open?: boolean) => {
    const next = open ?? !bridge.inspector;
    bridge.setInspector(next);
    if (next && !bridge.overlayLoaded) requestOverlay();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyI') {
      e.preventDefault();
      toggle();
    }
  };
  doc.addEventListener('keydown', onKey, { capture: true, signal });
  onMessages(
    {
      'oc:inspector': (m) => {
        const top = doc.defaultView === doc.defaultView?.top;
        if (bridge.state || (top && !doc.querySelector('iframe, frame'))) toggle(m.open);
        return undefined;
      },
    },
    signal,
  );
}
