/**
 * Notes are written in the same turn as the change (a panel closed right after typing keeps the
 * whole text), own echoes never roll the known notes back, other contexts' writes are followed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTES_VERSION, type NotesEntry } from './notes';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
const fake = vi.hoisted(() => ({
  stored: undefined as unknown,
  sets: [] as unknown[],
  listeners: new Set<Listener>(),
}));
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async () => ({ 'oc.notes': fake.stored }),
        set: (v: Record<string, unknown>) => {
          fake.sets.push(v['oc.notes']);
          fake.stored = structuredClone(v['oc.notes']);
          const echo = structuredClone(v['oc.notes']);
          // The change event comes later, as in a browser.
          setTimeout(() => fake.listeners.forEach((l) => l({ 'oc.notes': { newValue: echo } }, 'local')), 5);
          return Promise.resolve();
        },
      },
      onChanged: {
        addListener: (l: Listener) => fake.listeners.add(l),
        removeListener: (l: Listener) => fake.listeners.delete(l),
      },
    },
  },
}));

const { updateNotes, loadNotes } = await import('./notes-storage');
const type = (text: string) => (e: NotesEntry) => ({
  ...e,
  call: { ...e.call, note: text },
});
const noteOf = (v: unknown) =>
  (v as { dossiers: Record<string, { call: Record<string, unknown> }> }).dossiers['code:CLI1']?.call.note;

beforeEach(() => {
  fake.sets.length = 0;
});

describe('updateNotes', () => {
  it('dispatches every keystroke at once, in order, without waiting for storage', async () => {
    fake.stored = { version: NOTES_VERSION, dossiers: {} };
    await updateNotes('code:CLI1', type('f')); // first use loads what is stored
    const text = 'fille présente';
    for (let i = 2; i <= text.length; i++) void updateNotes('code:CLI1', type(text.slice(0, i)));
    // All dispatched synchronously: nothing awaited between the keystrokes and the writes.
    expect(fake.sets.map(noteOf).at(-1)).toBe(text);
    expect(fake.sets).toHaveLength(text.length);
    await new Promise((r) => setTimeout(r, 20)); // the echoes of the older writes arrive
    await updateNotes('code:CLI1', (e) => ({ ...e, manual: { 'manuel.ficheClient.fiche': true } }));
    const last = fake.sets.at(-1) as { dossiers: Record<string, { manual: object }> };
    expect(noteOf(last)).toBe(text); // an echo of « f » did not roll the note back
    expect(last.dossiers['code:CLI1']?.manual).toEqual({ 'manuel.ficheClient.fiche': true });
    expect(noteOf((await loadNotes()).store)).toBe(text);
  });

  it('follows what another context wrote', async () => {
    const other = {
      version: NOTES_VERSION,
      dossiers: { 'code:CLI2': { updatedAt: 1, call: { note: 'x' } } },
    };
    fake.stored = other;
    fake.listeners.forEach((l) => l({ 'oc.notes': { newValue: other } }, 'local'));
    await updateNotes('code:CLI1', type('suite'));
    const last = fake.sets.at(-1) as { dossiers: Record<string, unknown> };
    expect(Object.keys(last.dossiers).sort()).toEqual(['code:CLI1', 'code:CLI2']);
  });

  it('writes nothing over notes of a newer version', async () => {
    const newer = { version: NOTES_VERSION + 1, dossiers: {}, future: true };
    fake.stored = newer;
    fake.listeners.forEach((l) => l({ 'oc.notes': { newValue: newer } }, 'local'));
    expect(await updateNotes('code:CLI1', type('rien'))).toBe(false);
    expect(fake.sets).toHaveLength(0);
    expect(fake.stored).toBe(newer);
  });
});
