/**
 * « Lire les onglets non lus » in the Dossier view: the button (`data-oc-action="read-unseen"`),
 * while it runs a progress line (`data-oc-progress` with `data-done` and `data-total`) and a stop
 * button, then one French line per tab that could not be read, with the link to open it by hand.
 * The reading itself runs in the background (background/read-unseen-service.ts).
 */
import { useEffect, useState } from 'react';
import { READ_UNSEEN as R } from '../../../lib/i18n/read-unseen';
import type { ReadUnseenProgress, UnreadTab } from '../../../procedure/read-unseen';
import { usePanelData } from '../context';

/** The panel's handle on the background's reading for the followed tab. */
export interface ReadUnseenControl {
  start(): void;
  stop(): void;
  /** Calls back with the tab's progress now and at each change; returns the unsubscribe. */
  watch(onChange: (p: ReadUnseenProgress | undefined) => void): () => void;
}

function FailureLine({ f }: { f: UnreadTab }) {
  const { openUrl } = usePanelData();
  return (
    <li data-oc-unread={f.id} data-reason={f.reason} className="py-0.5">
      <span className="font-medium">{R.tabName(f.page, f.name)}</span> : {R.reason[f.reason]}
      {f.pages ? ` (${R.pages(f.pages)})` : ''}
      {f.url && (
        <>
          {' '}
          <a
            href={f.url}
            className="text-sky-800 underline"
            onClick={(e) => {
              if (!openUrl) return;
              e.preventDefault();
              openUrl(f.url!);
            }}
          >
            {R.openByHand}
          </a>
        </>
      )}
    </li>
  );
}

export function ReadUnseen({ unseen }: { unseen: number }) {
  const { readUnseen } = usePanelData();
  const [progress, setProgress] = useState<ReadUnseenProgress | undefined>(undefined);
  useEffect(() => readUnseen?.watch(setProgress), [readUnseen]);
  const running = !!progress?.running;
  return (
    <div className="mb-2 rounded border border-slate-300 p-2 text-xs" data-oc-read-unseen="">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          data-oc-action="read-unseen"
          title={R.hint}
          disabled={!readUnseen || running || unseen === 0}
          onClick={() => readUnseen?.start()}
          className="rounded bg-slate-800 px-2 py-0.5 text-white disabled:bg-slate-400 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          {R.button}
        </button>
        {running && (
          <button
            type="button"
            data-oc-action="read-unseen-stop"
            onClick={() => readUnseen?.stop()}
            className="rounded border border-slate-400 px-2 py-0.5"
          >
            {R.stop}
          </button>
        )}
      </div>
      {unseen === 0 && !progress && <p className="mt-1 text-slate-600">{R.nothing}</p>}
      <p aria-live="polite" className="mt-1">
        {running ? (
          <span data-oc-progress="" data-done={progress.done} data-total={progress.total}>
            {R.progress(progress.done, progress.total)}
            {progress.current
              ? ` — ${R.current(R.tabName(progress.current.page, progress.current.name))}`
              : ''}
          </span>
        ) : progress?.noDossier ? (
          <span data-oc-read-done="">{R.noDossier}</span>
        ) : progress ? (
          <span data-oc-read-done="">{progress.stopped ? R.stopped : R.finished(progress.done)}</span>
        ) : null}
      </p>
      {progress && progress.failures.length > 0 && (
        <div className="mt-1">
          <p className="font-medium">{R.failuresTitle}</p>
          <ul className="ml-3 list-disc">
            {progress.failures.map((f) => (
              <FailureLine key={f.id} f={f} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
