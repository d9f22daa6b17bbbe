/**
 * A reminder the browser refused to show is not lost until the next start: everything is planned
 * again a minute later (RETRY_ALARM) and a reminder still due rings then, once.
 */
import { beforeEach, expect, it, vi } from 'vitest';
import { mem } from '../tests/support/memory-storage';

type AlarmListener = (alarm: { name: string }) => void;
const fake = vi.hoisted(() => ({
  alarms: new Map<string, { when?: number; delayInMinutes?: number }>(),
  onAlarm: new Set<(alarm: { name: string }) => void>(),
  shown: [] as string[],
  refuse: 0,
}));

vi.mock('wxt/browser', async () => {
  const { browser } = await import('../tests/support/memory-storage');
  return {
    browser: {
      ...browser,
      runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
      alarms: {
        create: async (name: string, info: { when?: number; delayInMinutes?: number }) =>
          void fake.alarms.set(name, info),
        getAll: async () => [...fake.alarms.keys()].map((name) => ({ name, scheduledTime: 0 })),
        clear: async (name: string) => fake.alarms.delete(name),
        onAlarm: {
          addListener: (l: AlarmListener) => fake.onAlarm.add(l),
          removeListener: (l: AlarmListener) => fake.onAlarm.delete(l),
        },
      },
      notifications: {
        create: async (id: string, options: { message: string }) => {
          if (fake.refuse-- > 0) throw new Error('Notifications disabled');
          fake.shown.push(`${id}: ${options.message}`);
        },
        onClicked: { addListener: () => undefined, removeListener: () => undefined },
      },
    },
  };
});

const { clock } = await import('../lib/time/clock');
const { RETRY_ALARM, startReminders } = await import('./reminder-service');

beforeEach(() => {
  mem.reset();
  fake.alarms.clear();
  fake.shown.length = 0;
});

it('plans again a minute after the notification was refused, and rings the reminder then, once', async () => {
  // 10:00 in Paris (winter, UTC+1); the appointment at 10:20, within the default reminder delay.
  vi.spyOn(clock, 'now').mockReturnValue(Date.UTC(2026, 11, 3, 9, 0));
  mem.data['oc.notes'] = {
    version: 1,
    dossiers: { 'code:CLI00042': { updatedAt: 0, appointment: { at: '2026-12-03T10:20', notified: false } } },
  };
  fake.refuse = 1;
  startReminders(undefined);
  await vi.waitFor(() => expect(fake.alarms.get(RETRY_ALARM)).toEqual({ delayInMinutes: 1 }));
  expect(fake.shown).toEqual([]);

  for (const ring of fake.onAlarm) ring({ name: RETRY_ALARM });
  await vi.waitFor(() => expect(fake.shown).toHaveLength(1));
  expect(fake.shown[0]).toContain('rendez-vous à 10:20');
  await vi.waitFor(() =>
    expect(
      (mem.data['oc.notes'] as { dossiers: Record<string, { appointment: { notified: boolean } }> }).dossiers[
        'code:CLI00042'
      ]!.appointment.notified,
    ).toBe(true),
  );
  // Rung again: it is marked, nothing more is shown.
  for (const ring of fake.onAlarm) ring({ name: RETRY_ALARM });
  await new Promise((r) => setTimeout(r, 50));
  expect(fake.shown).toHaveLength(1);
});
