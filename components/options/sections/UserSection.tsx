/** « Votre nom »: on the first run, the one question asked (the page opens on it, never blocking). */
import { useContext } from 'react';
import { OPTIONS } from '../../../lib/i18n/options';
import { isLocked } from '../../../lib/settings/policy';
import type { Settings } from '../../../lib/settings/settings';
import { EditorCtx, LockNote } from '../editors';

export function UserSection({ firstRun }: { firstRun: boolean }) {
  const ctx = useContext(EditorCtx);
  const locked = isLocked(ctx.managed, ['userName']);
  return (
    <div>
      {firstRun ? (
        <p className="my-2 rounded border border-blue-400 bg-blue-50 p-2" data-oc-first-run="">
          {OPTIONS.firstRun}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="oc-user-name" className="font-medium">
          {OPTIONS.userName}
          <LockNote locked={locked} />
        </label>
        <input
          id="oc-user-name"
          type="text"
          autoComplete="name"
          // First run: the name is the one question asked (the page opens on it).
          autoFocus={firstRun}
          className="w-80 rounded border border-slate-400 px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
          value={String((ctx.effective as Settings).userName ?? '')}
          disabled={locked || ctx.readOnly}
          aria-describedby="oc-user-name-hint"
          onChange={(e) => ctx.update(['userName'], e.target.value)}
        />
        <p id="oc-user-name-hint" className="text-xs text-slate-600">
          {OPTIONS.userNameHint}
        </p>
      </div>
    </div>
  );
}
