/** Ogust hosts: the content script runs in every frame of the app, never on marketing/help hosts. */
export const OGUST_MATCHES = ['https://*.ogust.com/*'];
export const OGUST_EXCLUDES = [
  'https://help.ogust.com/*',
  'https://www.ogust.com/*',
  'https://fr.multi.ogust.com/*',
  'https://hsmt.ogust.com/*',
];
