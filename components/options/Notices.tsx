/**
 * What the page says above the sections: settings of a newer version (shown read-only and kept),
 * a policy in force, and the stored values that were repaired when read.
 */
import { OPTIONS, pathText } from '../../lib/i18n/options';
import type { SettingsIssue } from '../../lib/settings/settings';

export function Notices({
  future,
  hasPolicy,
  repaired,
}: {
  future: number | undefined;
  hasPolicy: boolean;
  repaired: SettingsIssue[];
}) {
  return (
    <>
      {future !== undefined ? (
        <p
          role="alert"
          className="my-2 rounded border border-amber-500 bg-amber-50 p-2"
          data-oc-future={future}
        >
          {OPTIONS.future(future)}
        </p>
      ) : null}
      {hasPolicy ? (
        <p className="my-2 rounded border border-slate-400 bg-slate-50 p-2" data-oc-policy="">
          🔒 {OPTIONS.policyActive}
        </p>
      ) : null}
      {repaired.length ? (
        <div
          role="alert"
          className="my-2 rounded border border-amber-500 bg-amber-50 p-2"
          data-oc-repaired=""
        >
          <p>{OPTIONS.repaired}</p>
          <ul className="list-disc pl-5">
            {repaired.map((i, n) => (
              <li key={n}>
                <code>{pathText(i.path)}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
