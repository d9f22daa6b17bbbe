/** One line of messages next to each marked field or first marked row; never takes pointer events. */
import { SEVERITY_ICON, SEVERITY_LABEL } from '../../lib/i18n/common';
import type { Finding } from '../../lib/model/types';
import type { InlineGroup, Position } from './layout';
import { bySeverity, TONE } from './tone';

export function InlineMessages({
  inline,
  positions,
  all,
}: {
  inline: readonly InlineGroup[];
  positions: readonly (Position | null)[];
  all: readonly Finding[];
}) {
  return (
    <>
      {inline.map((g, i) => {
        const pos = positions[i];
        return (
          <div
            key={i}
            className="pointer-events-none absolute flex w-max items-center gap-1 overflow-hidden whitespace-nowrap"
            style={
              pos
                ? { left: pos.left, top: pos.top, height: pos.height, maxWidth: pos.maxWidth }
                : { display: 'none' }
            }
          >
            {g.findings
              .slice()
              .sort(bySeverity)
              .map((f) => (
                <span
                  key={all.indexOf(f)}
                  role="note"
                  data-oc-finding=""
                  data-rule={f.rule}
                  data-field={g.field}
                  data-severity={f.severity}
                  data-finding-id={all.indexOf(f)}
                  className={`truncate rounded border px-1 text-[12px] leading-[16px] shadow-sm ${TONE[f.severity]}`}
                >
                  <span aria-hidden="true" className="font-bold">
                    {SEVERITY_ICON[f.severity]}{' '}
                  </span>
                  <span className="sr-only">{SEVERITY_LABEL[f.severity]} : </span>
                  {f.message}
                </span>
              ))}
          </div>
        );
      })}
    </>
  );
}
