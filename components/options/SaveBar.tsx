/** The bar fixed at the bottom: « Enregistrer », « Annuler », why the draft cannot be saved, and the save status. */
import { OPTIONS } from '../../lib/i18n/options';
import { button } from './editors';
import type { Status } from './use-options';

export function SaveBar({
  dirty,
  problems,
  status,
  save,
  cancel,
}: {
  dirty: boolean;
  /** Why the draft cannot be saved (values the schema accepts but that would not work). */
  problems: string[];
  status: Status;
  save(): void;
  cancel(): void;
}) {
  return (
    <div
      className="fixed inset-x-0 bottom-0 flex items-center gap-3 border-t border-slate-300 bg-white px-4 py-2 text-sm"
      role="region"
      aria-label="Enregistrement"
    >
      <button
        type="button"
        className="rounded bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-50"
        disabled={!dirty || problems.length > 0}
        onClick={save}
      >
        {OPTIONS.save}
      </button>
      <button type="button" className={button} disabled={!dirty} onClick={cancel}>
        {OPTIONS.cancel}
      </button>
      {problems.length ? (
        <div role="alert" className="text-red-800" data-oc-problems="">
          {OPTIONS.cannotSave} {problems.join(' ')}
        </div>
      ) : null}
      <span role="status" aria-live="polite" data-oc-save-status={status?.kind ?? (dirty ? 'dirty' : '')}>
        {status?.kind === 'saved'
          ? OPTIONS.saved
          : status?.kind === 'imported'
            ? OPTIONS.importOk
            : status?.kind === 'saveFailed'
              ? status.message
              : dirty
                ? OPTIONS.unsaved
                : ''}
      </span>
    </div>
  );
}
