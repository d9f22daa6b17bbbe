/**
 * « Lire les onglets non lus » in Firefox ESR (the Firefox MV3 build), from the page's summary: the
 * client tabs Mme DURAND's fiche links to are loaded one at a time in a hidden frame of the tab, each
 * read without an overlay, and no frame is left. (The panel cannot be opened through WebDriver BiDi:
 * what the reading stored is checked in Chromium, tests/browser/read-unseen.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN } from '../support/demo-pages';
import { firefoxSummary, launchFirefox, type FirefoxSession } from '../support/firefox';

let ff: FirefoxSession;

beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

describe('Firefox: « Lire les onglets non lus »', () => {
  it('loads each linked client tab in one hidden frame at a time, shows it to nobody, leaves no frame', async () => {
    await ff.reinstall();
    const requested: string[] = [];
    const onRequest = (r: { url(): string }) => requested.push(r.url());
    ff.page.on('request', onRequest);
    await ff.page.goto(`${DEMO_ORIGIN}/client-definition-conforme.html`);
    await firefoxSummary(ff.page);
    await new Promise((r) => setTimeout(r, 500));
    requested.length = 0;

    const clicked = await ff.page.evaluate(() => {
      const b = document
        .querySelector('dossier-conforme-overlay')
        ?.shadowRoot?.querySelector<HTMLButtonElement>('[data-oc-action="read-unseen"]');
      b?.click();
      return !!b;
    });
    expect(clicked).toBe(true);

    const wanted = ['client-contrats.html', 'client-planning.html', 'client-documents.html'].map(
      (f) => `${DEMO_ORIGIN}/${f}`,
    );
    let maxFrames = 0;
    let overlays = 0;
    let finished = false;
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline) {
      const seen = await ff.page.evaluate(() => {
        const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-oc-reader]')];
        return {
          frames: frames.length,
          overlays: frames.filter((f) => {
            try {
              return !!f.contentDocument?.querySelector('dossier-conforme-overlay');
            } catch {
              return false;
            }
          }).length,
        };
      });
      maxFrames = Math.max(maxFrames, seen.frames);
      overlays += seen.overlays;
      // Every tab asked for, and the frame gone after the last one.
      if (wanted.every((u) => requested.includes(u)) && seen.frames === 0) {
        finished = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    ff.page.off('request', onRequest);
    expect(finished).toBe(true);
    expect(requested.filter((u) => wanted.includes(u)).sort()).toEqual([...wanted].sort());
    // Nothing but those tabs' addresses was asked for.
    expect(requested.filter((u) => !wanted.includes(u))).toEqual([]);
    expect(maxFrames).toBe(1);
    expect(overlays).toBe(0);
  }, 150_000);
});
