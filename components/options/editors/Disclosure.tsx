import { useId, useState, type ReactNode } from 'react';

/**
 * A disclosure (button with aria-expanded): its content is rendered only while open, so the long
 * lists (rules, task templates) keep the page light.
 */
export function Disclosure({
  title,
  children,
  extra,
}: {
  title: ReactNode;
  children: ReactNode;
  extra?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="my-2 rounded border border-slate-200">
      <div className="flex items-center justify-between gap-2 px-2 py-1">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          className="text-left font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {title}
        </button>
        {extra}
      </div>
      {open ? (
        <div id={id} className="px-2 pb-2">
          {children}
        </div>
      ) : null}
    </div>
  );
}
