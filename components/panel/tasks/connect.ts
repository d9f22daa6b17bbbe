/**
 * « Remplir le formulaire »: ask for the Unaide Connect host (optional host permission) inside the
 * click, find the tab(s) showing that host, and inject `fillTaskForm` there: it fills only a frame
 * holding the new-task form. Never submits; never sends a stand-in for an unknown user or client.
 */
import { browser } from 'wxt/browser';
import {
  CONNECT_LABELS,
  fillTaskForm,
  type AutofillField,
  type AutofillResult,
} from '../../../procedure/tasks/autofill';
import { toHostPattern } from '../../../lib/platform/extra-hosts';
import { TASKS } from '../../../lib/i18n/tasks';
import type { TaskCard, TaskFieldKey } from './model';
import { TASK_FIELD_KEYS } from './model';

export type FillOutcome =
  | { kind: 'badHost' }
  | { kind: 'denied' }
  | { kind: 'noTab' }
  | { kind: 'noForm' }
  | { kind: 'failed' }
  | { kind: 'done'; result: AutofillResult; skipped: TaskFieldKey[] };

/**
 * Fields showing a stand-in, not a value: « votre nom : à renseigner… », « client : nom non lu », or
 * a `{placeholder}` a template left unfilled (a typo shows in the panel, never in Connect).
 */
export function standInFields(card: TaskCard): TaskFieldKey[] {
  const standIns = [TASKS.noUserName, TASKS.noClient];
  return (['destinataire', 'gerePar'] as const).filter(
    (k) => standIns.some((s) => card.values[k].includes(s)) || /\{[^{}]*\}/.test(card.values[k]),
  );
}

/** The fields handed to the page: every field of the card, except a date not computed yet and stand-ins. */
function autofillFields(card: TaskCard): AutofillField[] {
  const skipped = standInFields(card);
  return TASK_FIELD_KEYS.filter((k) => !(k === 'date' && card.datePending) && !skipped.includes(k)).map(
    (k: TaskFieldKey) => ({ key: k, labels: CONNECT_LABELS[k]!, value: card.values[k] }),
  );
}

/** The new-task form's labels: a frame is filled only when most of them are there. */
const FORM_LABELS = Object.values(CONNECT_LABELS);

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
      let ran = false;
      for (const tab of ordered) {
        const frames = await browser.scripting
          .executeScript({
            target: { tabId: tab.id!, allFrames: true },
            func: fillTaskForm,
            args: [fields, FORM_LABELS],
          })
          .catch(() => []);
        for (const f of frames) {
          const r = f.result as AutofillResult | undefined;
          if (!r) continue;
          ran = true;
          if (r.form && (!best || r.filled.length > best.filled.length)) best = r;
        }
        if (best) return { kind: 'done', result: best, skipped: standInFields(card) };
      }
      // Scripts ran but no frame held the new-task form (a task shown, a list…): it is not open.
      return ran ? { kind: 'noForm' } : { kind: 'failed' };
    },
    () => ({ kind: 'denied' }),
  );
}
