/**
 * Reads answer from the notes this context knows: a read after a write holds it before storage
 * answers, another context's write is followed, own echoes never roll the notes back. Writes go out
 * in the same turn as the change, so a panel closed right after typing keeps the whole text.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTES_VERSION, type NotesEntry } from './notes';

const fake = await vi.hoisted(async () =>
  (await import('../../tests/support/fake-notes-storage')).fakeNotesStorage(),
);
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

let notes: typeof import('./storage');
beforeEach(async () => {
  fake.reset({ version: NOTES_VERSION, dossiers: {} });
  vi.resetModules(); // a fresh context: nothing known yet
  notes = await import('./storage');
});

const type = (text: string) => (e: NotesEntry) => ({ ...e, call: { ...e.call, note: text } });
type Stored = { dossiers: Record<string, { call: Record<string, unknown> }> };
const noteOf = (v: unknown) => (v as Stored).dossiers['code:CLI1']?.call.note;
/** Each dossier's note. */
const notesIn = (v: unknown) =>
  Object.fromEntries(Object.entries((v as Stored).dossiers).map(([k, e]) => [k, e.call.note]));
const other = (note: string) => ({
  version: NOTES_VERSION,
  dossiers: { 'code:CLI2': { updatedAt: 1, call: { note } } },
});

describe('updateNotes', () => {
  it('dispatches every keystroke at once, in order, without waiting for storage', async () => {
    await notes.updateNotes('code:CLI1', type('f')); // first use reads what is stored
    const text = 'fille présente';
    for (let i = 2; i <= text.length; i++) void notes.updateNotes('code:CLI1', type(text.slice(0, i)));
    // All dispatched synchronously: nothing awaited between the keystrokes and the writes.
    expect(fake.sets.map(noteOf).at(-1)).toBe(text);
    expect(fake.sets).toHaveLength(text.length);
    await new Promise((r) => setTimeout(r, 20)); // the echoes of the older writes arrive
    await notes.updateNotes('code:CLI1', (e) => ({ ...e, manual: { 'manuel.ficheClient.fiche': true } }));
    const last = fake.sets.at(-1) as { dossiers: Record<string, { manual: object }> };
    expect(noteOf(last)).toBe(text); // an echo of « f » did not roll the note back
    expect(last.dossiers['code:CLI1']?.manual).toEqual({ 'manuel.ficheClient.fiche': true });
    expect(noteOf((await notes.loadNotes()).store)).toBe(text);
  });

  it('writes nothing over notes of a newer version, which read as not writable', async () => {
    const newer = { version: NOTES_VERSION + 1, dossiers: {}, future: true };
    fake.reset(newer);
    expect(await notes.updateNotes('code:CLI1', type('rien'))).toBe(false);
    expect(fake.sets).toHaveLength(0);
    expect(fake.stored).toEqual(newer);
    expect((await notes.loadNotes()).writable).toBe(false);
    expect(notes.knownNotes()?.writable).toBe(false);
  });
});

describe('loadNotes', () => {
  it('after updateNotes, holds the change before storage answers', async () => {
    await notes.loadNotes();
    fake.holdWrites = true;
    void notes.updateNotes('code:CLI1', type('rappeler jeudi'));
    expect(noteOf(fake.stored)).toBeUndefined(); // not in storage yet
    expect(noteOf((await notes.loadNotes()).store)).toBe('rappeler jeudi');
    expect(noteOf(notes.knownNotes()!.store)).toBe('rappeler jeudi');
    expect(fake.reads).toBe(1); // storage was read once, at first
    fake.landWrites();
    expect(noteOf((await notes.loadNotes()).store)).toBe('rappeler jeudi');
  });

  it('follows what another context wrote, and writes over it', async () => {
    expect(notes.knownNotes()).toBeUndefined();
    await notes.loadNotes();
    fake.otherWrites(other('x'));
    expect(notesIn((await notes.loadNotes()).store)).toEqual({ 'code:CLI2': 'x' });
    expect(fake.reads).toBe(1);
    await notes.updateNotes('code:CLI1', type('suite'));
    const last = fake.sets.at(-1) as { dossiers: Record<string, unknown> };
    expect(Object.keys(last.dossiers).sort()).toEqual(['code:CLI1', 'code:CLI2']);
  });

  it('keeps a change seen while the first read was under way over what that read returns', async () => {
    fake.holdReads = true;
    const first = notes.loadNotes();
    fake.otherWrites(other('plus récent'));
    fake.answerReads(); // answers what storage held when it was asked
    expect(notesIn((await first).store)).toEqual({ 'code:CLI2': 'plus récent' });
  });

  it('does not take another write that its own write, still on its way, overwrites in storage', async () => {
    await notes.loadNotes();
    fake.holdWrites = true;
    void notes.updateNotes('code:CLI1', type('à moi'));
    fake.otherWrites(other('avant')); // stored before this context's write lands
    expect(notesIn((await notes.loadNotes()).store)).toEqual({ 'code:CLI1': 'à moi' });
    fake.landWrites();
    expect(notesIn(fake.stored)).toEqual({ 'code:CLI1': 'à moi' });
    expect(notesIn((await notes.loadNotes()).store)).toEqual({ 'code:CLI1': 'à moi' });
    // Once its writes are back, the next write from elsewhere is followed again.
    fake.otherWrites(other('après'));
    expect(notesIn((await notes.loadNotes()).store)).toEqual({ 'code:CLI2': 'après' });
  });

  it('a watcher set before the first read reads the change it is called for', async () => {
    const seen: unknown[] = [];
    notes.watchNotes(() => void notes.loadNotes().then((n) => seen.push(notesIn(n.store))));
    await notes.loadNotes();
    fake.otherWrites(other('rdv à 10 h'));
    await vi.waitFor(() => expect(seen).toEqual([{ 'code:CLI2': 'rdv à 10 h' }]));
  });
});

describe('a write storage refuses', () => {
  it('is retried once, then the dossier stays « unsaved » and what was typed stays shown', async () => {
    await notes.loadNotes();
    fake.refuse = true;
    await expect(notes.updateNotes('code:CLI1', type('rappeler jeudi'))).rejects.toThrow();
    expect(fake.sets).toHaveLength(2); // the write and its one retry
    expect(notes.unsavedNotes()).toEqual(['code:CLI1']);
    expect(noteOf((await notes.loadNotes()).store)).toBe('rappeler jeudi');
    expect(fake.stored).toEqual({ version: NOTES_VERSION, dossiers: {} }); // nothing stored damaged
  });

  it('is written again on retry once storage takes it, and is then saved', async () => {
    await notes.loadNotes();
    fake.refuse = true;
    await notes.updateNotes('code:CLI1', type('rappeler jeudi')).catch(() => undefined);
    fake.refuse = false;
    expect(await notes.retryNotes()).toBe(true);
    await vi.waitFor(() => expect(noteOf(fake.stored)).toBe('rappeler jeudi'));
    expect(notes.unsavedNotes()).toEqual([]);
  });
});
