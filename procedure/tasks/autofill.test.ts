/** @vitest-environment jsdom */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONNECT_LABELS, fillTaskForm, type AutofillField } from './autofill';

const DEMO = readFileSync(resolve(import.meta.dirname, '../../demo/connect/tache.html'), 'utf8');

const FIELDS = (values: Record<string, string>): AutofillField[] =>
  Object.entries(values).map(([k, value]) => ({ key: `task.${k}`, labels: CONNECT_LABELS[k]!, value }));

const VALUES = {
  titre: 'Nouveau client',
  categorie: 'Suivi client',
  date: '28/11/2026',
  priorite: 'Ne peut pas être reportée',
  destinataire: 'DURAND Jeanne',
  gerePar: 'Camille Martin',
  description: 'Date de démarrage du contrat : 01/12/2026\nDossier APA : non',
};

/** The new-task form's labels: a frame is filled only when most of them have a control. */
const FORM = Object.values(CONNECT_LABELS);
/** The other labels of the form, as table rows, so a fragment is recognised as the form. */
const OTHER_ROWS = (except: string[]) =>
  `<table>${Object.entries(CONNECT_LABELS)
    .filter(([k]) => !except.includes(k))
    .map(([, [l]]) => `<tr><th>${l}</th><td><input class="other"></td></tr>`)
    .join('')}</table>`;

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;

describe('fillTaskForm on the demo Unaide Connect form', () => {
  let events = 0;
  let submitted = false;
  beforeEach(() => {
    document.documentElement.innerHTML = new DOMParser()
      .parseFromString(DEMO, 'text/html')
      .documentElement.innerHTML.replace(/<script[\s\S]*?<\/script>/g, '');
    events = 0;
    submitted = false;
    const form = $('form');
    form.addEventListener('input', () => events++);
    form.addEventListener('change', () => events++);
    form.addEventListener('submit', () => (submitted = true));
  });

  it('fills every field by its label, selects by option text, the date input in ISO', () => {
    const r = fillTaskForm(FIELDS(VALUES), FORM);
    expect(r).toEqual({
      form: true,
      filled: Object.keys(VALUES).map((k) => `task.${k}`),
      missing: [],
      noOption: [],
    });
    expect($<HTMLInputElement>('#task_title').value).toBe('Nouveau client');
    expect($<HTMLSelectElement>('#task_category').value).toBe('12');
    expect($<HTMLInputElement>('#task_due').value).toBe('2026-11-28');
    expect($<HTMLSelectElement>('#task_priority').value).toBe('blocking');
    expect($<HTMLInputElement>('#task_recipient').value).toBe('DURAND Jeanne');
    expect($<HTMLSelectElement>('#task_owner').value).toBe('21');
    expect($<HTMLTextAreaElement>('#task_description').value).toBe(VALUES.description);
    // input + change for each field, and never a submit.
    expect(events).toBe(14);
    expect(submitted).toBe(false);
  });

  it('reports a label not on the page and a select without the value, leaving them untouched', () => {
    const r = fillTaskForm(
      [
        ...FIELDS({ categorie: 'Catégorie inconnue', titre: 'X' }),
        { key: 'task.autre', labels: ['Étiquettes'], value: 'y' },
      ],
      FORM,
    );
    expect(r).toEqual({
      form: true,
      filled: ['task.titre'],
      missing: ['task.autre'],
      noOption: ['task.categorie'],
    });
    expect($<HTMLSelectElement>('#task_category').value).toBe('');
  });

  it('a date that is not jj/mm/aaaa is not put in a date input', () => {
    const r = fillTaskForm(FIELDS({ date: 'à définir (planning non lu)' }), FORM);
    expect(r.noOption).toEqual(['task.date']);
    expect($<HTMLInputElement>('#task_due').value).toBe('');
  });

  it('fills a rich-text Description (contenteditable) with text only, one paragraph per line', () => {
    document.body.innerHTML = `
      <div class="field"><label>Description</label><div class="editor"><div class="ql-editor" contenteditable="true"><p><br></p></div></div></div>
      ${OTHER_ROWS(['description'])}`;
    let inputs = 0;
    document.querySelector('.ql-editor')!.addEventListener('input', () => inputs++);
    const r = fillTaskForm(FIELDS({ description: 'Ligne 1\n\n<b>pas du HTML</b>' }), FORM);
    expect(r.filled).toEqual(['task.description']);
    const ed = document.querySelector('.ql-editor')!;
    expect([...ed.children].map((p) => p.textContent)).toEqual(['Ligne 1', '', '<b>pas du HTML</b>']);
    expect(ed.querySelector('b')).toBeNull();
    expect(inputs).toBe(1);
  });

  it('finds controls in a table layout, a wrapping label and aria-label', () => {
    document.body.innerHTML = `
      <table><tr><th>Titre :</th><td><input name="t"></td></tr></table>
      <label>Catégorie <select><option>Suivi client</option><option>Autre</option></select></label>
      <textarea aria-label="Description"></textarea>
      ${OTHER_ROWS(['titre', 'categorie', 'description'])}`;
    const r = fillTaskForm(FIELDS({ titre: 'A', categorie: 'Autre', description: 'B' }), FORM);
    expect(r.filled).toEqual(['task.titre', 'task.categorie', 'task.description']);
    expect($<HTMLInputElement>('input').value).toBe('A');
    expect($<HTMLSelectElement>('select').value).toBe('Autre');
    expect($<HTMLTextAreaElement>('textarea').value).toBe('B');
  });

  it('fills nothing in a frame that is not the new-task form (an existing task’s Description)', () => {
    document.body.innerHTML = `
      <h1>Tâche : Suivi client</h1><p>Titre : Suivi client — DURAND Jeanne</p>
      <label for="d">Description</label><textarea id="d">Ancien texte</textarea>
      <label for="c">Commentaire</label><textarea id="c"></textarea>`;
    let events = 0;
    document.body.addEventListener('input', () => events++);
    const r = fillTaskForm(FIELDS(VALUES), FORM);
    expect(r).toEqual({ form: false, filled: [], missing: [], noOption: [] });
    expect($<HTMLTextAreaElement>('#d').value).toBe('Ancien texte');
    expect(events).toBe(0);
  });

  it('a form with only a few of the task labels (4 of 7) is not the new-task form', () => {
    document.body.innerHTML = OTHER_ROWS(['date', 'destinataire', 'gerePar']);
    const r = fillTaskForm(FIELDS(VALUES), FORM);
    expect(r.form).toBe(false);
    expect([...document.querySelectorAll('input')].map((i) => i.value)).toEqual(['', '', '', '']);
    // 5 of 7: recognised (a form whose two other labels are named otherwise still gets filled).
    document.body.innerHTML = OTHER_ROWS(['destinataire', 'gerePar']);
    expect(fillTaskForm(FIELDS({ titre: 'A' }), FORM)).toEqual({
      form: true,
      filled: ['task.titre'],
      missing: [],
      noOption: [],
    });
  });
});
