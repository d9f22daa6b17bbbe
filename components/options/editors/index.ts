/**
 * The settings editors, one file per kind: shared.tsx (context, lock note, row, group), text.tsx,
 * number.tsx, choice.tsx (yes/no, one of), dated.tsx (dated legal values), Disclosure.tsx, and
 * SettingEditor.tsx (the editor a schema calls for, with the object, list and record editors).
 */
export { Disclosure } from './Disclosure';
export { SettingEditor } from './SettingEditor';
export { AddButton, button, EditorCtx, LockNote, type EditorContext } from './shared';
