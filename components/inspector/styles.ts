/** The inspector's two button looks (Tailwind classes; the overlay's stylesheet holds them). */
export const BTN =
  'rounded border border-slate-400 bg-white px-2 py-0.5 text-slate-900 hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600';
export const BTN_MAIN =
  'rounded bg-slate-800 px-2 py-0.5 text-white hover:bg-slate-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';
