import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import remToPx from 'postcss-rem-to-responsive-pixel';
import { OGUST_MATCHES } from './lib/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Dossier conforme',
    description:
      'Vérifie les dossiers clients dans Ogust : champs manquants ou erronés, checklist, appel et tâches.',
    default_locale: undefined,
    // Least privilege: see docs/permissions.md for one line of justification per entry.
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: OGUST_MATCHES,
    action: { default_title: 'Dossier conforme' },
  }),
  vite: () => ({
    plugins: [tailwindcss()],
    css: {
      postcss: {
        // The overlay lives in a shadow root on Ogust pages: rem would follow Ogust's root font size.
        plugins: [remToPx({ rootValue: 16, propList: ['*'], transformUnit: 'px' })],
      },
    },
  }),
});
