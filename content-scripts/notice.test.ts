// @vitest-environment jsdom
/** The notice shown when the extension cannot work in a page: text only, one per document, closable. */
import { afterEach, describe, expect, it } from 'vitest';
import { hideNotice, NOTICE_TAG, showNotice } from './notice';

afterEach(() => {
  document.body.innerHTML = '';
});

const shown = () => document.querySelectorAll(NOTICE_TAG);

describe('showNotice', () => {
  it('shows the French text as an alert, as text, once however often it is asked', () => {
    showNotice(document, 'Réglages illisibles : <b>rechargez</b> la page.', 'Fermer');
    showNotice(document, 'Un autre message', 'Fermer');
    expect(shown()).toHaveLength(1);
    const alert = shown()[0]!.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelector('p')!.textContent).toBe('Réglages illisibles : <b>rechargez</b> la page.');
    expect(alert.querySelector('b')).toBeNull();
  });

  it('goes when the person closes it', () => {
    showNotice(document, 'Réglages illisibles', 'Fermer');
    const button = shown()[0]!.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('Fermer');
    button.click();
    expect(shown()).toHaveLength(0);
  });

  it('is taken back by hideNotice, which does nothing when there is none', () => {
    hideNotice(document);
    showNotice(document, 'Réglages illisibles', 'Fermer');
    hideNotice(document);
    expect(shown()).toHaveLength(0);
  });
});
