/**
 * « Données »: export and import of the settings as a JSON file (a refused file says why, in
 * French, line by line), and « Effacer toutes les données » with the retention and the cap stated.
 */
import { useRef, useState } from 'react';
import { CLEAR_DATA, OPTIONS } from '../../../lib/i18n/options';
import { STORAGE } from '../../../lib/i18n/storage';
import { button } from '../editors';

export function DataSection({
  onExport,
  onImport,
  errors,
  imported,
  readOnly,
  days,
  cap,
  clearAll,
}: {
  onExport(): void;
  onImport(file: File): Promise<void>;
  errors: string[];
  imported: boolean;
  readOnly: boolean;
  /** The retention and the cap of the dossiers kept. */
  days: number;
  cap: number;
  clearAll(): Promise<void>;
}) {
  return (
    <>
      <ImportExport
        onExport={onExport}
        onImport={onImport}
        errors={errors}
        imported={imported}
        readOnly={readOnly}
      />
      <ClearData days={days} cap={cap} clearAll={clearAll} />
    </>
  );
}

function ImportExport({
  onExport,
  onImport,
  errors,
  imported,
  readOnly,
}: {
  onExport(): void;
  onImport(file: File): Promise<void>;
  errors: string[];
  imported: boolean;
  readOnly: boolean;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div>
      <p className="text-xs text-slate-600">{OPTIONS.ioHint}</p>
      <div className="my-2 flex flex-wrap items-center gap-3">
        <button type="button" className={button} onClick={onExport}>
          {OPTIONS.export}
        </button>
        <label htmlFor="oc-import" className="font-medium">
          {OPTIONS.import}
        </label>
        <input
          id="oc-import"
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          disabled={readOnly}
          className="focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            void onImport(file).finally(() => {
              if (fileRef.current) fileRef.current.value = '';
            });
          }}
        />
      </div>
      {errors.length ? (
        <div
          role="alert"
          className="rounded border border-red-600 bg-red-50 p-2 text-red-900"
          data-oc-import-errors=""
        >
          <p className="font-medium">{OPTIONS.importRefused}</p>
          <ul className="list-disc pl-5">
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      ) : imported ? (
        <p className="text-green-800" data-oc-import-ok="">
          {OPTIONS.importOk}
        </p>
      ) : null}
    </div>
  );
}

/** « Effacer toutes les données », with a confirmation step in the page (no browser dialog). */
function ClearData({ days, cap, clearAll }: { days: number; cap: number; clearAll(): Promise<void> }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'done' | 'failed'>('idle');
  return (
    <div className="mt-6 rounded border border-slate-300 p-3" data-oc-clear-data="">
      <h3 className="font-semibold">{CLEAR_DATA.title}</h3>
      <p className="my-2 text-slate-700">{CLEAR_DATA.retention(days)}</p>
      <p className="my-2 text-slate-700" data-oc-cap="">
        {STORAGE.cap(cap)}
      </p>
      {step === 'confirm' ? (
        <div role="alertdialog" aria-label={CLEAR_DATA.confirm} className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-red-900">{CLEAR_DATA.confirm}</span>
          <button
            type="button"
            className="rounded bg-red-800 px-3 py-1 font-medium text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700 focus-visible:ring-offset-2"
            onClick={() =>
              clearAll().then(
                () => setStep('done'),
                () => setStep('failed'),
              )
            }
          >
            {CLEAR_DATA.confirmButton}
          </button>
          <button type="button" className={button} onClick={() => setStep('idle')}>
            {CLEAR_DATA.cancel}
          </button>
        </div>
      ) : (
        <button type="button" className={button} onClick={() => setStep('confirm')}>
          {CLEAR_DATA.button}
        </button>
      )}
      <p role="status" aria-live="polite" className="mt-2">
        {step === 'done' ? CLEAR_DATA.done : step === 'failed' ? CLEAR_DATA.failed : ''}
      </p>
    </div>
  );
}
