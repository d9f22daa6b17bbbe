/**
 * Side panel shell. The four views are named as the specification says; their content comes with
 * the panel issue. Keyboard: arrow keys move between tabs (WAI-ARIA tabs pattern).
 */
import { useState, type KeyboardEvent } from 'react';

export const VIEWS = ['Dossier', 'Appel', 'Rendez-vous', 'Tâches'] as const;
export type View = (typeof VIEWS)[number];

export function Panel() {
  const [view, setView] = useState<View>('Dossier');
  const onKey = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(view);
    if (e.key === 'ArrowRight') setView(VIEWS[(i + 1) % VIEWS.length]!);
    if (e.key === 'ArrowLeft') setView(VIEWS[(i + VIEWS.length - 1) % VIEWS.length]!);
  };
  return (
    <main className="min-h-screen bg-white p-3 font-sans text-sm text-slate-900">
      <h1 className="mb-2 text-base font-semibold">Dossier conforme</h1>
      <div role="tablist" aria-label="Vues du panneau" className="mb-3 flex gap-1" onKeyDown={onKey}>
        {VIEWS.map((v) => (
          <button
            key={v}
            role="tab"
            id={`tab-${v}`}
            aria-selected={view === v}
            aria-controls={`view-${v}`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => setView(v)}
            className={`rounded px-2 py-1 ${view === v ? 'bg-slate-800 text-white' : 'border border-slate-300'}`}
          >
            {v}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`view-${view}`} aria-labelledby={`tab-${view}`}>
        <p className="text-slate-700">
          Ouvrez une fiche client ou intervenant dans Ogust : les contrôles s’affichent directement sur la
          page (contour et message à côté de chaque champ, résumé en bas à droite).
        </p>
        <p className="mt-2 text-slate-600">La checklist complète du dossier arrivera dans ce panneau.</p>
      </section>
    </main>
  );
}
