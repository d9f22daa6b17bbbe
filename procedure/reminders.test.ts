/**
 * Appointment reminders, driven by the clock: Paris wall-clock times (DST included), what is
 * scheduled or due, the notification's words (client and time only), and the click handler (Chrome:
 * the side panel opened synchronously first; Firefox: the Ogust tab focused).
 */
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_ENTRY, NOTES_VERSION, type NotesStore } from '../lib/notes/notes';
import { parisToEpoch } from '../lib/time/paris';
import {
  alarmName,
  fireReminder,
  handleReminderClick,
  planReminders,
  reminderText,
  type AlarmDeps,
  type ClickDeps,
} from './reminders';

const store = (appointments: Record<string, { at: string; notified?: boolean }>): NotesStore => ({
  version: NOTES_VERSION,
  dossiers: Object.fromEntries(
    Object.entries(appointments).map(([k, a]) => [
      k,
      { ...EMPTY_ENTRY, appointment: { at: a.at, notified: a.notified ?? false } },
    ]),
  ),
});

describe('planReminders', () => {
  const now = parisToEpoch('2026-11-28T10:00')!;
  it('schedules N minutes before, fires at once inside the delay, ignores past and notified ones', () => {
    const plan = planReminders(
      store({
        a: { at: '2026-11-28T15:00' },
        b: { at: '2026-11-28T10:20' },
        c: { at: '2026-11-28T09:00' },
        d: { at: '2026-11-28T16:00', notified: true },
        e: { at: 'n’importe quoi' },
      }),
      now,
      30,
    );
    expect(plan.schedule).toEqual([{ name: alarmName('a'), when: parisToEpoch('2026-11-28T14:30')! }]);
    expect(plan.fireNow).toEqual(['b']);
  });
  it('follows the delay in settings', () => {
    const plan = planReminders(store({ a: { at: '2026-11-28T15:00' } }), now, 90);
    expect(plan.schedule[0]!.when).toBe(parisToEpoch('2026-11-28T13:30')!);
  });
});

describe('reminderText', () => {
  it('names the client and the time only', () => {
    const t = reminderText('DURAND Jeanne', '2026-12-03T14:30');
    expect(t.title).toBe('Rendez-vous à préparer');
    expect(t.message).toContain('DURAND Jeanne');
    expect(t.message).toContain('14:30');
    expect(t.message).not.toMatch(/\d{5,}|APA|PCH|FR\d\d/);
  });
});

describe('fireReminder', () => {
  const deps = (notes: NotesStore, now: number) => {
    const notify = vi.fn<AlarmDeps['notify']>(async () => undefined);
    const markNotified = vi.fn<AlarmDeps['markNotified']>(async () => undefined);
    const d: AlarmDeps = {
      now: () => now,
      loadNotes: async () => notes,
      clientName: async () => 'DURAND Jeanne',
      notify,
      markNotified,
    };
    return { d, notify, markNotified };
  };

  it('notifies once for a coming appointment and marks it notified', async () => {
    const { d, notify, markNotified } = deps(
      store({ k: { at: '2026-11-28T15:00' } }),
      parisToEpoch('2026-11-28T14:30')!,
    );
    expect(await fireReminder('k', d)).toBe(true);
    expect(notify).toHaveBeenCalledWith('oc:rdv:k', reminderText('DURAND Jeanne', '2026-11-28T15:00'));
    expect(markNotified).toHaveBeenCalledWith('k', '2026-11-28T15:00');
  });

  it('stays silent for a removed, past or already notified appointment', async () => {
    const later = parisToEpoch('2026-11-28T16:00')!;
    for (const notes of [
      store({}),
      store({ k: { at: '2026-11-28T15:00' } }),
      store({ k: { at: '2026-11-28T17:00', notified: true } }),
    ]) {
      const { d, notify } = deps(notes, later);
      expect(await fireReminder('k', d)).toBe(false);
      expect(notify).not.toHaveBeenCalled();
    }
  });
});

describe('handleReminderClick', () => {
  function clickDeps(over: Partial<ClickDeps> = {}) {
    const calls: string[] = [];
    const d: ClickDeps = {
      openSidePanel: vi.fn((target) => {
        calls.push(`open ${JSON.stringify(target)}`);
        return Promise.resolve();
      }),
      tabOfDossier: () => ({ tabId: 7, windowId: 2 }),
      currentWindowId: 1,
      focusTab: vi.fn(async (tab) => {
        calls.push(`focus ${tab.tabId}`);
      }),
      setView: vi.fn(async (key, view) => {
        calls.push(`view ${key} ${view}`);
      }),
      clear: vi.fn(async () => undefined),
      ...over,
    };
    return { d, calls };
  }

  it('Chrome: opens the panel in the dossier tab’s window first, synchronously, then the view and the tab', () => {
    const { d, calls } = clickDeps();
    expect(handleReminderClick('oc:rdv:code:CLI00042', d)).toBe(true);
    // Synchronous: the panel was opened before the handler returned, before anything else.
    expect(calls[0]).toBe('open {"windowId":2}');
    expect(calls).toContain('view code:CLI00042 Rendez-vous');
    expect(calls).toContain('focus 7');
  });

  it('Chrome, the tab’s window unknown: opens the panel on the tab', () => {
    const { d, calls } = clickDeps({ tabOfDossier: () => ({ tabId: 7 }) });
    handleReminderClick('oc:rdv:k', d);
    expect(calls[0]).toBe('open {"tabId":7}');
  });

  it('Chrome without a known tab: opens the panel in the current window', () => {
    const { d, calls } = clickDeps({ tabOfDossier: () => undefined });
    handleReminderClick('oc:rdv:k', d);
    expect(calls[0]).toBe('open {"windowId":1}');
    expect(d.focusTab).not.toHaveBeenCalled();
  });

  it('Firefox: focuses the Ogust tab and sets the view', () => {
    const { d, calls } = clickDeps({ openSidePanel: undefined });
    handleReminderClick('oc:rdv:k', d);
    expect(calls).toEqual(['view k Rendez-vous', 'focus 7']);
  });

  it('ignores other notifications', () => {
    const { d, calls } = clickDeps();
    expect(handleReminderClick('autre', d)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('survives a refused sidePanel.open', () => {
    const { d } = clickDeps({
      openSidePanel: () => {
        throw new Error('no gesture');
      },
    });
    expect(handleReminderClick('oc:rdv:k', d)).toBe(true);
    expect(d.focusTab).toHaveBeenCalled();
  });
});
