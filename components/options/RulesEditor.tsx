/** Every rule of the catalogue (rules/catalogue.ts), with its description: switch off, or another severity. */
import { useContext, useId, useState } from 'react';
import { OPTIONS } from '../../lib/i18n/options';
import { isLocked } from '../../lib/settings/policy';
import { Disclosure, EditorCtx, LockNote } from './editors';
import { ruleCatalogue } from '../../rules/catalogue';
import { getAt, isPlain } from './model';

type Override = { enabled?: boolean; severity?: string };

export function RulesEditor() {
  const ctx = useContext(EditorCtx);
  const catalogue = ruleCatalogue();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const rules = getAt(ctx.effective, ['rules']);
  const overrides = (isPlain(rules) ? rules : {}) as Record<string, Override>;
  const f = filter.trim().toLowerCase();
  const shown = catalogue.filter(
    (r) => !f || r.id.toLowerCase().includes(f) || r.description.toLowerCase().includes(f),
  );
  const pages = [...new Set(shown.map((r) => r.page))];
  const write = (id: string, next: Override) => {
    const clean: Override = { ...next };
    if (clean.enabled !== false) delete clean.enabled;
    if (!clean.severity) delete clean.severity;
    ctx.update(
      ['rules', id],
      Object.keys(clean).length ? { enabled: clean.enabled ?? true, ...clean } : undefined,
    );
  };
  return (
    <div>
      <p className="text-sm text-slate-700">{OPTIONS.rulesIntro}</p>
      <div className="my-2 flex flex-col gap-1">
        <label htmlFor={filterId} className="font-medium">
          {OPTIONS.ruleFilter}
        </label>
        <input
          id={filterId}
          type="search"
          className="w-80 rounded border border-slate-400 px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {pages.map((page) => {
        const list = shown.filter((r) => r.page === page);
        const title = `${list[0]!.pageLabel} (${list.length})`;
        const rows = (
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th className="px-2 font-medium">{OPTIONS.ruleEnabled}</th>
                <th className="px-2 font-medium">Contrôle</th>
                <th className="px-2 font-medium">{OPTIONS.ruleSeverity}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => {
                const o = overrides[r.id] ?? {};
                const locked = isLocked(ctx.managed, ['rules', r.id]);
                const disabled = locked || ctx.readOnly;
                return (
                  <tr key={r.id} data-oc-rule={r.id} className="border-t border-slate-200 align-top">
                    <td className="px-2 py-1">
                      <input
                        type="checkbox"
                        aria-label={`${OPTIONS.ruleEnabled} : ${r.description} (${r.id})`}
                        checked={o.enabled !== false}
                        disabled={disabled}
                        onChange={(e) => write(r.id, { ...o, enabled: e.target.checked })}
                      />
                    </td>
                    <td className="px-2 py-1">
                      {r.description}
                      <LockNote locked={locked} />
                      <br />
                      <code className="text-xs text-slate-600">{r.id}</code>
                    </td>
                    <td className="px-2 py-1">
                      <select
                        aria-label={`${OPTIONS.ruleSeverity} : ${r.description} (${r.id})`}
                        className="rounded border border-slate-400 px-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
                        value={o.severity ?? ''}
                        disabled={disabled}
                        onChange={(e) => write(r.id, { ...o, severity: e.target.value || undefined })}
                      >
                        <option value="">
                          {OPTIONS.ruleDefault(OPTIONS.severities[r.severity] ?? r.severity)}
                        </option>
                        {['error', 'warning', 'info'].map((s) => (
                          <option key={s} value={s}>
                            {OPTIONS.severities[s]}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
        return f ? (
          <div key={page} className="my-2">
            <h3 className="font-semibold">{title}</h3>
            {rows}
          </div>
        ) : (
          <Disclosure key={page} title={title}>
            {rows}
          </Disclosure>
        );
      })}
    </div>
  );
}
