/**
 * The inspector's five settings changes, each with the check that the settings read back hold it
 * (a value the schema refused is reported, not shown as saved).
 */
import type { Binding } from '../../content-scripts/read/binding';
import type { PageKey } from '../../lib/model/types';
import type { Save } from './use-environment';
import { setAliases, setBinding, setDeclaredPage } from './settings-edit';

export interface InspectorEdits {
  /** « Cette page est … »: declare the page kind of this URL pattern. */
  declare(page: PageKey): void;
  /** Forget this URL pattern's declaration. */
  forget(): void;
  bind(key: string, binding: Binding): void;
  unbind(key: string): void;
  /** Replace a field's or a column's added aliases. */
  aliases(key: string, aliases: string[]): void;
}

export function inspectorEdits(save: Save, pattern: string): InspectorEdits {
  return {
    declare: (page) =>
      void save(
        (raw) => setDeclaredPage(raw, pattern, page),
        (s) => s.pages.some((p) => p.pattern === pattern && p.page === page),
      ),
    forget: () =>
      void save(
        (raw) => setDeclaredPage(raw, pattern, undefined),
        (s) => !s.pages.some((p) => p.pattern === pattern),
      ),
    bind: (key, binding) =>
      void save(
        (raw) => setBinding(raw, key, binding),
        (s) => !!s.fields[key]?.binding,
      ),
    unbind: (key) =>
      void save(
        (raw) => setBinding(raw, key, undefined),
        (s) => !s.fields[key]?.binding,
      ),
    aliases: (key, aliases) =>
      void save(
        (raw) => setAliases(raw, key, aliases),
        (s) => (s.fields[key]?.aliases ?? []).length === aliases.length,
      ),
  };
}
