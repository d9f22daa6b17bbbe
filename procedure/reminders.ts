/**
 * Appointment reminders (docs/spec/panel.md, « Rendez-vous »): the person enters the appointment's date and
 * time for a dossier (notes.appointment, Paris wall-clock `AAAA-MM-JJTHH:mm`); a browser notification
 * fires N minutes before (settings.delays.rappelRdvMinutes). Its text names the client and the time,
 * never a NIR, an IBAN or health data. Clicking it opens the panel on the Rendez-vous view (Chrome:
 * `sidePanel.open` synchronously in the click handler, in the Ogust tab's window) or focuses the Ogust tab (Firefox).
 *
 * Pure planning functions, and handlers that take their browser calls as dependencies, so tests
 * drive them directly with the clock (a browser test cannot click an OS notification).
 */
import type { NotesStore } from '../lib/notes/notes';
import { parisToEpoch, wallClock } from '../lib/time/paris';
import { ignoreAlreadyShown, ignoreClosed, ignoreNicety } from '../lib/platform/ignore';

export const ALARM_PREFIX = 'oc:rdv:';
const RDV_VIEW = 'Rendez-vous';

export const alarmName = (dossierKey: string): string => `${ALARM_PREFIX}${dossierKey}`;
export const dossierOfAlarm = (name: string): string | undefined =>
  name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : undefined;

export interface ReminderPlan {
  /** Alarms to (re)create: name → when (ms). */
  schedule: { name: string; when: number }[];
  /** Dossiers whose reminder is due now (the appointment is within N minutes and not past). */
  fireNow: string[];
}

/** What to schedule for the stored appointments at `now`, reminding `minutes` before. */
export function planReminders(notes: NotesStore, now: number, minutes: number): ReminderPlan {
  const plan: ReminderPlan = { schedule: [], fireNow: [] };
  for (const [key, entry] of Object.entries(notes.dossiers)) {
    const a = entry.appointment;
    if (!a || a.notified) continue;
    const at = parisToEpoch(a.at);
    if (at === null || at <= now) continue;
    const when = at - minutes * 60_000;
    if (when > now) plan.schedule.push({ name: alarmName(key), when });
    else plan.fireNow.push(key);
  }
  return plan;
}

export interface ReminderText {
  title: string;
  message: string;
}

/** The notification's words: the client's name and the time only. */
export function reminderText(clientName: string | undefined, at: string): ReminderText {
  const hour = wallClock(at)?.time ?? at;
  return {
    title: 'Rendez-vous à préparer',
    message: `${clientName?.trim() || 'Client'} : rendez-vous à ${hour}. Préparez le dossier (vue Rendez-vous).`,
  };
}

export interface AlarmDeps {
  now(): number;
  loadNotes(): Promise<NotesStore>;
  clientName(dossierKey: string): Promise<string | undefined>;
  notify(id: string, text: ReminderText): Promise<void>;
  /** Mark the appointment's reminder as fired (notes.appointment.notified). */
  markNotified(dossierKey: string, at: string): Promise<void>;
}

/**
 * An alarm rang (or a reminder was due at start): notify once, if the appointment is still the one
 * planned and not past. Returns whether a notification was shown.
 */
export async function fireReminder(dossierKey: string, deps: AlarmDeps): Promise<boolean> {
  const notes = await deps.loadNotes();
  const a = notes.dossiers[dossierKey]?.appointment;
  if (!a || a.notified) return false;
  const at = parisToEpoch(a.at);
  if (at === null || at <= deps.now()) return false;
  await deps.notify(alarmName(dossierKey), reminderText(await deps.clientName(dossierKey), a.at));
  await deps.markNotified(dossierKey, a.at);
  return true;
}

export interface ClickDeps {
  /** Chrome: `sidePanel.open` — called synchronously, before anything awaited. */
  openSidePanel?: (target: { tabId: number } | { windowId: number }) => unknown;
  /** The Ogust tab showing this dossier, from memory (synchronous). */
  tabOfDossier(dossierKey: string): { tabId: number; windowId?: number } | undefined;
  /** The current window, when known synchronously (Chrome's last focused window). */
  currentWindowId?: number;
  /** Bring the tab (and its window) to the front. */
  focusTab(tab: { tabId: number; windowId?: number }): Promise<void>;
  /** Remember the Rendez-vous view for the dossier (notes.view), so the panel opens on it. */
  setView(dossierKey: string, view: string): Promise<void>;
  clear(id: string): Promise<void>;
}

/**
 * The reminder was clicked. Chrome: the panel is opened first, synchronously (a user gesture does not
 * survive an await), on the dossier's tab or else the current window; then the tab is focused and
 * the view set. Firefox (no openSidePanel): the Ogust tab is focused; its pill invites to open the
 * sidebar. Returns false for a notification that is not a reminder.
 */
export function handleReminderClick(notificationId: string, deps: ClickDeps): boolean {
  const key = dossierOfAlarm(notificationId);
  if (!key) return false;
  const tab = deps.tabOfDossier(key);
  if (deps.openSidePanel) {
    // The Ogust tab's window (the panel follows the tab brought to the front there), else its tab.
    const target =
      tab?.windowId !== undefined
        ? { windowId: tab.windowId }
        : tab
          ? { tabId: tab.tabId }
          : deps.currentWindowId !== undefined
            ? { windowId: deps.currentWindowId }
            : undefined;
    if (target) {
      try {
        const r = deps.openSidePanel(target);
        if (r instanceof Promise) r.catch(ignoreNicety);
      } catch {
        // Opening the panel is best effort; the view and the tab still follow.
      }
    }
  }
  void deps.setView(key, RDV_VIEW).catch(ignoreAlreadyShown);
  if (tab) void deps.focusTab(tab).catch(ignoreClosed);
  void deps.clear(notificationId).catch(ignoreClosed);
  return true;
}
