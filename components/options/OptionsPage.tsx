/**
 * The options page (docs/settings.md): every setting, grouped in sections, saved with « Enregistrer ».
 * Policy values (enterprise) are shown locked; settings of a newer version are shown read-only and
 * kept; export / import as a JSON file. First run: the name field is focused (never blocking).
 *
 * Its parts: use-options.ts (loading, following changes, saving, import, export), one component per
 * section (sections/, HostsEditor, RulesEditor), Notices above them, SaveBar below.
 */
import type { ReactNode } from 'react';
import { OPTIONS } from '../../lib/i18n/options';
import { policyOf } from '../../lib/settings/policy';
import { browserBackend, type OptionsBackend } from './backend';
import { EditorCtx } from './editors';
import { HostsEditor } from './HostsEditor';
import { SECTIONS, type SectionId } from './model';
import { Notices } from './Notices';
import { RulesEditor } from './RulesEditor';
import { SaveBar } from './SaveBar';
import { DataSection } from './sections/DataSection';
import { genericKeys, LegalSection, SettingsSection } from './sections/SettingsSection';
import { UserSection } from './sections/UserSection';
import { useOptions } from './use-options';

/** Sections made of the schema's settings alone: shown only when they hold one. */
const GENERIC: SectionId[] = ['agency', 'reading', 'delays', 'contrat', 'tasks', 'advanced', 'other'];

export function OptionsPage({ backend = browserBackend }: { backend?: OptionsBackend }) {
  const { status, loaded } = useOptions(backend);
  if (!loaded)
    return (
      <main className="p-4">
        <p>{status?.kind === 'loadFailed' ? OPTIONS.loadFailed : OPTIONS.loading}</p>
      </main>
    );
  const { state, effective, readOnly } = loaded;

  const body = (section: SectionId): ReactNode => {
    switch (section) {
      case 'user':
        return <UserSection firstRun={!state.saved.userName.trim()} />;
      case 'hosts':
        return <HostsEditor backend={backend} />;
      case 'rules':
        return <RulesEditor />;
      case 'legal':
        return <LegalSection legal={effective.legal} />;
      case 'io':
        return (
          <DataSection
            onExport={loaded.exportFile}
            onImport={loaded.importFile}
            errors={loaded.importErrors}
            imported={status?.kind === 'imported'}
            readOnly={readOnly}
            days={effective.delays.retentionJours}
            cap={effective.delays.maxDossiers}
            clearAll={() => backend.clearAll()}
          />
        );
      default:
        return <SettingsSection section={section} />;
    }
  };
  const shown = SECTIONS.filter((s) => !GENERIC.includes(s) || genericKeys(s).length > 0);

  return (
    <EditorCtx.Provider value={loaded.ctx}>
      <div className="mx-auto flex max-w-6xl gap-6 p-4 font-sans text-sm text-slate-900">
        <nav aria-label="Sections des réglages" className="sticky top-4 hidden h-fit w-56 shrink-0 md:block">
          <ul>
            {shown.map((s) => (
              <li key={s}>
                <a
                  href={`#section-${s}`}
                  className="block rounded px-2 py-1 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
                >
                  {OPTIONS.sections[s]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="min-w-0 flex-1 pb-24">
          <h1 className="text-xl font-semibold">{OPTIONS.title}</h1>
          <p className="my-2 text-slate-700">{OPTIONS.intro}</p>
          <Notices
            future={state.future}
            hasPolicy={Object.keys(policyOf(state.managed)).length > 0}
            repaired={state.repaired}
          />
          {shown.map((s) => (
            <section key={s} id={`section-${s}`} aria-labelledby={`h-${s}`} className="my-6 scroll-mt-4">
              <h2 id={`h-${s}`} className="mb-2 border-b border-slate-300 text-lg font-semibold">
                {OPTIONS.sections[s]}
              </h2>
              {body(s)}
            </section>
          ))}
        </main>
      </div>
      <SaveBar
        dirty={loaded.dirty}
        problems={loaded.problems}
        status={status}
        save={loaded.save}
        cancel={loaded.cancel}
      />
    </EditorCtx.Provider>
  );
}
