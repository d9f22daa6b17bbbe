/**
 * « Dossiers en cours » (extension page `dossiers.html`): every dossier of the store, one row each
 * (`data-oc-dossier`, `data-verdict`, `data-errors`, `data-warnings`, `data-unseen`), sorted by
 * verdict or last activity, filtered « à traiter », searched by name. Values from the store are
 * rendered as text only.
 */
import { useMemo, useState } from 'react';
import {
  filterRows,
  reportHref,
  sortRows,
  type DossierRow,
  type SortKey,
} from '../../procedure/dossier-list';
import { DOSSIERS as D, VERDICT_LABEL } from '../../lib/i18n/dossiers';
import { entryOf } from '../../lib/notes/notes';
import { frDateTime, frStamp, parisToEpoch } from '../../lib/time/paris';
import { useDossiers, type DossiersDeps } from './data';
import { buildRow } from './model';

const VERDICT_STYLE: Record<DossierRow['verdict'], string> = {
  conforme: 'bg-emerald-700 text-white',
  'non-conforme': 'bg-red-800 text-white',
  incomplet: 'bg-amber-100 text-amber-950 border border-amber-700',
};

export function VerdictBadge({ verdict }: { verdict: DossierRow['verdict'] }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${VERDICT_STYLE[verdict]}`}>
      {VERDICT_LABEL[verdict]}
    </span>
  );
}

function Row({ row, now }: { row: DossierRow; now: number }) {
  const past = row.appointment ? (parisToEpoch(row.appointment) ?? now) < now : false;
  return (
    <tr
      className="border-b border-slate-200 align-top"
      data-oc-dossier={row.key}
      data-verdict={row.verdict}
      data-errors={row.errors}
      data-warnings={row.warnings}
      data-unseen={row.unseen}
    >
      <td className="p-2">
        <span className="font-semibold">{row.name ?? D.unknownClient}</span>
        {row.code && <span className="block text-xs text-slate-600">{row.code}</span>}
      </td>
      <td className="p-2">
        <VerdictBadge verdict={row.verdict} />
      </td>
      <td className="p-2 text-xs">
        <span className={row.errors ? 'font-semibold text-red-800' : ''}>{D.errors(row.errors)}</span>
        <br />
        <span>{D.warnings(row.warnings)}</span>
        <br />
        <span>{D.unseen(row.unseen)}</span>
      </td>
      <td className="p-2 text-xs">{row.avs.length ? row.avs.join(', ') : D.noAvs}</td>
      <td className="p-2 text-xs">{frStamp(row.lastActivity)}</td>
      <td className="p-2 text-xs">
        {row.appointment
          ? `${frDateTime(row.appointment)}${past ? ` ${D.pastAppointment}` : ''}`
          : D.noAppointment}
      </td>
      <td className="p-2 text-xs">
        {row.tasksToCreate.length ? (
          <details>
            <summary className="cursor-pointer">{D.tasksCount(row.tasksToCreate.length)}</summary>
            <ul className="list-disc pl-4">
              {row.tasksToCreate.map((t, i) => (
                <li key={i}>{t}</li>
              ))}
            </ul>
          </details>
        ) : (
          D.noTasks
        )}
      </td>
      <td className="p-2 text-xs">
        {row.url ? (
          <a
            className="text-sky-800 underline"
            href={row.url}
            target="_blank"
            rel="noreferrer"
            title={D.openHint}
            data-oc-action="open-ogust"
          >
            {D.open}
          </a>
        ) : (
          <span className="text-slate-500">{D.noUrl}</span>
        )}
        <br />
        <a
          className="text-sky-800 underline"
          href={reportHref(row.key)}
          target="_blank"
          rel="noreferrer"
          title={D.reportHint}
          data-oc-action="report"
        >
          {D.report}
        </a>
      </td>
    </tr>
  );
}

export function DossiersPage({ deps }: { deps: DossiersDeps }) {
  const loaded = useDossiers(deps);
  const [sort, setSort] = useState<SortKey>('verdict');
  const [toDo, setToDo] = useState(false);
  const [search, setSearch] = useState('');
  const rows = useMemo(
    () =>
      loaded.status === 'ready'
        ? loaded.dossiers.map((d) => buildRow(d, entryOf(loaded.notes, d.key), loaded.settings, loaded.today))
        : [],
    [loaded],
  );
  const shown = useMemo(() => sortRows(filterRows(rows, { toDo, search }), sort), [rows, toDo, search, sort]);
  const now = deps.now();

  let body;
  if (loaded.status === 'loading') body = <p data-oc-empty="">{D.loading}</p>;
  else if (loaded.status === 'error')
    body = (
      <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900" data-oc-empty="">
        {D.error}
      </p>
    );
  else if (!rows.length)
    body = (
      <p className="rounded border border-slate-300 bg-slate-50 p-3" data-oc-empty="">
        {D.none}
      </p>
    );
  else
    body = (
      <>
        <p className="mb-1 text-xs text-slate-600" aria-live="polite">
          {D.shown(shown.length, rows.length)}
        </p>
        {shown.length ? (
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-slate-400 text-xs">
                {Object.values(D.columns).map((c) => (
                  <th key={c} scope="col" className="p-2">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <Row key={r.key} row={r} now={now} />
              ))}
            </tbody>
          </table>
        ) : (
          <p className="rounded border border-slate-300 bg-slate-50 p-3">{D.noMatch}</p>
        )}
      </>
    );

  return (
    <main className="mx-auto max-w-7xl p-4 font-sans text-sm text-slate-900">
      <h1 className="text-xl font-semibold">{D.title}</h1>
      <p className="mt-1 text-slate-700">{D.intro}</p>
      {loaded.status === 'ready' && (
        <p className="mt-1 text-slate-700" data-oc-retention="">
          {D.retention(loaded.settings.delays.retentionJours)}
        </p>
      )}
      <div className="my-3 flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2">
          {D.sortBy}
          <select
            className="rounded border border-slate-400 px-1 py-0.5"
            value={sort}
            onChange={(e) => setSort(e.currentTarget.value as SortKey)}
          >
            <option value="verdict">{D.sort.verdict}</option>
            <option value="activity">{D.sort.activity}</option>
          </select>
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={toDo} onChange={(e) => setToDo(e.currentTarget.checked)} />
          {D.toDo}
        </label>
        <label className="flex items-center gap-2">
          {D.search}
          <input
            type="search"
            className="rounded border border-slate-400 px-1 py-0.5"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
        </label>
      </div>
      {body}
    </main>
  );
}
