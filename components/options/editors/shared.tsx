/**
 * What every settings editor shares: the context (the settings in force, the policy, read-only,
 * and how a change is made), `useSetting` for one value, the lock note of a policy value, the
 * labelled row and group, and the control and button looks.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { OPTIONS, SETTING_LABELS } from '../../../lib/i18n/options';
import { isLocked } from '../../../lib/settings/policy';
import { getAt, type Path } from '../model';

export interface EditorContext {
  /** The settings in force (the user's, policy on top): what the controls show. */
  effective: unknown;
  managed: unknown;
  readOnly: boolean;
  update(path: Path, value: unknown): void;
}

export const EditorCtx = createContext<EditorContext>({
  effective: {},
  managed: {},
  readOnly: true,
  update: () => undefined,
});

/** Label key of a path: record entries are `*`, list items `[]` (see SETTING_LABELS). */
export function labelOf(labelKey: string, fallback: string): string {
  return SETTING_LABELS[labelKey] ?? fallback;
}

export function useSetting(path: Path) {
  const ctx = useContext(EditorCtx);
  const locked = isLocked(
    ctx.managed,
    path.map((p) => String(p)),
  );
  return {
    value: getAt(ctx.effective, path),
    locked,
    disabled: locked || ctx.readOnly,
    set: (v: unknown) => ctx.update(path, v),
  };
}

export function LockNote({ locked }: { locked: boolean }) {
  if (!locked) return null;
  return (
    <span
      className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900"
      title={OPTIONS.lockedHint}
      data-oc-locked=""
    >
      🔒 {OPTIONS.locked}
    </span>
  );
}

export const control =
  'rounded border border-slate-400 px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:bg-slate-100 disabled:text-slate-600';
export const button =
  'rounded border border-slate-500 bg-white px-2 py-1 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-50';

/** One labelled control, with its lock note and an optional hint (`${id}-hint`). */
export function Row({
  id,
  label,
  locked,
  hint,
  children,
}: {
  id: string;
  label: string;
  locked: boolean;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="my-2 flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
        <LockNote locked={locked} />
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A named group of editors (a fieldset). */
export function Group({
  label,
  locked,
  children,
  level = 3,
}: {
  label: string;
  locked: boolean;
  children: ReactNode;
  level?: number;
}) {
  return (
    <fieldset className="my-3 rounded border border-slate-300 p-3" data-level={level}>
      <legend className="px-1 font-semibold">
        {label}
        <LockNote locked={locked} />
      </legend>
      {children}
    </fieldset>
  );
}

/** What an editor of one value is given; `optional`: empty means « not set ». */
export interface LeafProps {
  path: Path;
  label: string;
  optional?: boolean;
}

/** « Ajouter », and why what was typed was not added. */
export function AddButton({
  disabled,
  onAdd,
  problem,
}: {
  disabled: boolean;
  onAdd(): void;
  problem: string;
}) {
  return (
    <>
      <button type="button" className={button} disabled={disabled} onClick={onAdd}>
        {OPTIONS.addItem}
      </button>
      {problem ? (
        <span role="alert" className="text-sm text-red-700">
          {problem}
        </span>
      ) : null}
    </>
  );
}
