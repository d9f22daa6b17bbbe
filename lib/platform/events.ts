/**
 * Listeners tied to an `AbortSignal`: whoever adds listeners makes one `AbortController` and removes
 * them all with one `abort()`, instead of pairing each `addListener` with a `removeListener` by hand.
 * Page events take `{ signal }` directly (`addEventListener`); browser events (`runtime.onMessage`,
 * `storage.onChanged`, `tabs.onUpdated`…) go through `onBrowserEvent`.
 */

/** A browser event (`browser.*.on…`), as far as we use it. */
export interface BrowserEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/**
 * Add `listener` to a browser event until `signal` aborts (forever without one: a background
 * service started once). Nothing is added when the event does not exist in this browser or the
 * signal has already aborted.
 */
export function onBrowserEvent<L>(
  event: BrowserEvent<L> | undefined,
  listener: L,
  signal?: AbortSignal,
): void {
  if (!event || signal?.aborted) return;
  event.addListener(listener);
  signal?.addEventListener('abort', () => event.removeListener(listener), { once: true });
}

/** A stop function for code that hands one back: `abort()` of a fresh controller. */
export function stopper(): { signal: AbortSignal; stop: () => void } {
  const controller = new AbortController();
  return { signal: controller.signal, stop: () => controller.abort() };
}
