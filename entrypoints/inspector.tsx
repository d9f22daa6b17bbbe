/**
 * The inspector UI (fields found, point-and-bind, « cette page est … », anonymised capture),
 * injected by the background the first time the inspector is opened in a frame, into the overlay's
 * shadow root (its stylesheet already holds every class). Kept out of the overlay so that pages
 * load no admin tool they do not use.
 */
import { createRoot } from 'react-dom/client';
import { Inspector } from '../components/inspector/Inspector';
import { getBridge } from '../content-scripts/bridge';
import { OVERLAY_TAG } from '../content-scripts/read/dom-text';
import { watchNotices } from '../lib/platform/change-notices';
import { loadReadingEnv } from '../lib/platform/storage';

export default defineUnlistedScript(() => {
  const root = document.querySelector(OVERLAY_TAG)?.shadowRoot;
  if (!root || root.querySelector('[data-oc-inspector-root]')) return;
  const mount = document.createElement('div');
  mount.setAttribute('data-oc-inspector-root', '');
  root.append(mount);
  createRoot(mount).render(
    <Inspector
      bridge={getBridge()}
      loadEnv={loadReadingEnv}
      watchEnv={(onChange) => watchNotices('env', onChange)}
    />,
  );
});
