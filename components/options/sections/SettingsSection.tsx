/**
 * A section made of the schema's settings alone (agence, lecture, délais, contrat, tâches, avancé,
 * autres), each with the editor its schema calls for; « Valeurs légales » adds the newest date first.
 */
import { OPTIONS } from '../../../lib/i18n/options';
import type { Settings } from '../../../lib/settings/settings';
import { SettingEditor } from '../editors';
import { frDate } from '../../../lib/time/dates';
import { keysOfSection, newestDate, settingsJsonSchema, type SectionId } from '../model';

/** Settings with an editor of their own, in their own section. */
const OWN_EDITOR = ['userName', 'extraHosts', 'connectHost', 'rules'];

/** The section's settings shown by the schema's editors. */
export function genericKeys(section: SectionId): string[] {
  return keysOfSection(section).filter((k) => !OWN_EDITOR.includes(k));
}

export function SettingsSection({ section }: { section: SectionId }) {
  const schemaProps = settingsJsonSchema().properties ?? {};
  return genericKeys(section).map((k) => (
    <SettingEditor key={k} path={[k]} labelKey={k} fallback={k} schema={schemaProps[k]} />
  ));
}

export function LegalSection({ legal }: { legal: Settings['legal'] }) {
  return (
    <>
      <p className="rounded bg-slate-100 p-2 text-sm" data-oc-legal-newest={newestDate(legal)}>
        {OPTIONS.newestLegal(frDate(newestDate(legal)))}
      </p>
      <SettingsSection section="legal" />
    </>
  );
}
