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

function start(
  loadEnv: () => Promise<ReadingEnv>,
  told: { cannotWork?: () => void; worksAgain?: () => void; envChanged?: (f: () => void) => void } = {},
) {
  document.open();
  document.write(loadDemoPage('client-definition-erreurs.html').html);
  document.close();
  return startController({
    doc: document,
    loadEnv,
    watchEnv: (onChange) => {
      told.envChanged?.(onChange);
      return () => undefined;
    },
    watchDossiers: () => () => undefined,
    sendRecord: async () => ({ view: EMPTY_DOSSIER }),
    requestOverlay: () => undefined,
    ...(told.cannotWork ? { cannotWork: told.cannotWork } : {}),
    ...(told.worksAgain ? { worksAgain: told.worksAgain } : {}),
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
  start(loadEnv, { cannotWork });
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

it('takes back what it said once the settings come (a later change of the settings)', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  let answer = false;
  const loadEnv = vi.fn(() => (answer ? env() : noAnswer()));
  const cannotWork = vi.fn();
  const worksAgain = vi.fn();
  let changed = () => {};
  start(loadEnv, { cannotWork, worksAgain, envChanged: (f) => (changed = f) });
  await vi.advanceTimersByTimeAsync(10_000);
  expect(cannotWork).toHaveBeenCalledTimes(1);
  expect(worksAgain).not.toHaveBeenCalled();
  answer = true;
  changed();
  await vi.advanceTimersByTimeAsync(0);
  expect(worksAgain).toHaveBeenCalledTimes(1);
  // Once only: a further change of the settings has nothing to take back.
  changed();
  await vi.advanceTimersByTimeAsync(0);
  expect(worksAgain).toHaveBeenCalledTimes(1);
  warn.mockRestore();
});
