/**
 * The panel store over the notes this page knows (lib/notes/storage.ts, on a slow fake storage): a
 * change never flips back, not even under a refresh that read the notes before it was made, and a
 * change from another page shows.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTES_VERSION } from '../../lib/notes/notes';
import { createPanelStore, currentEntry } from './store';
import { CLIENT, clientState, fakeDeps, heldRefresh, realNotes } from '../../tests/support/panel';

const fake = await vi.hoisted(async () =>
  (await import('../../tests/support/fake-notes-storage')).fakeNotesStorage(),
);
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const TICK = 'manuel.ficheClient.sigleBleu';

async function panelStore() {
  const { deps } = fakeDeps({ 7: clientState() });
  await realNotes(deps);
  const store = createPanelStore(deps);
  await store.getState().refresh();
  /** A refresh held on the tab's state while `meanwhile` runs (its notes are read before). */
  const refresh = async (meanwhile = () => {}) => {
    const finish = await heldRefresh(store);
    meanwhile();
    await finish();
  };
  return { store, refresh };
}
const ticked = (s: ReturnType<typeof createPanelStore>) => currentEntry(s.getState()).manual[TICK];

beforeEach(() => {
  fake.reset({ version: NOTES_VERSION, dossiers: {} });
  vi.resetModules(); // a fresh page: nothing known yet
});

describe('panel store: notes changed while a refresh is under way', () => {
  it('a tick never flips back, before or after storage answers', async () => {
    const { store, refresh } = await panelStore();
    fake.holdWrites = true;
    // A refresh reads the notes (not ticked); the person ticks before the tab's state comes.
    await refresh(() => {
      store.getState().updateNotes((e) => ({ ...e, manual: { [TICK]: true } }));
      expect(ticked(store)).toBe(true);
    });
    expect(ticked(store)).toBe(true);

    // Storage has not answered the write: a new refresh reads it anyway.
    expect(fake.sets).toHaveLength(1);
    expect(JSON.stringify(fake.stored)).not.toContain(TICK);
    await refresh();
    expect(ticked(store)).toBe(true);

    // The write lands (its echo changes nothing); another page then unticks: that shows.
    fake.landWrites();
    expect(JSON.stringify(fake.stored)).toContain(TICK);
    await refresh();
    expect(ticked(store)).toBe(true);
    fake.otherWrites({ version: NOTES_VERSION, dossiers: { [CLIENT]: { updatedAt: 1, manual: {} } } });
    await refresh();
    expect(ticked(store)).toBeUndefined();
  });

  it('notes of a newer version are shown read-only and never written', async () => {
    const newer = {
      version: NOTES_VERSION + 1,
      dossiers: { [CLIENT]: { updatedAt: 1, manual: { [TICK]: true } } },
    };
    fake.reset(newer);
    const { store } = await panelStore();
    expect(store.getState().notesWritable).toBe(false);
    expect(ticked(store)).toBe(true);
    store.getState().updateNotes((e) => ({ ...e, manual: {} }));
    expect(ticked(store)).toBe(true);
    expect(fake.sets).toHaveLength(0);
  });
});

describe('panel store: a tick storage refuses', () => {
  it('stays shown, is marked not saved, and is saved by « Réessayer » once storage takes it', async () => {
    const { store } = await panelStore();
    fake.refuse = true;
    store.getState().updateNotes((e) => ({ ...e, manual: { [TICK]: true } }));
    await vi.waitFor(() => expect(store.getState().notesUnsaved).toBe(true));
    expect(ticked(store)).toBe(true);
    await store.getState().refresh('notes');
    expect(store.getState().notesUnsaved).toBe(true); // a refresh does not make it look saved
    fake.refuse = false;
    await store.getState().retryNotes();
    expect(store.getState().notesUnsaved).toBe(false);
    await vi.waitFor(() =>
      expect(
        (fake.stored as { dossiers: Record<string, { manual: Record<string, boolean> }> }).dossiers[CLIENT]
          ?.manual[TICK],
      ).toBe(true),
    );
  });
});
