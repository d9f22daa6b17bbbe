/**
 * How the page was recognised, or for each page kind what was missing; « Cette page est … » to
 * preview another page kind's fields and declare it for this URL pattern, or forget the declaration.
 */
import type { Inspection } from '../../content-scripts/inspector/inspect';
import { PAGE_LABEL } from '../../lib/i18n/common';
import { T } from '../../lib/i18n/inspector';
import { PAGE_KEYS, type PageKey } from '../../lib/model/types';
import type { InspectorEdits } from './edits';
import { BTN } from './styles';

export function Recognition({
  inspection,
  preview,
  setPreview,
  edits,
}: {
  inspection: Inspection;
  preview: PageKey | '';
  setPreview(page: PageKey | ''): void;
  edits: InspectorEdits;
}) {
  return (
    <div className="mt-2" data-oc-recognition="">
      {inspection.page ? (
        <p>
          {T.recognised} <strong>{PAGE_LABEL[inspection.page] ?? inspection.page}</strong>{' '}
          {inspection.declared && <span className="text-slate-600">{T.declared}</span>}
        </p>
      ) : (
        <>
          <p className="font-semibold">{T.notRecognised}</p>
          <p className="text-[12px]">{T.whyNot}</p>
          <ul className="list-disc pl-5 text-[12px]" data-oc-missing="">
            {(Object.entries(inspection.missing) as [PageKey, string[]][]).map(([page, why]) => (
              <li key={page} data-page={page}>
                <strong>{PAGE_LABEL[page] ?? page}</strong> : {why.join(' ; ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-1">
        <label htmlFor="oc-declare" className="text-[12px]">
          {T.declareLabel}
        </label>
        <select
          id="oc-declare"
          data-oc-declare=""
          value={preview}
          onChange={(e) => setPreview(e.target.value as PageKey | '')}
          className="rounded border border-slate-400 px-1 py-0.5"
        >
          <option value="">{T.declareChoose}</option>
          {PAGE_KEYS.map((k) => (
            <option key={k} value={k}>
              {PAGE_LABEL[k] ?? k}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={BTN}
          disabled={!preview}
          onClick={() => preview && edits.declare(preview)}
        >
          {T.declareSave}
        </button>
        {inspection.declared && (
          <button type="button" className={BTN} onClick={edits.forget}>
            {T.declareForget}
          </button>
        )}
      </div>
      {!inspection.page && preview && <p className="mt-1 text-[12px]">{T.previewHint}</p>}
    </div>
  );
}
