/**
 * A planning judged in the background, in Chromium: a row changed on the page (one prestation put
 * back in Brouillon) is marked after the re-read, which sends that row only; after a service-worker
 * restart (its memory of the rows gone) the next change is still judged, the rows sent whole again.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDossiers, demoUrl, launch, recognisedFrame, type Session } from '../support/browser';

let session: Session;
let tab: Page;
let frame: Frame;

beforeAll(async () => {
  session = await launch();
  tab = await session.context.newPage();
  await clearDossiers(session.worker);
  // M. BERNARD's planning: 281 prestations, nothing to report (its oc-expect is empty).
  await tab.goto(demoUrl('client-planning-conforme.html'));
  frame = await recognisedFrame(tab);
});
afterAll(async () => {
  await session?.close();
});

/** Set the status of the prestation row `index` (its last cell). */
const setStatus = (index: number, status: string) =>
  frame.evaluate(
    ([i, s]) => {
      const cells = document.querySelectorAll('[data-oc-row]')[i]!.querySelectorAll('td');
      cells[cells.length - 1]!.textContent = s;
    },
    [index, status] as const,
  );
const rulesOf = (index: number) =>
  frame.evaluate(
    (i) => document.querySelectorAll('[data-oc-row]')[i]?.getAttribute('data-oc-rules') ?? '',
    index,
  );
const markedRows = () =>
  frame.evaluate(() => document.querySelectorAll('[data-oc-row][data-oc-status]').length);

describe('a planning judged in the background', () => {
  it('marks nothing on a conformant planning of 281 rows', async () => {
    await expect
      .poll(() => frame.evaluate(() => document.querySelectorAll('[data-oc-row]').length))
      .toBe(281);
    await tab.waitForTimeout(500);
    expect(await markedRows()).toBe(0);
  });

  it('marks the one row put back in Brouillon, and only it', async () => {
    await setStatus(5, 'Brouillon');
    // planning.brouillon: a prestation still in Brouillon (docs/rules.md).
    await expect.poll(() => rulesOf(5), { timeout: 10_000 }).toContain('planning.brouillon');
    expect(await markedRows()).toBe(1);
  });

  it('still judges a change after the service worker restarted', async () => {
    const cdp = await session.context.newCDPSession(tab);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await setStatus(5, 'A réaliser');
    await setStatus(9, 'Brouillon');
    await expect.poll(() => rulesOf(9), { timeout: 15_000 }).toContain('planning.brouillon');
    expect(await rulesOf(5)).toBe('');
    expect(await markedRows()).toBe(1);
  });
});
