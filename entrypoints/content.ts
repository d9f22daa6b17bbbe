import { OGUST_EXCLUDES, OGUST_MATCHES } from '../lib/model/hosts';
import { onMessages, requestReadingEnv, sendToBackground } from '../lib/platform/messages';
import { ignoreExtensionReloaded } from '../lib/platform/ignore';
import { watchNotices } from '../lib/platform/change-notices';
import { startController } from '../content-scripts/controller';
import { revealField } from '../content-scripts/reveal';
import { hideNotice, showNotice } from '../content-scripts/notice';
import { OVERLAY } from '../lib/i18n/overlay';
import { watchInspectorToggle } from '../content-scripts/inspector/toggle';
import { watchFindingKeys } from '../content-scripts/keyboard-nav';
import { toStoredFindings } from '../lib/model/page-findings';

export default defineContentScript({
  matches: OGUST_MATCHES,
  excludeMatches: OGUST_EXCLUDES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Every listener below goes when the extension is reloaded under the page (one abort).
    const { signal } = ctx;
    const requestOverlay = () =>
      void sendToBackground({ type: 'oc:load-overlay' }).catch(ignoreExtensionReloaded);
    const controller = startController({
      doc: document,
      // From the background, parsed and kept there: no settings schema in every Ogust frame.
      loadEnv: requestReadingEnv,
      // No storage listener in Ogust frames: the background sends notices (lib/platform/change-notices.ts).
      watchEnv: (onChange) => watchNotices('env', onChange),
      watchDossiers: (onChange) => watchNotices('dossiers', onChange),
      sendRecord: async (record, rows) =>
        (await sendToBackground({ type: 'oc:record', record, ...rows })) ?? null,
      requestOverlay,
      // Said once per tab, in its top frame (every Ogust frame of the tab fails alike).
      cannotWork: () => {
        if (window.top === window) showNotice(document, OVERLAY.settingsUnreadable, OVERLAY.close);
      },
      worksAgain: () => hideNotice(document),
      sendFindings: (entity, record, findings) =>
        void sendToBackground({
          type: 'oc:findings',
          entity,
          page: record.page,
          url: record.url,
          findings: toStoredFindings(findings),
        }).catch(ignoreExtensionReloaded),
    });
    signal.addEventListener('abort', () => controller.stop(), { once: true });
    watchInspectorToggle(document, requestOverlay, signal);
    // Alt+Shift+N / Alt+Shift+P: next / previous field with a finding.
    watchFindingKeys(document, signal);
    // The side panel's « show me »: only the frame that holds the field answers.
    onMessages(
      {
        'oc:reveal': (m) => (revealField(document, m.fields, m.rules) ? Promise.resolve(true) : undefined),
      },
      signal,
    );
  },
});
