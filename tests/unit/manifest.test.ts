/**
 * Least privilege, in the built manifests (Chrome MV3 and Firefox MV3; `npm test` builds both): no
 * permission or host beyond the allowlist below (docs/permissions.md says why each one is there),
 * host permissions for Ogust only, a strict extension CSP, no update URL, and in the built code no
 * `eval`, no `new Function`, no remote script or stylesheet.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = resolve(import.meta.dirname, '../..', process.env.OC_OUT_DIR ?? '.output');
const TARGETS = ['chrome-mv3', 'firefox-mv3'] as const;
type Target = (typeof TARGETS)[number];

/** Every permission a build may ask for. Anything else fails the test: add it here AND to docs/permissions.md. */
const PERMISSIONS: Record<Target, Record<string, string>> = {
  'chrome-mv3': {
    storage: 'settings, dossier store (projection), notes — on the machine only',
    scripting: 'inject the overlay into a recognised Ogust frame; register the content script on extra hosts',
    sidePanel: 'the side panel (Chrome)',
    alarms: 'appointment reminders and the periodic retention purge',
    notifications: 'the appointment reminder (never NIR, IBAN or health data)',
    contextMenus: 'the toolbar icon menu: « Dossiers en cours » (no install warning)',
    unlimitedStorage: 'storage.local beyond 10 MB: a month of dossiers (50–200) (no install warning)',
  },
  'firefox-mv3': {
    storage: 'same as Chrome',
    scripting: 'same as Chrome',
    alarms: 'same as Chrome',
    notifications: 'same as Chrome',
    menus: 'the toolbar icon menu (the Firefox name of contextMenus)',
  },
};
/** Permissions a build must ask for (the extension does not work without them). */
const REQUIRED = ['storage', 'scripting'];
/** Optional API permissions, granted by the user at run time: none so far. */
const OPTIONAL_PERMISSIONS: string[] = [];
/** The only host the extension gets at install. */
const HOSTS = ['https://*.ogust.com/*'];
/**
 * Optional hosts, requested one by one when the user adds them in the settings (Unaide Connect, an
 * agency's Ogust on another domain): never granted at install.
 */
const OPTIONAL_HOSTS = ['https://*.unaide-connect.fr/*', 'https://*/*'];
/** Manifest keys that may appear at all (no externally_connectable, no update_url, no web_accessible_resources…). */
const KEYS = new Set([
  'manifest_version',
  'name',
  'description',
  'version',
  'version_name',
  'default_locale',
  'icons',
  'action',
  'permissions',
  'host_permissions',
  'optional_permissions',
  'optional_host_permissions',
  'background',
  'side_panel',
  'sidebar_action',
  'options_ui',
  'options_page',
  'content_scripts',
  'content_security_policy',
  'storage',
  'browser_specific_settings',
  'minimum_chrome_version',
  'commands',
]);

// A manifest as read from JSON: any shape, each test checks what it needs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = Record<string, any>;

function manifestOf(target: Target): Manifest {
  const file = join(OUT, target, 'manifest.json');
  if (!existsSync(file))
    throw new Error(
      `${file} absent : lancez \`npx wxt build\` et \`npx wxt build -b firefox --mv3\` (npm test le fait).`,
    );
  return JSON.parse(readFileSync(file, 'utf8'));
}

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesOf(p) : [p];
  });
}

