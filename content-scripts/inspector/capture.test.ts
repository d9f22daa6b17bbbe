// @vitest-environment jsdom
/**
 * Anonymised capture of every demo page, in jsdom: no personal value of the page survives in its
 * capture, and the capture read by the real reader and judged by the real rules gives the same
 * findings as the original (same page, same rule ids, same fields).
 */
import { describe, expect, it, vi } from 'vitest';
import { Pseudonyms } from './anonymize';
import { isUnassigned } from '../../lib/text/identity';
import { parseSettings } from '../../lib/settings/settings';
import { judgePage } from '../../rules';
import { DEMO_ORIGIN, DEMO_TODAY, DEMO_USER, demoPages, loadDemoPage } from '../../tests/support/demo-pages';
import { anonymizeDocument, captureDocument, PERSONAL_COLUMNS, PERSONAL_FIELDS } from './capture';
import { readDocument } from '../read/page-reader';

// The generated planning pages hold 1,500 rows: read three times per test in jsdom.
vi.setConfig({ testTimeout: 30_000 });

const settings = parseSettings({ userName: DEMO_USER });
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function findingsOf(doc: Document, url: string) {
  const read = readDocument(doc, settings, url);
  if (!read) return { page: null, findings: [] as string[], read };
  const findings = judgePage(read.record, settings, DEMO_TODAY)
    .map((f) => `${f.rule} ${f.severity} ${f.field} ${f.targets.join(',')} ${(f.rows ?? []).join(',')}`)
    .sort();
  return { page: read.page, findings, read };
}

/**
 * Personal values of the original page: personal fields and name columns. A value that is also part
 * of an option text or of the agency's banner (a town: « Lille » in « Lille Centre ») is vocabulary:
 * only its field must change. Email placeholders (« pas de mail ») are not personal.
 */
function personalValues(doc: Document, url: string): { key: string; value: string; vocabulary: boolean }[] {
  const read = readDocument(doc, settings, url);
  if (!read) return [];
  const vocabulary = [
    ...Array.from(doc.querySelectorAll('option'), (o) => o.textContent ?? ''),
    doc.querySelector('#bandeau')?.textContent ?? '',
    // Non-personal fields shown as text (a secteur « Roubaix – Tourcoing » in view mode).
    ...Object.entries(read.record.fields).map(([k, f]) =>
      !PERSONAL_FIELDS[k] && f.state === 'read' ? f.value : '',
    ),
  ].join('\n');
  const out = new Map<string, string>();
  for (const [key, f] of Object.entries(read.record.fields))
    if (PERSONAL_FIELDS[key] && PERSONAL_FIELDS[key] !== 'free' && f.state === 'read' && f.value)
      out.set(f.value, key);
  for (const row of read.record.list?.rows ?? [])
    for (const [key, v] of Object.entries(row.cells)) if (PERSONAL_COLUMNS.has(key) && v) out.set(v, key);
  return [...out]
    .filter(
      ([v, key]) =>
        v.length >= 3 &&
        !/MON_ENTREPRISE/.test(v) &&
        !(key.endsWith('email') && !v.includes('@')) &&
        // « Non affecté », « À pourvoir »: nobody, so nothing personal to replace.
        !isUnassigned(v, settings.unassignedWords),
    )
    .map(([value, key]) => ({ key, value, vocabulary: vocabulary.includes(value) }));
}

/** Everything a capture holds as text: its markup, and its text and attribute values decoded. */
function allText(html: string): string {
  const doc = parse(html);
  const attrs = Array.from(doc.querySelectorAll('*')).flatMap((el) =>
    Array.from(el.attributes, (a) => a.value),
  );
  return [html, doc.documentElement.textContent ?? '', ...attrs].join('\n').replace(/[\u00a0\u202f]/g, ' ');
}

describe.each(demoPages())('capture of $file', (demo) => {
  const url = `${DEMO_ORIGIN}/${demo.file}`;
  const original = parse(demo.html);
  const html = captureDocument(original, { settings, today: DEMO_TODAY, url, seed: demo.file });
  const captured = parse(html);

  it('keeps no personal value of the page', () => {
    const text = allText(html);
    const values = personalValues(parse(demo.html), url);
    if (demo.page === 'client.definition' || demo.page === 'intervenant.definition')
      expect(values.length).toBeGreaterThan(4);
    const after = readDocument(captured, settings, url)?.record.fields ?? {};
    for (const { key, value, vocabulary } of values) {
      if (!vocabulary) expect(text, `« ${value} » survived`).not.toContain(value);
      const f = after[key];
      if (f?.state === 'read') expect(f.value, key).not.toBe(value);
    }
  });

  it('produces the same findings as the original (reader + rules)', () => {
    const before = findingsOf(parse(demo.html), url);
    const after = findingsOf(captured, url);
    expect(after.page).toBe(before.page);
    expect(after.findings).toEqual(before.findings);
  });

  it('is self-contained: no script, no event attribute, styles kept', () => {
    expect(captured.querySelector('script')).toBeNull();
    for (const el of Array.from(captured.querySelectorAll('*')))
      for (const a of Array.from(el.attributes)) expect(a.name.startsWith('on'), a.name).toBe(false);
    expect(captured.querySelector('style')?.textContent ?? '').toContain('{');
    expect(html.startsWith('<!doctype html>\n<!--')).toBe(true);
    expect(loadDemoPageHeader(html).page).toBe(demo.page ?? 'none');
  });
});

