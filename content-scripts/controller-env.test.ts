// @vitest-environment jsdom
/**
 * The settings come from the background (`oc:env`): while it does not answer (its service worker
 * restarting, the extension updated), the frame asks again a few times, then reads the page as soon
 * as they come; a frame stopped meanwhile asks no more.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { EMPTY_DOSSIER } from '../lib/model/dossier';
import { parseSettings } from '../lib/settings/settings';
import type { ReadingEnv } from '../lib/platform/storage';
import { DEMO_TODAY, DEMO_USER, loadDemoPage } from '../tests/support/demo-pages';
import { startController } from './controller';

vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

function start(loadEnv: () => Promise<ReadingEnv>, cannotWork?: () => void) {
  document.open();
  document.write(loadDemoPage('client-definition-erreurs.html').html);
  document.close();
  return startController({
    doc: document,
    loadEnv,
    watchEnv: () => () => undefined,
    watchDossiers: () => () => undefined,
    sendRecord: async () => ({ view: EMPTY_DOSSIER }),
    requestOverlay: () => undefined,
    ...(cannotWork ? { cannotWork } : {}),
  });
}

const env = async (): Promise<ReadingEnv> => ({
  settings: parseSettings({ userName: DEMO_USER }),
  today: DEMO_TODAY,
});
const noAnswer = () => Promise.reject(new Error('oc:env sans réponse'));

it('asks again while the background does not answer, then reads and marks the page', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // Two refusals, then an answer: the third request (after 0.5 s, then 2 s) reads the page.
  const loadEnv = vi.fn(env).mockImplementationOnce(noAnswer).mockImplementationOnce(noAnswer);
  start(loadEnv);
  await vi.advanceTimersByTimeAsync(0);
  expect(loadEnv).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(500);
  expect(loadEnv).toHaveBeenCalledTimes(2);
  await vi.advanceTimersByTimeAsync(2000);
  expect(loadEnv).toHaveBeenCalledTimes(3);
  vi.useRealTimers();
  await vi.waitFor(() => expect(document.querySelector('[data-oc-field="client.email"]')).not.toBeNull());
});

it('gives up after three more requests and says so, and a stopped frame asks no more', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const loadEnv = vi.fn(noAnswer);
  const cannotWork = vi.fn();
  start(loadEnv, cannotWork);
  await vi.advanceTimersByTimeAsync(7_000);
  expect(cannotWork).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(3_000);
  expect(loadEnv).toHaveBeenCalledTimes(4);
  expect(warn).toHaveBeenCalledTimes(1);
  // The person is told (content-scripts/notice.ts), once.
  expect(cannotWork).toHaveBeenCalledTimes(1);

  const again = vi.fn(noAnswer);
  const controller = start(again);
  await vi.advanceTimersByTimeAsync(0);
  controller.stop();
  await vi.advanceTimersByTimeAsync(10_000);
  expect(again).toHaveBeenCalledTimes(1);
  warn.mockRestore();
});
