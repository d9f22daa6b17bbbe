/**
 * Extra Ogust hosts and the Unaide Connect host: each host's permission is asked in the click that
 * adds it (a user gesture, as the browser requires) and removed when it is deleted. The background
 * registers the content script for the granted extra hosts (lib/platform/extra-hosts.ts).
 */
import { useContext, useEffect, useId, useState } from 'react';
import { toHostPattern } from '../../lib/platform/extra-hosts';
import { OPTIONS } from '../../lib/i18n/options';
import { ignoreRetriedLater } from '../../lib/platform/ignore';
import { isLocked } from '../../lib/settings/policy';
import type { OptionsBackend } from './backend';
import { AddButton, button, EditorCtx, LockNote } from './editors';
import { getAt } from './model';

function useGranted(backend: OptionsBackend, patterns: string[]) {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const key = patterns.join('\n');
  const refresh = () => {
    Promise.all(patterns.map(async (p) => [p, await backend.hasHost(p)] as const))
      .then((pairs) => setGranted(Object.fromEntries(pairs)))
      // Statuses unknown: shown again at the next add, removal or grant.
      .catch(ignoreRetriedLater);
  };
  useEffect(refresh, [key]);
  return { granted, refresh };
}

const input =
  'rounded border border-slate-400 px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:bg-slate-100';

function Status({ ok }: { ok: boolean | undefined }) {
  if (ok === undefined) return null;
  return (
    <span className={`text-xs ${ok ? 'text-green-800' : 'text-amber-800'}`} data-oc-granted={ok}>
      {ok ? `✓ ${OPTIONS.hostGranted}` : OPTIONS.hostNotGranted}
    </span>
  );
}

export function HostsEditor({ backend }: { backend: OptionsBackend }) {
  const ctx = useContext(EditorCtx);
  const hosts = (getAt(ctx.effective, ['extraHosts']) as string[] | undefined) ?? [];
  const connect = String(getAt(ctx.effective, ['connectHost']) ?? '');
  const patterns = hosts.map((h) =>
    toHostPattern(h).ok ? (toHostPattern(h) as { pattern: string }).pattern : h,
  );
  const connectPattern = toHostPattern(connect);
  const all = [...patterns, ...(connectPattern.ok ? [connectPattern.pattern] : [])];
  const { granted, refresh } = useGranted(backend, all);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const addId = useId();
  const connectId = useId();
  const hostsLocked = isLocked(ctx.managed, ['extraHosts']);
  const connectLocked = isLocked(ctx.managed, ['connectHost']);

  const add = () => {
    const r = toHostPattern(typed);
    if (!r.ok) return setProblem(OPTIONS.hostProblems[r.problem]!);
    if (patterns.includes(r.pattern)) return setProblem(OPTIONS.hostDuplicate);
    // First thing in the click: the browser asks the person (user gesture).
    backend
      .requestHost(r.pattern)
      .then((ok) => {
        if (!ok) return setProblem(OPTIONS.hostRefused);
        setProblem('');
        setTyped('');
        ctx.update(['extraHosts'], [...hosts, r.pattern]);
        refresh();
      })
      .catch(() => setProblem(OPTIONS.hostRefused));
  };
  const remove = (i: number) => {
    const pattern = patterns[i]!;
    ctx.update(
      ['extraHosts'],
      hosts.filter((_, j) => j !== i),
    );
    if (pattern !== (connectPattern.ok ? connectPattern.pattern : ''))
      backend.removeHost(pattern).then(refresh, () => {
        // The address left the list but the browser kept its access: the person removes it by hand.
        setProblem(OPTIONS.hostKept(pattern));
        refresh();
      });
  };
  const grant = (pattern: string) => {
    backend.requestHost(pattern).then(refresh, refresh);
  };

  return (
    <div>
      <h3 className="mt-2 font-semibold">
        {OPTIONS.extraHostsLabel}
        <LockNote locked={hostsLocked} />
      </h3>
      <p className="text-xs text-slate-600">{OPTIONS.extraHostsHint}</p>
      <ul className="my-2" aria-label={OPTIONS.extraHostsLabel}>
        {patterns.map((p, i) => (
          <li key={p} className="my-1 flex items-center gap-2" data-oc-host={p}>
            <code>{p}</code>
            <Status ok={granted[p]} />
            {granted[p] === false ? (
              <button type="button" className={button} disabled={ctx.readOnly} onClick={() => grant(p)}>
                {OPTIONS.grant}
              </button>
            ) : null}
            <button
              type="button"
              className={button}
              disabled={hostsLocked || ctx.readOnly}
              aria-label={`${OPTIONS.removeItem} : ${p}`}
              onClick={() => remove(i)}
            >
              {OPTIONS.removeItem}
            </button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col">
          <label htmlFor={addId}>{OPTIONS.extraHostInput}</label>
          <input
            id={addId}
            type="text"
            className={input}
            value={typed}
            disabled={hostsLocked || ctx.readOnly}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <AddButton disabled={hostsLocked || ctx.readOnly} onAdd={add} problem={problem} />
      </div>

      <div className="mt-4 flex flex-col gap-1">
        <label htmlFor={connectId} className="font-semibold">
          {OPTIONS.connectHostLabel}
          <LockNote locked={connectLocked} />
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <input
            id={connectId}
            type="text"
            className={`${input} w-80`}
            value={connect}
            disabled={connectLocked || ctx.readOnly}
            onChange={(e) => ctx.update(['connectHost'], e.target.value)}
          />
          {connectPattern.ok ? (
            <>
              <Status ok={granted[connectPattern.pattern]} />
              {granted[connectPattern.pattern] === false ? (
                <button
                  type="button"
                  className={button}
                  disabled={ctx.readOnly}
                  onClick={() => grant(connectPattern.pattern)}
                >
                  {OPTIONS.grant}
                </button>
              ) : null}
            </>
          ) : connect ? (
            <span role="alert" className="text-sm text-red-700">
              {OPTIONS.hostProblems[connectPattern.problem]}
            </span>
          ) : null}
        </div>
        <p className="text-xs text-slate-600">{OPTIONS.connectHostHint}</p>
      </div>
    </div>
  );
}
