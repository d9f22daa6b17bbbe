/**
 * « Remplir le formulaire »: ask for the Unaide Connect host (optional host permission) inside the
 * click, find the tab(s) showing that host, and inject `fillTaskForm` there. Never submits.
 */
import { browser } from 'wxt/browser';
import { CONNECT_LABELS, fillTaskForm, type AutofillField, type AutofillResult } from '../../../lib/autofill';
import { toHostPattern } from '../../../lib/extra-hosts';
import type { TaskCard, TaskFieldKey } from './model';
import { TASK_FIELD_KEYS } from './model';

export type FillOutcome =
  | { kind: 'badHost' }
  | { kind: 'denied' }
  | { kind: 'noTab' }
  | { kind: 'failed' }
  | { kind: 'done'; result: AutofillResult };

/** The fields handed to the page: every field of the card, except a date not computed yet. */
export function autofillFields(card: TaskCard): AutofillField[] {
  return TASK_FIELD_KEYS.filter((k) => !(k === 'date' && card.datePending)).map((k: TaskFieldKey) => ({
    key: k,
    labels: CONNECT_LABELS[k]!,
    value: card.values[k],
  }));
}

/**
 * Start the permission request synchronously (Chrome grants it only inside the user's click), then
 * fill the first Connect tab holding the form: the active one first, then the most recently used.
 */
export function fillConnectForm(connectHost: string, card: TaskCard): Promise<FillOutcome> {
  const host = toHostPattern(connectHost);
  if (!host.ok) return Promise.resolve({ kind: 'badHost' });
  let request: Promise<boolean>;
  try {
    request = browser.permissions.request({ origins: [host.pattern] });
  } catch {
    return Promise.resolve({ kind: 'denied' });
  }
  return request.then(
    async (granted): Promise<FillOutcome> => {
      if (!granted) return { kind: 'denied' };
      const tabs = await browser.tabs.query({ url: host.pattern }).catch(() => []);
      const ordered = [...tabs]
        .filter((t) => t.id !== undefined)
        .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
      if (!ordered.length) return { kind: 'noTab' };
      const fields = autofillFields(card);
      let best: AutofillResult | undefined;
      for (const tab of ordered) {
        const frames = await browser.scripting
          .executeScript({ target: { tabId: tab.id!, allFrames: true }, func: fillTaskForm, args: [fields] })
          .catch(() => []);
        for (const f of frames) {
          const r = f.result as AutofillResult | undefined;
          if (r && (!best || r.filled.length > best.filled.length)) best = r;
        }
        if (best?.filled.length) return { kind: 'done', result: best };
      }
      // Scripts ran but no frame had a labelled task form: the form is not open.
      return best ? { kind: 'noTab' } : { kind: 'failed' };
    },
    () => ({ kind: 'denied' }),
  );
}
