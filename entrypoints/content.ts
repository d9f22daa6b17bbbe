import { OGUST_EXCLUDES, OGUST_MATCHES } from '../lib/hosts';
import type { Message, RecordReply } from '../lib/messages';
import { loadReadingEnv, watchDossiers, watchReadingEnv } from '../lib/storage';
import { startController } from '../content-scripts/controller';

export default defineContentScript({
  matches: OGUST_MATCHES,
  excludeMatches: OGUST_EXCLUDES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const controller = startController({
      doc: document,
      loadEnv: loadReadingEnv,
      watchEnv: watchReadingEnv,
      watchDossiers,
      sendRecord: (record) => {
        const msg: Message = { type: 'oc:record', record };
        return browser.runtime.sendMessage(msg) as Promise<RecordReply | null>;
      },
      requestOverlay: () => {
        const msg: Message = { type: 'oc:load-overlay' };
        browser.runtime.sendMessage(msg).catch(() => undefined);
      },
    });
    ctx.onInvalidated(() => controller.stop());
  },
});
