/** @vitest-environment jsdom */
import { cleanup, fireEvent, render } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALL_KEYS } from '../../../procedure/call/script';
import { EMPTY_ENTRY } from '../../../lib/notes/notes';
import { CallView } from '../call/CallView';
import { durand, Harness } from '../../../tests/support/tasks-harness';
import { TasksView } from './TasksView';

vi.mock('wxt/browser', () => ({ browser: {} }));
afterEach(cleanup);

async function violations(): Promise<string[]> {
  // jsdom has no layout: colour contrast cannot be computed there.
  const r = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// axe-core walks every node of thirteen cards in jsdom: seconds, not milliseconds.
describe('accessibility (axe-core)', { timeout: 30_000 }, () => {
  it('Appel, with the AICI readiness and the résumé open', async () => {
    render(
      <Harness dossier={durand()} notes={{ ...EMPTY_ENTRY, call: { [CALL_KEYS.demandeAici]: 'oui' } }}>
        <main>
          <CallView />
        </main>
      </Harness>,
    );
    fireEvent.click(document.querySelector('[data-oc-call-summary-button]')!);
    expect(await violations()).toEqual([]);
  });

  it('Tâches', async () => {
    render(
      <Harness dossier={durand()}>
        <main>
          <TasksView />
        </main>
      </Harness>,
    );
    expect(await violations()).toEqual([]);
  });
});
