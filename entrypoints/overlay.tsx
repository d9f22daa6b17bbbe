/**
 * The overlay UI, injected by the background only into frames where a page was recognised (so the
 * always-injected content script stays small). Runs in the same isolated world as the content
 * script and takes its state from the bridge. The inspector (an admin's tool, with the anonymised
 * capture) is a separate script, injected the first time it is opened in this frame.
 */
import { createRoot } from 'react-dom/client';
import { getBridge } from '../content-scripts/bridge';
import { OVERLAY_TAG } from '../content-scripts/read/dom-text';
import { ensureStylesheet, STYLE_ID } from '../content-scripts/markers';
import { sendToBackground } from '../lib/platform/messages';
import { ignoreExtensionReloaded } from '../lib/platform/ignore';
import { Overlay } from '../components/overlay/Overlay';
import css from '../components/overlay/overlay.css?inline';

/** `@property` rules do not apply inside a shadow root: they go to the document stylesheet. */
function splitProperties(text: string): { shadow: string; document: string } {
  const props: string[] = [];
  const shadow = text.replace(/@property[^{]+\{[^}]*\}/g, (m) => {
    props.push(m);
    return '';
  });
  return { shadow, document: props.join('\n') };
}

export default defineUnlistedScript(() => {
  const bridge = getBridge();
  if (bridge.overlayLoaded || document.querySelector(OVERLAY_TAG)) return;
  bridge.overlayLoaded = true;
  // Timeline mark for measurements (scripts/measure-load.ts): the overlay UI's script started.
  performance.mark('oc:overlay');
  const { shadow, document: docCss } = splitProperties(css);
  // The inspector may open in a frame where no page was recognised (no stylesheet of ours yet).
  ensureStylesheet(document);
  const style = document.getElementById(STYLE_ID);
  if (style && docCss && !style.textContent?.includes('@property')) style.textContent += docCss;

  const host = document.createElement(OVERLAY_TAG);
  host.setAttribute(
    'style',
    'all:initial;position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647;',
  );
  const root = host.attachShadow({ mode: 'open' });
  const sheet = document.createElement('style');
  sheet.textContent = shadow;
  const mount = document.createElement('div');
  root.append(sheet, mount);
  document.documentElement.appendChild(host);
  createRoot(mount).render(
    <Overlay
      bridge={bridge}
      firefox={import.meta.env.FIREFOX}
      openPanel={() => void sendToBackground({ type: 'oc:open-panel' }).catch(ignoreExtensionReloaded)}
      readUnseen={() => void sendToBackground({ type: 'oc:read-unseen' }).catch(ignoreExtensionReloaded)}
    />,
  );

  let inspectorRequested = false;
  const loadInspector = () => {
    if (!bridge.inspector || inspectorRequested) return;
    inspectorRequested = true;
    // Not loaded: asked again at the next change of the bridge.
    sendToBackground({ type: 'oc:load-inspector' }).catch(() => (inspectorRequested = false));
  };
  bridge.subscribe(loadInspector);
  loadInspector();
});
