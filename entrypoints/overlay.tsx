/**
 * The overlay UI, injected by the background only into frames where a page was recognised (so the
 * always-injected content script stays small). Runs in the same isolated world as the content
 * script and takes its state from the bridge. The inspector (an admin's tool, with the anonymised
 * capture) is a separate script, injected the first time it is opened in this frame.
 */
import { createRoot } from 'react-dom/client';
import { getBridge } from '../content-scripts/bridge';
import { OVERLAY_TAG } from '../content-scripts/read/dom-text';
import { ensureStylesheet } from '../content-scripts/markers';
import { sendToBackground } from '../lib/platform/messages';
import { ignoreExtensionReloaded } from '../lib/platform/ignore';
import { Overlay } from '../components/overlay/Overlay';
import css from '../components/overlay/overlay.css?inline';
import { shadowCss } from '../components/overlay/shadow-css';

export default defineUnlistedScript(() => {
  const bridge = getBridge();
  if (bridge.overlayLoaded || document.querySelector(OVERLAY_TAG)) return;
  bridge.overlayLoaded = true;
  // Timeline mark for measurements (scripts/measure-load.ts): the overlay UI's script started.
  performance.mark('oc:overlay');
  // The inspector may open in a frame where no page was recognised (no stylesheet of ours yet).
  ensureStylesheet(document);

  const host = document.createElement(OVERLAY_TAG);
  host.setAttribute(
    'style',
    'all:initial;position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647;',
  );
  const root = host.attachShadow({ mode: 'open' });
  const sheet = document.createElement('style');
  // Nothing of Tailwind's goes to the document: no restyle of the whole page (components/overlay/shadow-css.ts).
  sheet.textContent = shadowCss(css);
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
