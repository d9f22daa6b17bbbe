import { OGUST_EXCLUDES, OGUST_MATCHES } from '../lib/model/hosts';
import type { Message, RecordReply } from '../lib/platform/messages';
import { watchNotices } from '../lib/platform/change-notices';
import { loadReadingEnv } from '../lib/platform/storage';
import { startController } from '../content-scripts/controller';
import { revealField } from '../content-scripts/reveal';
import { watchInspectorToggle } from '../content-scripts/inspector/toggle';
import { watchFindingKeys } from '../content-scripts/keyboard-nav';
import { isMessage } from '../lib/platform/messages';
import { toStoredFindings } from '../lib/model/page-findings';

export default defineContentScript({
  matches: OGUST_MATCHES,
  excludeMatches: OGUST_EXCLUDES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const controller = startController({
      doc: document,
      loadEnv: loadReadingEnv,
      // No storage listener in Ogust frames: the background sends notices (lib/platform/change-notices.ts).
      watchEnv: (onChange) => watchNotices('env', onChange),
      watchDossiers: (onChange) => watchNotices('dossiers', onChange),
      sendRecord: (record) => {
        const msg: Message = { type: 'oc:record', record };
        return browser.runtime.sendMessage(msg) as Promise<RecordReply | null>;
      },
      requestOverlay: () => {
        const msg: Message = { type: 'oc:load-overlay' };
        browser.runtime.sendMessage(msg).catch(() => undefined);
      },
      sendFindings: (entity, record, findings) => {
        const msg: Message = {
          type: 'oc:findings',
          entity,
          page: record.page,
          url: record.url,
          findings: toStoredFindings(findings),
        };
        browser.runtime.sendMessage(msg).catch(() => undefined);
      },
    });
    const stopInspector = watchInspectorToggle(document, () => {
      const msg: Message = { type: 'oc:load-overlay' };
      browser.runtime.sendMessage(msg).catch(() => undefined);
    });
    // Alt+Shift+N / Alt+Shift+P: next / previous field with a finding.
    const stopKeys = watchFindingKeys(document);
    // The side panel's « show me »: only the frame that holds the field answers.
    const onMessage = (m: unknown) =>
      isMessage(m) && m.type === 'oc:reveal' && revealField(document, m.fields, m.rules)
        ? Promise.resolve(true)
        : undefined;
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      controller.stop();
      stopInspector();
      stopKeys();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
