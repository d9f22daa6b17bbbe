/**
 * The typed message layer over a hand-made browser: one listener per `onMessages`, removed by one
 * abort; a handler's promise is the reply, `undefined` leaves the message to another frame; other
 * extensions' or malformed messages are not ours; `sendToTab` names a frame only when asked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (m: unknown, sender: unknown) => unknown;
const listeners = new Set<Listener>();
const tabsSend = vi.fn((..._args: unknown[]) => Promise.resolve(undefined));
const runtimeSend = vi.fn((_m: unknown) => Promise.resolve({ dossiers: [] }));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: (m: unknown) => runtimeSend(m),
      onMessage: {
        addListener: (l: Listener) => void listeners.add(l),
        removeListener: (l: Listener) => void listeners.delete(l),
      },
    },
    tabs: { sendMessage: (...args: unknown[]) => tabsSend(...args) },
  },
}));
const { onMessages, requestReadingEnv, sendToBackground, sendToTab } = await import('./messages');
const { clock } = await import('../time/clock');

/** What the browser would give the sender: the first listener's reply that is not undefined. */
const deliver = (m: unknown, sender: unknown = {}) =>
  [...listeners].map((l) => l(m, sender)).find((r) => r !== undefined);

beforeEach(() => {
  listeners.clear();
  tabsSend.mockClear();
});

describe('onMessages', () => {
  it('answers with the handler of the message type, with the sender', async () => {
    const seen: unknown[] = [];
    onMessages({
      'oc:reveal': (m, sender) => {
        seen.push(m.fields, sender);
        return Promise.resolve(true);
      },
    });
    await expect(deliver({ type: 'oc:reveal', fields: ['nir'] }, { frameId: 3 })).resolves.toBe(true);
    expect(seen).toEqual([['nir'], { frameId: 3 }]);
  });

  it('leaves a message it has no answer for to the other listeners (undefined, not a reply)', async () => {
    onMessages({ 'oc:reveal': () => undefined });
    onMessages({ 'oc:reveal': () => Promise.resolve(true) });
    expect(listeners.size).toBe(2);
    await expect(deliver({ type: 'oc:reveal', fields: [] })).resolves.toBe(true);
    // A type without a handler, another extension's message, a malformed one: no reply.
    expect(deliver({ type: 'oc:links' })).toBeUndefined();
    expect(deliver({ type: 'autre:chose' })).toBeUndefined();
    expect(deliver('oc:reveal')).toBeUndefined();
  });

  it('removes its listener with one abort', () => {
    const controller = new AbortController();
    onMessages({ 'oc:links': () => Promise.resolve([]) }, controller.signal);
    expect(listeners.size).toBe(1);
    controller.abort();
    expect(listeners.size).toBe(0);
  });

  it('adds nothing for a signal already aborted', () => {
    onMessages({ 'oc:links': () => Promise.resolve([]) }, AbortSignal.abort());
    expect(listeners.size).toBe(0);
  });
});

describe('sending', () => {
  it('sendToTab names a frame only when one is given', async () => {
    await sendToTab(7, { type: 'oc:inspector' });
    await sendToTab(7, { type: 'oc:links' }, 0);
    expect(tabsSend.mock.calls).toEqual([
      [7, { type: 'oc:inspector' }],
      [7, { type: 'oc:links' }, { frameId: 0 }],
    ]);
  });

  it('sendToBackground sends the plain message and gives the reply', async () => {
    await expect(sendToBackground({ type: 'oc:dossiers' })).resolves.toEqual({ dossiers: [] });
    expect(runtimeSend).toHaveBeenCalledWith({ type: 'oc:dossiers' });
  });
});

describe('requestReadingEnv (an Ogust frame asks the background for its settings)', () => {
  it("asks with oc:env, and the day it gets becomes this context's today", async () => {
    const settings = { userName: 'Camille Martin' };
    runtimeSend.mockImplementationOnce(() => Promise.resolve({ settings, today: '2026-11-28' } as never));
    const env = await requestReadingEnv();
    expect(runtimeSend).toHaveBeenLastCalledWith({ type: 'oc:env' });
    expect(env).toEqual({ settings, today: '2026-11-28' });
    expect(clock.today()).toBe('2026-11-28');
  });

  it('rejects when the background gave no answer', async () => {
    runtimeSend.mockImplementationOnce(() => Promise.resolve(undefined as never));
    await expect(requestReadingEnv()).rejects.toThrow();
  });
});