describe.each(TARGETS)('built %s manifest', (target) => {
  const m = () => manifestOf(target);

  it('asks only for allowlisted permissions, and for the required ones', () => {
    const perms: string[] = m().permissions ?? [];
    for (const p of perms) expect(Object.keys(PERMISSIONS[target]), `permission « ${p} »`).toContain(p);
    for (const p of REQUIRED) expect(perms).toContain(p);
    for (const p of m().optional_permissions ?? []) expect(OPTIONAL_PERMISSIONS, p).toContain(p);
  });

  it('gets Ogust hosts only at install; other hosts only as optional, allowlisted', () => {
    expect(m().host_permissions).toEqual(HOSTS);
    for (const h of m().optional_host_permissions ?? []) expect(OPTIONAL_HOSTS, h).toContain(h);
    const all = JSON.stringify(m());
    expect(all).not.toContain('<all_urls>');
    expect(all).not.toMatch(/"(\*|http:\/\/\*\/\*|\*:\/\/\*\/\*)"/);
  });

  it('has no unexpected key (no update URL, no externally connectable, no web-accessible resources)', () => {
    for (const k of Object.keys(m())) expect([...KEYS], `clé « ${k} »`).toContain(k);
  });

  it('runs its content script on Ogust only, never on the non-app hosts', () => {
    const scripts: { matches: string[]; exclude_matches?: string[] }[] = m().content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const cs of scripts) {
      expect(cs.matches).toEqual(HOSTS);
      expect([...(cs.exclude_matches ?? [])].sort()).toEqual([
        'https://fr.multi.ogust.com/*',
        'https://help.ogust.com/*',
        'https://hsmt.ogust.com/*',
        'https://www.ogust.com/*',
      ]);
    }
  });

  it('keeps a strict extension CSP: none declared (the MV3 default), or one as strict', () => {
    // MV3 default: script-src 'self' 'wasm-unsafe-eval'; object-src 'self'. A declared CSP is
    // checked as strictly as that default; none declared is the default itself.
    const csp = m().content_security_policy ?? {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    };
    const pages = String(csp.extension_pages ?? '');
    const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(pages)?.[1]?.trim().split(/\s+/) ?? [];
    expect(scriptSrc.length).toBeGreaterThan(0);
    for (const s of scriptSrc) expect(["'self'", "'wasm-unsafe-eval'"], s).toContain(s);
    expect(pages).not.toMatch(/(?<!wasm-)unsafe-eval'|unsafe-inline|https?:|\*/);
    expect(csp.sandbox).toBeUndefined();
  });

  it('has the managed-settings schema in Chrome, as a file of the build; none in Firefox (policies.json)', () => {
    const schema = m().storage?.managed_schema;
    if (target === 'firefox-mv3') {
      expect(schema).toBeUndefined();
      return;
    }
    expect(schema).toBe('managed_schema.json');
    const file = join(OUT, target, String(schema));
    expect(existsSync(file), String(schema)).toBe(true);
    expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
  });

  it('declares the browser-specific parts', () => {
    if (target === 'chrome-mv3') {
      expect(m().background).toEqual({ service_worker: 'background.js' });
      expect(m().side_panel?.default_path).toBe('sidepanel.html');
    } else {
      expect(m().browser_specific_settings?.gecko?.id).toMatch(/@/);
      expect(m().browser_specific_settings?.gecko?.data_collection_permissions).toEqual({
        required: ['none'],
      });
      expect(m().sidebar_action?.default_panel).toBe('sidepanel.html');
    }
    expect(m().action).toBeDefined();
  });
});

describe.each(TARGETS)('built %s code', (target) => {
  const files = () => filesOf(join(OUT, target));

  it('has no eval, no new Function, no Function(…) in any script', () => {
    const js = files().filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(2);
    for (const f of js) {
      const code = readFileSync(f, 'utf8');
      const hit = /.{0,40}(\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\().{0,40}/.exec(code);
      expect(hit?.[0], f).toBeUndefined();
    }
  });

  it('loads no remote code: no http(s) script, stylesheet, font or import in html, css or js', () => {
    for (const f of files()) {
      const text = readFileSync(f, 'utf8');
      if (f.endsWith('.html')) {
        expect(text, f).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
        expect(text, f).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
      }
      if (f.endsWith('.css')) expect(text, f).not.toMatch(/(@import|url\()\s*["']?(https?:)?\/\//i);
      if (f.endsWith('.js')) {
        expect(text, f).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
        expect(text, f).not.toMatch(/importScripts\s*\(/);
      }
    }
  });
});

describe.each(TARGETS)('built %s content script', (target) => {
  it('carries no settings schema: the background sends the settings parsed (docs/performance.md)', () => {
    const code = readFileSync(join(OUT, target, 'content-scripts/content.js'), 'utf8');
    // zod keeps its class names as strings: a schema built in the bundle leaves them there.
    expect(code).not.toMatch(/Zod(Mini)?(Object|Array|String|Record)\b/);
    expect(code).toMatch(/oc:env/);
  });
});

describe('docs/permissions.md', () => {
  it('justifies every allowlisted permission and host', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/permissions.md'), 'utf8');
    const all = [
      ...new Set([...Object.values(PERMISSIONS).flatMap((p) => Object.keys(p)), ...HOSTS, ...OPTIONAL_HOSTS]),
    ];
    for (const p of all) expect(doc, p).toContain(`\`${p}\``);
  });
});

describe('source code', () => {
  /** The only console calls allowed: each logs a fixed text and at most an error's type. */
  const ALLOWED_CONSOLE = [
    "console.warn('[Dossier conforme] lecture impossible', e instanceof Error ? e.name : 'erreur')",
  ];

  it('writes nothing read from the page to the console (no NIR, IBAN or name can reach a log)', () => {
    const ROOT = resolve(import.meta.dirname, '../..');
    const sources = [
      'lib',
      'content-scripts',
      'components',
      'entrypoints',
      'rules',
      'procedure',
      'background',
    ]
      .flatMap((d) => filesOf(join(ROOT, d)))
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
    const calls = sources.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/console\.\w+\((?:[^()]|\([^()]*\))*\)/g)].map((m) => ({
        file: f.slice(ROOT.length + 1),
        call: m[0].replace(/\s+/g, ' '),
      })),
    );
    expect(calls.filter((c) => !ALLOWED_CONSOLE.includes(c.call))).toEqual([]);
  });
});
