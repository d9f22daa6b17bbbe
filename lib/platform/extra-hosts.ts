/**
 * Extra Ogust hosts (settings `extraHosts`): when an agency's Ogust runs on another domain, the same
 * content script as the manifest's is registered at run time for the hosts the user granted
 * (`scripting.registerContentScripts`, all frames). The permission itself is asked in the options
 * page's click handler (a user gesture) and removed there when the host is deleted.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../settings/settings';

/** Id of the one dynamic content script (ids starting with this prefix are ours). */
export const EXTRA_SCRIPT_ID = 'oc-extra-hosts';

export type HostPatternResult =
  { ok: true; pattern: string } | { ok: false; problem: 'empty' | 'invalid' | 'http' };

const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/**
 * A host as typed by an admin (`ogust.agence.fr`, `https://ogust.agence.fr/…`, `*.agence.fr`, or a
 * match pattern `https://*.agence.fr/*`) → the match pattern `https://<host>/*`. Only https.
 */
export function toHostPattern(input: string): HostPatternResult {
  const text = input.trim().toLowerCase();
  if (!text) return { ok: false, problem: 'empty' };
  const m = /^(?:([a-z*]+):\/\/)?([^/?#:]+)(?::\d+)?(?:[/?#].*)?$/.exec(text);
  if (!m) return { ok: false, problem: 'invalid' };
  if (m[1] && m[1] !== 'https') return { ok: false, problem: 'http' };
  const host = m[2]!;
  if (!HOST.test(host)) return { ok: false, problem: 'invalid' };
  return { ok: true, pattern: `https://${host}/*` };
}

/** Hosts the manifest's content script already covers (`*.ogust.com`): never registered twice. */
function coveredByManifest(pattern: string): boolean {
  const host = /^https:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
  return host === 'ogust.com' || host.endsWith('.ogust.com');
}

/** The hosts of the settings that are valid patterns, not Ogust's own, and whose permission was granted. */
async function grantedHosts(hosts: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const h of hosts) {
    const r = toHostPattern(h);
    if (!r.ok || out.includes(r.pattern) || coveredByManifest(r.pattern)) continue;
    if (await browser.permissions.contains({ origins: [r.pattern] }).catch(() => false)) out.push(r.pattern);
  }
  return out;
}

/**
 * Make the registered content script match the settings: registered for the granted extra hosts,
 * unregistered when there are none. Called by the background on startup and on settings change.
 * Never throws (a browser without dynamic content scripts simply has none).
 */
export async function syncExtraHosts(settings: Pick<Settings, 'extraHosts'>): Promise<string[]> {
  try {
    const scripting = browser.scripting;
    if (!scripting?.registerContentScripts) return [];
    const manifest = browser.runtime.getManifest();
    const cs = manifest.content_scripts?.[0];
    const js = cs?.js ?? [];
    const wanted = js.length ? await grantedHosts(settings.extraHosts) : [];
    const existing = await scripting.getRegisteredContentScripts();
    const ours = existing.filter((s) => s.id.startsWith(EXTRA_SCRIPT_ID));
    const current = ours.find((s) => s.id === EXTRA_SCRIPT_ID);
    if (
      ours.length === 1 &&
      current &&
      JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify([...wanted].sort())
    )
      return wanted;
    if (ours.length) await scripting.unregisterContentScripts({ ids: ours.map((s) => s.id) });
    if (wanted.length)
      await scripting.registerContentScripts([
        {
          id: EXTRA_SCRIPT_ID,
          matches: wanted,
          js,
          allFrames: true,
          runAt: (cs?.run_at as 'document_idle' | undefined) ?? 'document_idle',
        },
      ]);
    return wanted;
  } catch {
    return [];
  }
}
