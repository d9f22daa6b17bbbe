/**
 * Keyboard in Chromium: on an Ogust page, Alt+Maj+N moves the focus to the next field with a finding
 * (scrolled into view), Alt+Maj+P to the previous one, wrapping around. On the demo fiche full of
 * errors (demo/ogust/client-definition-erreurs.html, whose oc-why lists them): the first is « Type de
 * client » (Prospect BtoC), the last « Géré par » (Sophie Lambert). The summary states the keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, recognisedFrame, visitAlone, type Session } from '../support/browser';

let session: Session;
let tab: Page;

/** The name of the focused control, and whether the element with a finding holding it is on screen. */
async function focused(): Promise<{ name: string | null; marked: boolean; inView: boolean }> {
  return tab.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const marked = el?.closest('[data-oc-status]') ?? null;
    const r = (marked ?? el)?.getBoundingClientRect();
    return {
      name: el?.getAttribute('name') ?? null,
      marked: !!marked,
      inView: !!r && r.top >= 0 && r.bottom <= window.innerHeight,
    };
  });
}

beforeAll(async () => {
  session = await launch();
  tab = await session.context.newPage();
  await tab.setViewportSize({ width: 1200, height: 300 });
  await visitAlone(tab, session.worker, 'client-definition-erreurs.html');
  await recognisedFrame(tab);
  await tab.locator('[data-oc-status]').first().waitFor({ state: 'attached' });
});
afterAll(async () => {
  await session?.close();
});

describe('Alt+Maj+N / Alt+Maj+P', () => {
  it('goes from field with a finding to the next and back, wrapping around, scrolling to each', async () => {
    await tab.keyboard.press('Alt+Shift+N');
    expect(await focused()).toEqual({ name: 'type_client', marked: true, inView: true });

    await tab.keyboard.press('Alt+Shift+N');
    const second = await focused();
    expect(second.marked).toBe(true);
    expect(second.name).not.toBe('type_client');
    // Further down the page than « Type de client ».
    expect(
      await tab.evaluate(
        () =>
          !!(
            document.querySelector('[name="type_client"]')!.compareDocumentPosition(document.activeElement!) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
      ),
    ).toBe(true);

    await tab.keyboard.press('Alt+Shift+P');
    expect((await focused()).name).toBe('type_client');

    // Before the first: the last one (Géré par), scrolled into view at the bottom of the form.
    await tab.keyboard.press('Alt+Shift+P');
    expect(await focused()).toEqual({ name: 'gere_par', marked: true, inView: true });
    await tab.keyboard.press('Alt+Shift+N');
    expect((await focused()).name).toBe('type_client');
  });

  it('the page’s summary states the keys', async () => {
    const frame = await recognisedFrame(tab);
    await frame.locator('[data-oc-summary] > button').click();
    expect(await frame.locator('[data-oc-keys]').textContent()).toBe(
      'Alt+Maj+N : constat suivant · Alt+Maj+P : constat précédent',
    );
  });
});
