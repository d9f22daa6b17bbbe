/**
 * Where the person looks when storing failed: the dossier store's message (from the background,
 * lib/i18n/storage.ts) with its two ways to free space, and the notes not saved with « Réessayer ».
 */
import { useState } from 'react';
import { CLEAR_DATA } from '../../lib/i18n/options';
import { FREE_SPACE_DAYS, STORAGE } from '../../lib/i18n/storage';

interface Props {
  storeError?: string | undefined;
  notesUnsaved: boolean;
  retryNotes(): void;
  freeSpace?: ((days: number) => Promise<boolean>) | undefined;
  clearAll?: (() => Promise<void>) | undefined;
}

const BUTTON =
  'rounded border border-red-800 bg-white px-2 py-0.5 text-xs text-red-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600';

export function StorageBanner({ storeError, notesUnsaved, retryNotes, freeSpace, clearAll }: Props) {
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (!storeError && !notesUnsaved && !done) return null;
  const run = (f: () => Promise<boolean | void>) =>
    void f().then(
      (ok) => setDone(ok === false ? STORAGE.freeFailed : STORAGE.freed),
      () => setDone(STORAGE.freeFailed),
    );
  return (
    <div
      role="alert"
      data-oc-storage-error=""
      className="mb-2 rounded border-2 border-red-700 bg-red-50 p-2 text-red-900"
    >
      {storeError && <p data-oc-store-error="">{storeError}</p>}
      {notesUnsaved && (
        <p data-oc-notes-unsaved="" className={storeError ? 'mt-1' : ''}>
          {STORAGE.notesUnsaved}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {notesUnsaved && (
          <button type="button" className={BUTTON} onClick={retryNotes}>
            {STORAGE.retry}
          </button>
        )}
        {freeSpace && (
          <button type="button" className={BUTTON} onClick={() => run(() => freeSpace(FREE_SPACE_DAYS))}>
            {STORAGE.freeSpace}
          </button>
        )}
        {clearAll && !confirming && (
          <button type="button" className={BUTTON} onClick={() => setConfirming(true)}>
            {STORAGE.clearAll}
          </button>
        )}
        {clearAll && confirming && (
          <>
            <span className="text-xs">{CLEAR_DATA.confirm}</span>
            <button
              type="button"
              className={BUTTON}
              onClick={() => {
                setConfirming(false);
                run(clearAll);
              }}
            >
              {CLEAR_DATA.confirmButton}
            </button>
            <button type="button" className={BUTTON} onClick={() => setConfirming(false)}>
              {CLEAR_DATA.cancel}
            </button>
          </>
        )}
      </div>
      {done && <p className="mt-1 text-xs">{done}</p>}
    </div>
  );
}
