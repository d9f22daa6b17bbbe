/**
 * « Lire les onglets non lus », the page side (content-scripts/unseen-frame.ts): injected by the
 * background into the top Ogust document of a tab only when a reading starts there, so the script
 * injected into every Ogust frame stays small. Runs in the content scripts' isolated world.
 */
import { watchUnseenFrames } from '../content-scripts/unseen-frame';

export default defineUnlistedScript(() => {
  const g = globalThis as { __ocUnseenFrames?: boolean };
  if (g.__ocUnseenFrames) return;
  g.__ocUnseenFrames = true;
  watchUnseenFrames(document);
});
