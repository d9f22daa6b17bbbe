/**
 * Least privilege: the built Chrome manifest asks for exactly the permissions of docs/permissions.md.
 * `npm test` builds the extension before running the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const MANIFEST = resolve(
  import.meta.dirname,
  '../..',
  process.env.OC_OUT_DIR ?? '.output',
  'chrome-mv3/manifest.json',
);

describe('built Chrome manifest', () => {
  it('exists (run `npx wxt build` first; `npm test` does)', () => {
    expect(existsSync(MANIFEST)).toBe(true);
  });

  const manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {};

  it('asks only for the allowlisted permissions and hosts', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['scripting', 'sidePanel', 'storage']);
    expect(manifest.host_permissions).toEqual(['https://*.ogust.com/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('runs its content script in every Ogust frame, never on the non-app hosts', () => {
    const [cs] = manifest.content_scripts ?? [];
    expect(cs.matches).toEqual(['https://*.ogust.com/*']);
    expect(cs.all_frames).toBe(true);
    expect([...cs.exclude_matches].sort()).toEqual([
      'https://fr.multi.ogust.com/*',
      'https://help.ogust.com/*',
      'https://hsmt.ogust.com/*',
      'https://www.ogust.com/*',
    ]);
  });

  it('has a toolbar action and the side panel, and no remote code in its CSP', () => {
    expect(manifest.action).toBeDefined();
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
  });
});
