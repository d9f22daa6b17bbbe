import { defineConfig, type WxtViteConfig } from 'wxt';

type PluginOption = NonNullable<WxtViteConfig['plugins']>[number];
import tailwindcss from '@tailwindcss/vite';
import remToPx from 'postcss-rem-to-responsive-pixel';
import { OGUST_MATCHES } from './lib/model/hosts';

export default defineConfig({
  // OC_OUT_DIR: a separate output folder, so several builds (tests, bench, test-only build) don't collide.
  outDir: process.env.OC_OUT_DIR ?? '.output',
  // `npm run zip`: Chrome and Firefox packages, named from package.json's name and version, and the
  // Firefox sources zip for the review. Sources: an explicit allowlist (everything else is excluded:
  // no .tmp, demo, demo-output, .output*, node_modules, tests, test-results); tests/unit/zip.test.ts
  // checks the entries.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'SECURITY.md',
      'entrypoints/**',
      'components/**',
      'content-scripts/**',
      'background/**',
      'procedure/**',
      'lib/**',
      'rules/**',
      'public/**',
      '!**/*.test.ts',
      '!**/*.test.tsx',
    ],
    excludeSources: ['**/*'],
  },
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Dossier conforme',
    description:
      'Vérifie les dossiers clients dans Ogust : champs manquants ou erronés, checklist, appel et tâches.',
    default_locale: undefined,
    // Least privilege: see docs/permissions.md for one line of justification per entry.
    permissions: [
      'storage',
      'scripting',
      // Appointment reminders (side panel, Rendez-vous view).
      'alarms',
      'notifications',
      // The toolbar icon's menu: « Dossiers en cours » (no install warning).
      browser === 'firefox' ? 'menus' : 'contextMenus',
      // Chrome caps storage.local at 10 MB without it; a month of dossiers needs more (docs/permissions.md).
      // Firefox's storage.local has no such cap.
      ...(browser === 'firefox' ? [] : ['sidePanel', 'unlimitedStorage']),
    ],
    // OC_TEST_HOSTS=1 (test-only build, its own out dir): the demo Unaide Connect host granted at
    // install, so the autofill browser test needs no permission prompt. Never in a release build.
    host_permissions: process.env.OC_TEST_HOSTS
      ? [...OGUST_MATCHES, 'https://*.unaide-connect.fr/*']
      : OGUST_MATCHES,
    // Admin-added hosts (another Ogust domain, Unaide Connect): nothing is granted until the options
    // page asks for that one host in a click (docs/permissions.md).
    optional_host_permissions: ['https://*/*'],
    // Enterprise policy (docs/policy.md); Firefox reads policies.json and ignores this key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    action: { default_title: 'Dossier conforme' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dossier-conforme@unaide-a-domicile.fr',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    // OC_NO_MINIFY=1: readable function names in CPU profiles (never for a release).
    ...(process.env.OC_NO_MINIFY ? { build: { minify: false } } : {}),
    // WXT bundles with its own Vite; Tailwind's plugin is typed against the project's (Vitest's) Vite.
    plugins: [tailwindcss() as unknown as PluginOption],
    css: {
      postcss: {
        // The overlay lives in a shadow root on Ogust pages: rem would follow Ogust's root font size.
        plugins: [remToPx({ rootValue: 16, propList: ['*'], transformUnit: 'px' })],
      },
    },
  }),
});
