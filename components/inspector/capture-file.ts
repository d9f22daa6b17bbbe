/**
 * « Capturer la page (anonymisée) »: the page's anonymised copy (content-scripts/inspector/capture.ts)
 * headed by the rule ids it gave, named after its page kind and today, and saved as a file.
 */
import { captureDocument } from '../../content-scripts/inspector/capture';
import type { Finding } from '../../lib/model/types';
import type { ReadingEnv } from '../../lib/platform/storage';

/** The capture's file name and HTML. `findings`: the page's, those from other pages are left out. */
export function capturePage(
  doc: Document,
  env: ReadingEnv,
  url: string,
  findings: readonly Finding[],
  page: string | null | undefined,
): { name: string; html: string } {
  const own = findings.filter((f) => !f.source);
  const ids = (info: boolean) =>
    [...new Set(own.filter((f) => (f.severity === 'info') === info).map((f) => f.rule))].sort().join(' ');
  const html = captureDocument(doc, {
    settings: env.settings,
    today: env.today,
    url,
    seed: `${url}#${Date.now()}`,
    header: [`oc-expect: ${ids(false)}`, `oc-expect-info: ${ids(true)}`],
  });
  const name = `ogust-${(page ?? 'page').replace('.', '-')}-${env.today}.html`;
  return { name, html };
}

/** Save a file the browser's way: a Blob URL on an `<a download>` clicked inside `host`. */
export function downloadFile(name: string, html: string, host: Element | null) {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  (host ?? document.body).appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