function loadDemoPageHeader(html: string) {
  return { page: /oc-page:\s*(\S+)/.exec(html)?.[1] };
}

describe('capture', () => {
  it('is reproducible with a seed and differs with another', () => {
    const demo = loadDemoPage('client-definition-erreurs.html');
    const opts = { settings, today: DEMO_TODAY, url: `${DEMO_ORIGIN}/${demo.file}` };
    const a = captureDocument(parse(demo.html), { ...opts, seed: 1 });
    const b = captureDocument(parse(demo.html), { ...opts, seed: 1 });
    const c = captureDocument(parse(demo.html), { ...opts, seed: 2 });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('a first name of the fiche’s civilité', () => {
    for (const [file, women] of [
      ['client-definition-conforme.html', true],
      ['client-definition-lecture.html', false],
    ] as const) {
      const demo = loadDemoPage(file);
      const opts = { settings, today: DEMO_TODAY, url: `${DEMO_ORIGIN}/${demo.file}` };
      for (const seed of [1, 2, 3]) {
        const read = readDocument(
          parse(captureDocument(parse(demo.html), { ...opts, seed })),
          settings,
          opts.url,
        )!;
        const prenom = read.record.fields['client.prenom'];
        const value = prenom?.state === 'read' ? prenom.value : '';
        expect(
          /^(Alice|Anne|Brigitte|Claire|Denise|Élise|Françoise|Hélène|Irène|Josiane|Madeleine|Martine|Nicole|Odette|Paulette|Simone|Sylvie|Yvette)$/.test(
            value,
          ),
          value,
        ).toBe(women);
      }
    }
  });

  it('captures what the person typed, not the value the page was loaded with', () => {
    const demo = loadDemoPage('client-definition-conforme.html');
    const doc = parse(demo.html);
    const email = doc.querySelector<HTMLInputElement>('input[name=email]')!;
    email.value = 'jeanne.durand@gmial.com';
    const html = captureDocument(doc, { settings, today: DEMO_TODAY, url: `${DEMO_ORIGIN}/${demo.file}` });
    const value = parse(html).querySelector('input[name=email]')!.getAttribute('value')!;
    expect(value).toMatch(/@gmial\.com$/);
    expect(value).not.toContain('durand');
  });

  it('removes scripts, handlers, javascript: links and comments', () => {
    const doc = parse(
      '<html><head><script>x()</script></head><body onload="x()"><!-- CLI00042 DURAND --><a href="javascript:x()" onclick="x()">lien</a></body></html>',
    );
    const html = captureDocument(doc, { settings, today: DEMO_TODAY, url: DEMO_ORIGIN });
    expect(html).not.toMatch(/<script|onload|onclick|javascript:|DURAND/);
  });

  it('inlines a same-origin frame, anonymised with the pseudonyms of the page, into srcdoc', () => {
    const outer = loadDemoPage('cadre-client.html');
    const inner = loadDemoPage('client-definition-cadre.html');
    document.documentElement.innerHTML = new DOMParser()
      .parseFromString(outer.html, 'text/html')
      .documentElement.innerHTML.replace(/<iframe[^>]*>/, '<iframe id="f">');
    const frame = document.getElementById('f') as HTMLIFrameElement;
    const fdoc = frame.contentDocument!;
    fdoc.open();
    fdoc.write(inner.html);
    fdoc.close();
    const html = captureDocument(document, {
      settings,
      today: DEMO_TODAY,
      url: `${DEMO_ORIGIN}/${outer.file}`,
    });
    const srcdoc = parse(html).querySelector('iframe')!.getAttribute('srcdoc')!;
    const innerUrl = `${DEMO_ORIGIN}/${inner.file}`;
    const before = findingsOf(parse(inner.html), innerUrl);
    const after = findingsOf(parse(srcdoc), innerUrl);
    expect(after.page).toBe('client.definition');
    expect(after.findings).toEqual(before.findings);
    for (const { value, vocabulary } of personalValues(parse(inner.html), innerUrl))
      if (!vocabulary) expect(html).not.toContain(value);
  });

  it('anonymises a page and its frames with the same pseudonyms', () => {
    const ps = new Pseudonyms('s');
    const a = parse(loadDemoPage('client-definition-conforme.html').html);
    const b = parse(loadDemoPage('client-documents-conforme.html').html);
    anonymizeDocument(a, ps, { settings, today: DEMO_TODAY, url: DEMO_ORIGIN });
    anonymizeDocument(b, ps, { settings, today: DEMO_TODAY, url: DEMO_ORIGIN });
    const nomA = a.querySelector('input[name=nom]')!.getAttribute('value')!;
    expect(nomA).not.toBe('DURAND');
    if ((b.title ?? '').length) expect(b.title).not.toContain('DURAND');
  });
});
