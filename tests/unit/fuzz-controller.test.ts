// @vitest-environment jsdom
/**
 * The content script never throws into the page: the controller runs on a demo fiche while
 * fast-check drives random page edits (values typed, options chosen, nodes added and removed,
 * attributes toggled, hostile text) and the background misbehaves in every way (rejects, throws at
 * once, answers garbage, never answers). No exception reaches the page (window `error`), no promise
 * is left rejected, the controller keeps judging, and what it logs names no page value.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startController, type ControllerDeps } from '../../content-scripts/controller';
import type { RecordReply } from '../../lib/platform/messages';
import { parseSettings } from '../../lib/settings/settings';
import { DEMO_TODAY, DEMO_USER, loadDemoPage } from '../support/demo-pages';
import { hostileString } from '../support/fuzz';

const RUNS = 60;
const env = { settings: parseSettings({ userName: DEMO_USER }), today: DEMO_TODAY };
const demo = loadDemoPage('client-definition-erreurs.html');

type Background = 'ok' | 'reject' | 'throw' | 'garbage' | 'null' | 'never';
const background = fc.constantFrom<Background>('ok', 'reject', 'throw', 'garbage', 'null', 'never');

type Edit =
  | { t: 'type'; index: number; value: string }
  | { t: 'select'; index: number; option: number }
  | { t: 'add'; text: string }
  | { t: 'remove'; index: number }
  | { t: 'attr'; index: number; name: string; value: string }
  | { t: 'title'; text: string };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ t: fc.constant('type' as const), index: fc.nat(40), value: hostileString }),
  fc.record({ t: fc.constant('select' as const), index: fc.nat(10), option: fc.nat(6) }),
  fc.record({ t: fc.constant('add' as const), text: hostileString }),
  fc.record({ t: fc.constant('remove' as const), index: fc.nat(200) }),
  fc.record({
    t: fc.constant('attr' as const),
    index: fc.nat(200),
    name: fc.constantFrom('class', 'hidden', 'style', 'disabled', 'value', 'selected'),
    value: hostileString,
  }),
  fc.record({ t: fc.constant('title' as const), text: hostileString }),
);

function apply(doc: Document, e: Edit): void {
  const inputs = [...doc.querySelectorAll('input')];
  const all = [...doc.body.querySelectorAll('*')];
  switch (e.t) {
    case 'type': {
      const i = inputs[e.index % Math.max(inputs.length, 1)];
      if (!i) return;
      i.value = e.value;
      i.dispatchEvent(new Event('input', { bubbles: true }));
      return;
    }
    case 'select': {
      const s = [...doc.querySelectorAll('select')][e.index % 10];
      if (!s || !s.options.length) return;
      s.selectedIndex = e.option % s.options.length;
      s.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
    case 'add': {
      const row = doc.createElement('div');
      row.className = 'ligne';
      const l = doc.createElement('label');
      l.textContent = e.text;
      const input = doc.createElement('input');
      input.value = e.text;
      row.append(l, input);
      doc.querySelector('form')?.append(row);
      return;
    }
    case 'remove':
      all[e.index % all.length]?.remove();
      return;
    case 'attr':
      try {
        all[e.index % all.length]?.setAttribute(e.name, e.value);
      } catch {
        // an invalid attribute value is the page's own error, not ours
      }
      return;
    case 'title':
      doc.title = e.text;
  }
}

let pageErrors: unknown[];
let rejections: unknown[];
const onError = (e: ErrorEvent) => pageErrors.push(e.error ?? e.message);
const onRejection = (r: unknown) => rejections.push(r);

beforeEach(() => {
  pageErrors = [];
  rejections = [];
  window.addEventListener('error', onError);
  process.on('unhandledRejection', onRejection);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  process.off('unhandledRejection', onRejection);
  vi.restoreAllMocks();
});

function replyFor(kind: Background): ControllerDeps['sendRecord'] {
  return () => {
    switch (kind) {
      case 'ok':
        return Promise.resolve({ view: { intervenants: [] } });
      case 'reject':
        return Promise.reject(new Error('Extension context invalidated.'));
      case 'throw':
        throw new Error('Could not establish connection. Receiving end does not exist.');
      case 'garbage':
        return Promise.resolve({ view: null, contractFields: 'x' } as unknown as RecordReply);
      case 'null':
        return Promise.resolve(null);
      case 'never':
        return new Promise(() => undefined);
    }
  };
}

/** The demo page afresh in the document (scripts removed), with a controller on it. */
function startOnDemo(kind: Background) {
  document.documentElement.innerHTML = new DOMParser()
    .parseFromString(demo.html, 'text/html')
    .documentElement.innerHTML.replace(/<script[\s\S]*?<\/script>/g, '');
  return startController({
    doc: document,
    loadEnv: () => Promise.resolve(env),
    watchEnv: () => () => undefined,
    watchDossiers: () => () => undefined,
    sendRecord: replyFor(kind),
    requestOverlay: () => undefined,
  });
}

describe('the content script on a page that changes under it', () => {
  it(`never throws into the page, whatever the page and the background do (${RUNS} runs)`, async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fc.assert(
      fc.asyncProperty(background, fc.array(edit, { minLength: 1, maxLength: 12 }), async (kind, edits) => {
        const controller = startOnDemo(kind);
        try {
          await controller.scan();
          for (const e of edits) {
            apply(document, e);
            await controller.scan();
          }
          await new Promise((r) => setTimeout(r, 0));
        } finally {
          controller.stop();
        }
        expect(pageErrors).toEqual([]);
        expect(rejections).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    // What it logs, if anything, is a type of error: never a value of the page.
    for (const call of warn.mock.calls)
      for (const arg of call) expect(String(arg).length, String(arg)).toBeLessThan(60);
  }, 180_000);

  it('still judges the page after the background failed', async () => {
    const controller = startOnDemo('throw');
    await controller.scan();
    await vi.waitFor(() =>
      expect(document.querySelectorAll('[data-oc-status="error"]').length).toBeGreaterThan(0),
    );
    controller.stop();
  });
});
