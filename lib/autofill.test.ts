/** @vitest-environment jsdom */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONNECT_LABELS, fillTaskForm, type AutofillField } from './autofill';

const DEMO = readFileSync(resolve(import.meta.dirname, '../demo/connect/tache.html'), 'utf8');

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
    const r = fillTaskForm(FIELDS(VALUES));
    expect(r).toEqual({
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
    const r = fillTaskForm([
      ...FIELDS({ categorie: 'Catégorie inconnue', titre: 'X' }),
      { key: 'task.autre', labels: ['Étiquettes'], value: 'y' },
    ]);
    expect(r).toEqual({ filled: ['task.titre'], missing: ['task.autre'], noOption: ['task.categorie'] });
    expect($<HTMLSelectElement>('#task_category').value).toBe('');
  });

  it('a date that is not jj/mm/aaaa is not put in a date input', () => {
    const r = fillTaskForm(FIELDS({ date: 'à définir (planning non lu)' }));
    expect(r.noOption).toEqual(['task.date']);
    expect($<HTMLInputElement>('#task_due').value).toBe('');
  });

  it('fills a rich-text Description (contenteditable) with text only, one paragraph per line', () => {
    document.body.innerHTML = `
      <div class="field"><label>Description</label><div class="editor"><div class="ql-editor" contenteditable="true"><p><br></p></div></div></div>`;
    let inputs = 0;
    document.querySelector('.ql-editor')!.addEventListener('input', () => inputs++);
    const r = fillTaskForm(FIELDS({ description: 'Ligne 1\n\n<b>pas du HTML</b>' }));
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
      <textarea aria-label="Description"></textarea>`;
    const r = fillTaskForm(FIELDS({ titre: 'A', categorie: 'Autre', description: 'B' }));
    expect(r.filled).toEqual(['task.titre', 'task.categorie', 'task.description']);
    expect($<HTMLInputElement>('input').value).toBe('A');
    expect($<HTMLSelectElement>('select').value).toBe('Autre');
    expect($<HTMLTextAreaElement>('textarea').value).toBe('B');
  });
});
