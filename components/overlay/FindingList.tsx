/** The summary's list of findings: severity, message, the tab a cross-page finding comes from, a hidden field's tab. */
import { SEVERITY_ICON, SEVERITY_LABEL } from '../../lib/i18n/common';
import { OVERLAY } from '../../lib/i18n/overlay';
import type { Finding } from '../../lib/model/types';
import type { HiddenFindings } from './layout';
import { TONE } from './tone';

/** Info about an optional field the page does not show: listed apart, closed by default. */
export const isAbsentHint = (f: Finding) => f.severity === 'info' && f.rule.endsWith('.absent');

export function FindingList({
  findings,
  all,
  hidden,
}: {
  findings: Finding[];
  all: readonly Finding[];
  hidden: HiddenFindings;
}) {
  if (!findings.length) return null;
  return (
    <ul className="mt-1 flex list-none flex-col gap-1 p-0">
      {findings.map((f) => (
        <li
          key={all.indexOf(f)}
          data-rule={f.rule}
          data-field={f.field}
          data-severity={f.severity}
          data-finding-id={all.indexOf(f)}
          className={`rounded border px-2 py-1 ${TONE[f.severity]}`}
        >
          <span aria-hidden="true">{SEVERITY_ICON[f.severity]} </span>
          <strong>{SEVERITY_LABEL[f.severity]} :</strong> {f.message}
          {f.source && (
            <span className="block text-[12px] opacity-80">
              {OVERLAY.source(f.source.page, f.source.readAt, Date.now())}
            </span>
          )}
          {hidden.has(f) && (
            <span className="block text-[12px] opacity-80" data-oc-hidden-field="">
              {OVERLAY.hiddenField(hidden.get(f))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
