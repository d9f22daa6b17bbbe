/**
 * Autofill of an Unaide Connect « nouvelle tâche » form (docs/spec/fields.md, `connect.task`). `fillTaskForm` is
 * injected into the Connect tab with `scripting.executeScript({ func })`, so it is self-contained: no
 * imports, no outer variables. It finds each control by its visible label, sets its value the way
 * a person typing would be seen (native value setter, then `input` and `change` events, so the page's
 * own scripts and frameworks notice), and NEVER submits: no click, no `submit()`, no Enter key.
 * It fills only a frame recognised as the new-task form: at least two thirds of the form's labels
 * (`CONNECT_LABELS`, passed as `form`) each with a control. A frame showing an existing task (its
 * Description box alone) is left untouched. It returns what it filled and what it could not find.
 */

export interface AutofillField {
  /** Field key (`task.titre`…). */
  key: string;
  /** Label texts to look for (canonical first). */
  labels: string[];
  /** Value as shown in the panel (dates `jj/mm/aaaa`). */
  value: string;
}

export interface AutofillResult {
  /** The frame holds the new-task form (else nothing was touched). */
  form: boolean;
  /** Keys filled. */
  filled: string[];
  /** Keys whose label was not found on the page. */
  missing: string[];
  /** Keys of selects without an option for the value (left unchanged). */
  noOption: string[];
}

export function fillTaskForm(fields: AutofillField[], form: string[][]): AutofillResult {
  const norm = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’‘`]/g, "'")
      .replace(/[*:]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLElement;
  const CONTROLS = 'input,select,textarea,[contenteditable=""],[contenteditable="true"]';
  /** A rich-text editor's editable area (the back office may use one for the Description). */
  const editable = (el: Element): boolean => {
    const v = el.getAttribute('contenteditable');
    return v === '' || v === 'true';
  };
  const SKIP = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'checkbox', 'radio']);
  const usable = (el: Element | null | undefined): el is Control => {
    if (!el) return false;
    if (editable(el)) return true;
    const tag = el.tagName;
    if (tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA') return false;
    const c = el as HTMLInputElement;
    return !c.disabled && !(tag === 'INPUT' && SKIP.has(c.type));
  };
  const firstControlIn = (root: Element | null | undefined): Control | null => {
    if (!root) return null;
    if (usable(root)) return root;
    for (const el of Array.from(root.querySelectorAll(CONTROLS))) if (usable(el)) return el;
    return null;
  };
  /** Own text of an element without the text of its controls (a label may wrap its input). */
  const ownText = (el: Element): string => {
    let t = '';
    el.childNodes.forEach((n) => {
      if (n.nodeType === Node.TEXT_NODE) t += n.textContent ?? '';
      else if (
        n.nodeType === Node.ELEMENT_NODE &&
        !firstControlIn(n as Element) &&
        !(n as Element).matches('select,option,datalist')
      )
        t += (n as Element).textContent ?? '';
    });
    return t;
  };

  const find = (labels: string[]): Control | null => {
    const wanted = new Set(labels.map(norm));
    // 1. <label> elements: for=, wrapped control, else the first control after it in its container.
    for (const l of Array.from(document.querySelectorAll('label'))) {
      if (!wanted.has(norm(ownText(l)))) continue;
      const c = l.control ?? (l.htmlFor ? document.getElementById(l.htmlFor) : null) ?? firstControlIn(l);
      if (usable(c)) return c;
      let next = l.nextElementSibling;
      while (next) {
        const found = firstControlIn(next);
        if (found) return found;
        next = next.nextElementSibling;
      }
    }
    // 2. aria-label.
    for (const el of Array.from(document.querySelectorAll('[aria-label]')))
      if (usable(el) && wanted.has(norm(el.getAttribute('aria-label') ?? ''))) return el;
    // 3. A table cell or a <dt> holding the label: the control in the next cell / <dd>.
    for (const el of Array.from(document.querySelectorAll('th,td,dt'))) {
      if (!wanted.has(norm(ownText(el)))) continue;
      const found = firstControlIn(el.nextElementSibling);
      if (found) return found;
    }
    return null;
  };

  const setNative = (el: Control, value: string) => {
    if (editable(el)) {
      // Text only, one paragraph per line (never HTML from the panel's values).
      el.replaceChildren(
        ...value.split('\n').map((line) => {
          const p = document.createElement('p');
          if (line) p.textContent = line;
          else p.appendChild(document.createElement('br'));
          return p;
        }),
      );
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
    const input = el as HTMLInputElement;
    const proto =
      el.tagName === 'SELECT'
        ? HTMLSelectElement.prototype
        : el.tagName === 'TEXTAREA'
          ? HTMLTextAreaElement.prototype
          : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(input, value);
    else input.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const result: AutofillResult = { form: false, filled: [], missing: [], noOption: [] };
  const present = form.filter((labels) => find(labels)).length;
  if (!form.length || present < Math.ceil((form.length * 2) / 3)) return result;
  result.form = true;
  for (const f of fields) {
    const el = find(f.labels);
    if (!el) {
      result.missing.push(f.key);
      continue;
    }
    let value = f.value;
    if (el.tagName === 'SELECT') {
      const want = norm(value);
      const opt = Array.from((el as HTMLSelectElement).options).find(
        (o) => norm(o.textContent ?? '') === want || norm(o.value) === want,
      );
      if (!opt) {
        result.noOption.push(f.key);
        continue;
      }
      value = opt.value;
    } else if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'date') {
      const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
      if (!m) {
        result.noOption.push(f.key);
        continue;
      }
      value = `${m[3]}-${m[2]}-${m[1]}`;
    }
    setNative(el, value);
    result.filled.push(f.key);
  }
  return result;
}

/** Labels of the Connect task form (docs/spec/fields.md, `connect.task`), by task field. */
export const CONNECT_LABELS: Record<string, string[]> = {
  titre: ['Titre'],
  categorie: ['Catégorie'],
  date: ["Date d'exécution"],
  priorite: ['Priorité'],
  destinataire: ['À destination de'],
  gerePar: ['Géré par'],
  description: ['Description'],
};
