/**
 * Background wiring of the appointment reminders (procedure/reminders.ts): alarms kept in step with the
 * stored appointments, the notification when one rings, and the notification's click.
 */
import { browser } from 'wxt/browser';
import { onBrowserEvent } from '../lib/platform/events';
import { ignoreNicety, ignoreRetriedLater } from '../lib/platform/ignore';
import { clock } from '../lib/time/clock';
import { readDossier } from './dossier-service';
import { loadNotes, updateNotes, watchNotes } from '../lib/notes/storage';
import { tabOfDossier } from './panel-service';
import {
  ALARM_PREFIX,
  dossierOfAlarm,
  fireReminder,
  handleReminderClick,
  planReminders,
  type AlarmDeps,
  type ClickDeps,
} from '../procedure/reminders';
import { loadSettings, watchReadingEnv } from '../lib/platform/storage';

/**
 * An alarm of ours outside the reminders' names (ALARM_PREFIX): after a reminder could not be shown
 * (the notification refused, the notes unreadable), everything is planned again a minute later, and
 * a reminder still due rings then, rather than at the next start or change of the notes.
 */
export const RETRY_ALARM = 'oc:rdv-retry';
const RETRY_MINUTES = 1;

const alarmDeps: AlarmDeps = {
  now: () => clock.now(),
  loadNotes: async () => (await loadNotes()).store,
  // That client's entry only (readStore reads every dossier).
  clientName: async (key) => (await readDossier('client', key)).clients[key]?.name,
  notify: async (id, text) => {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/notification.png'),
      title: text.title,
      message: text.message,
    });
  },
  markNotified: async (key, at) => {
    await updateNotes(key, (e) =>
      e.appointment?.at === at ? { ...e, appointment: { ...e.appointment, notified: true } } : e,
    );
  },
};

/** Schedule the alarms of the stored appointments; notify at once those already within the delay. */
async function syncReminders(): Promise<void> {
  if (!browser.alarms) return;
  const [loaded, settings] = await Promise.all([loadNotes(), loadSettings()]);
  const minutes = settings.delays.rappelRdvMinutes;
  const plan = planReminders(loaded.store, clock.now(), minutes);
  const wanted = new Map(plan.schedule.map((s) => [s.name, s.when]));
  for (const a of await browser.alarms.getAll())
    if (a.name.startsWith(ALARM_PREFIX) && wanted.get(a.name) !== a.scheduledTime)
      await browser.alarms.clear(a.name);
  const existing = new Set((await browser.alarms.getAll()).map((a) => a.name));
  for (const s of plan.schedule)
    if (!existing.has(s.name)) await browser.alarms.create(s.name, { when: s.when });
  for (const key of plan.fireNow) await fireReminder(key, alarmDeps);
}

/** Wire alarms, notifications and the notes watch (called once by the background). */
export function startReminders(chromeApi: typeof chrome | undefined, signal?: AbortSignal): void {
  if (!browser.alarms || !browser.notifications) return;
  let currentWindowId: number | undefined;
  browser.windows
    ?.getLastFocused()
    .then((w) => (currentWindowId ??= w.id))
    // Known at the next focus change; until then a click opens the panel on the dossier's tab.
    .catch(ignoreNicety);
  onBrowserEvent(
    browser.windows?.onFocusChanged,
    (id: number) => {
      if (id !== browser.windows.WINDOW_ID_NONE) currentWindowId = id;
    },
    signal,
  );

  // Not notified (not marked either): planned again in a minute (RETRY_ALARM), and at the next sync.
  const retryLater = () =>
    void browser.alarms.create(RETRY_ALARM, { delayInMinutes: RETRY_MINUTES }).catch(ignoreRetriedLater);
  const sync = () => void syncReminders().catch(retryLater);
  onBrowserEvent(
    browser.alarms.onAlarm,
    (alarm: { name: string }) => {
      if (alarm.name === RETRY_ALARM) return sync();
      const key = dossierOfAlarm(alarm.name);
      if (key) fireReminder(key, alarmDeps).catch(retryLater);
    },
    signal,
  );

  const clickDeps = (): ClickDeps => ({
    ...(chromeApi?.sidePanel?.open
      ? { openSidePanel: (target) => chromeApi.sidePanel.open(target as chrome.sidePanel.OpenOptions) }
      : {}),
    tabOfDossier: (key) => tabOfDossier(key),
    ...(currentWindowId !== undefined ? { currentWindowId } : {}),
    focusTab: async (tab) => {
      await browser.tabs.update(tab.tabId, { active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    },
    setView: async (key, view) => {
      await updateNotes(key, (e) => ({ ...e, view }));
    },
    clear: async (id) => {
      await browser.notifications.clear(id);
    },
  });
  // Synchronous: Chrome keeps the click's user gesture only until the first await.
  onBrowserEvent(
    browser.notifications.onClicked,
    (id: string) => {
      handleReminderClick(id, clickDeps());
    },
    signal,
  );

  const unwatch = [watchNotes(sync), watchReadingEnv(sync)];
  signal?.addEventListener('abort', () => unwatch.forEach((stop) => stop()), { once: true });
  sync();
}
