/**
 * The always-injected part, wired by `entrypoints/content.ts`: recognise the page cheaply, read it,
 * hand the record to the dossier store (background), judge it with its dossier, mark the fields and
 * rows, and hand the result to the overlay UI (injected only once a page is recognised). Re-reads on
 * DOM changes (debounced, batched), on input/change, and when another tab updates the dossier.
 * Never throws into the page and never modifies Ogust's nodes beyond the marker attributes, one
 * stylesheet and the overlay host.
 */
import { withContractFields } from '../lib/model/contract-fields';
import { EMPTY_DOSSIER } from '../lib/model/dossier';
import type { RecordReply } from '../lib/platform/messages';
import type { ReadingEnv } from '../lib/platform/storage';
import type { PageEntity } from '../lib/model/page-findings';
import type { Finding, ListRow, PageRecord } from '../lib/model/types';
import { coversAll, diffRows, rowSignature, type RowsDelta } from '../lib/dossier/row-delta';
import { countBySeverity } from '../rules/engine';
import { judgePage } from '../rules';
import { getBridge } from './bridge';
import { OVERLAY_TAG, type Baseline } from './read/dom-text';
import { applyMarkers, applyRowMarkers, ensureStylesheet, STYLE_ID } from './markers';
import { readDocument } from './read/page-reader';
import { mayBeRecognised } from './read/recognize';

export interface ControllerDeps {
  doc: Document;
  loadEnv(): Promise<ReadingEnv>;
  watchEnv(onChange: () => void): () => void;
  /** Another tab changed the dossier store. */
  watchDossiers(onChange: () => void): () => void;
  /**
   * Merge the record into the dossier store; answers with the page's findings (null when
   * unavailable). A list's rows may go as a change to the frame's last ones (`rows`).
   */
  sendRecord(record: PageRecord, rows?: { rowsId: string; rows?: RowsDelta }): Promise<RecordReply | null>;
  /** Ask the background to inject the overlay UI into this frame. */
  requestOverlay(): void;
  /** Side panel: hand the page's findings to the background, for the entity the store named. */
  sendFindings?(entity: PageEntity, record: PageRecord, findings: readonly Finding[]): void;
  /** The settings could not be had, even after asking again: tell the person (content-scripts/notice.ts). */
  cannotWork?(): void;
  /** They came after all (the settings changed since): take back what `cannotWork` said. */
  worksAgain?(): void;
}

/** Delay after DOM mutations, and after typing (a correction must clear its finding quickly). */
const MUTATION_DELAY_MS = 120;
const INPUT_DELAY_MS = 30;
/** Longest wait for the dossier store's answer. */
const STORE_TIMEOUT_MS = 3000;
/**
 * Waits before asking for the settings again when the background gave no answer (its service
 * worker restarting, the extension being updated): three more tries over 7.5 s.
 */
const ENV_RETRY_MS = [500, 2000, 5000];
const WATCHED_ATTRIBUTES = [
  'value',
  'selected',
  'checked',
  'class',
  'aria-selected',
  'hidden',
  'style',
  'disabled',
];

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return (
    !!el && (el.tagName.toLowerCase() === OVERLAY_TAG || el.id === STYLE_ID || !!el.closest(OVERLAY_TAG))
  );
}

/** The page must never break because of us, and nothing read from it goes to the console: the error's kind only. */
const cannotRead = (e: unknown) =>
  console.warn('[Dossier conforme] lecture impossible', e instanceof Error ? e.name : 'erreur');

export function startController(deps: ControllerDeps): { stop(): void; scan(): Promise<void> } {
  const { doc } = deps;
  performance.mark('oc:start');
  const bridge = getBridge();
  let env: ReadingEnv | null = null;
  let marked = new Set<Element>();
  let markedRows = new Set<Element>();
  let version = 0;
  /** A scan is running (it awaits the dossier store); triggers meanwhile ask for one more scan after it. */
  let running = false;
  let again = false;
  let overlayRequested = false;
  /** The dossier store's last answer for this frame. */
  let lastReply: RecordReply | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Infinity;
  let stopped = false;
  /** What each control showed at its first read: « unsaved changes » are changes since then. */
  const baseline: Baseline = new WeakMap();

  /**
   * The rows the background last acknowledged from this frame (the base of the next delta), the
   * rest of that record as JSON, and the answer.
   */
  let sentRows: {
    id: string;
    rows: readonly ListRow[];
    rest: string;
    reply: RecordReply;
    sigs?: string[];
  } | null = null;
  let sends = 0;
  const frameToken = Math.random().toString(36).slice(2);
  /** The dossier or the settings changed since the last answer: a list read the same is judged again. */
  let stale = false;
  /** The last scan's answer is the one before, not sent again (the list read the same). */
  let unchanged = false;
  const restOf = (record: PageRecord) => JSON.stringify({ ...record, list: { ...record.list, rows: [] } });

  /**
   * Hand the record to the background: a list's rows as a change to the rows it acknowledged last
   * (lib/dossier/row-delta.ts), whole again if it lost them (service worker restarted).
   */
  const send = async (record: PageRecord): Promise<RecordReply | null> => {
    performance.mark('oc:send:start');
    const list = record.list;
    const rowsId = list ? `${frameToken}:${++sends}` : undefined;
    let sent: { record: PageRecord; rows?: RowsDelta } = { record };
    unchanged = false;
    if (list && sentRows) {
      sentRows.sigs ??= sentRows.rows.map(rowSignature);
      const parts = diffRows(sentRows.sigs, list.rows);
      // The same list as last answered (a page mutation that changed no cell): its findings stand.
      if (
        coversAll(parts, sentRows.rows.length) &&
        !stale &&
        sentRows.reply.findings &&
        restOf(record) === sentRows.rest
      ) {
        performance.measure('oc:send', 'oc:send:start');
        unchanged = true;
        return sentRows.reply;
      }
      sent = { record: { ...record, list: { ...list, rows: [] } }, rows: { base: sentRows.id, parts } };
    }
    stale = false;
    const pending = deps.sendRecord(
      sent.record,
      rowsId ? { rowsId, ...(sent.rows ? { rows: sent.rows } : {}) } : undefined,
    );
    // What the page pays for sending: the delta and the message's serialisation (synchronous).
    performance.measure('oc:send', 'oc:send:start');
    const reply = await pending;
    if (reply?.rowsUnknown) {
      if (!sent.rows) return null;
      sentRows = null;
      return send(record);
    }
    if (list && rowsId && reply?.rowsId === rowsId)
      sentRows = { id: rowsId, rows: list.rows, rest: restOf(record), reply };
    return reply;
  };

  const clear = () => {
    if (!bridge.state && !marked.size && !markedRows.size) return;
    marked = applyMarkers(new Map(), [], marked);
    markedRows = applyRowMarkers([], undefined, [], markedRows);
    bridge.publish(null);
  };

  const scan = async (): Promise<void> => {
    timer = undefined;
    dueAt = Infinity;
    if (!env || stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      performance.mark('oc:scan:start');
      const url = doc.location?.href ?? '';
      // An unrelated frame (menus, dashboard) stops at a check of its text, before any walk.
      const read = mayBeRecognised(doc, env.settings, url)
        ? readDocument(doc, env.settings, url, baseline)
        : null;
      if (!read) {
        clear();
        // What an unrelated frame pays: recognition only.
        performance.measure('oc:scan', 'oc:scan:start');
        return;
      }
      const { page } = read;
      performance.measure('oc:read', 'oc:scan:start');
      // The overlay UI loads while the background judges (a list page waits for its findings).
      if (!bridge.overlayLoaded && !overlayRequested) {
        overlayRequested = true;
        performance.mark('oc:overlay-requested');
        deps.requestOverlay();
      }
      /** Judge on the page: a fiche's correction at once, or when the background gave no findings. */
      const judgeHere = (reply: RecordReply | null) => {
        performance.mark('oc:judge:start');
        const record = withContractFields(read.record, reply?.contractFields);
        const findings = judgePage(record, env!.settings, env!.today, {
          dossier: reply?.view ?? EMPTY_DOSSIER,
        });
        performance.measure('oc:judge', 'oc:judge:start');
        return findings;
      };
      const show = (findings: Finding[], reply: RecordReply | null) => {
        performance.mark('oc:mark:start');
        marked = applyMarkers(read.elements, findings, marked);
        markedRows = applyRowMarkers(read.rowElements, read.record.list?.key, findings, markedRows);
        performance.measure('oc:mark', 'oc:mark:start');
        ensureStylesheet(doc);
        bridge.publish({
          page,
          findings,
          elements: read.elements,
          rows: read.rowElements,
          counts: countBySeverity(findings),
          ...(reply?.storeError ? { storeError: reply.storeError } : {}),
          version: ++version,
        });
      };
      // A correction shows at once on a fiche: judge with the dossier as last received, then show
      // the background's findings (a list page waits: it is judged off the page).
      if (lastReply && !read.record.list) show(judgeHere(lastReply), lastReply);
      performance.mark('oc:store:start');
      // Without an answer in time (background restarting), judge the page alone rather than wait.
      const reply = await Promise.race([
        send(read.record).catch(() => null),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), STORE_TIMEOUT_MS)),
      ]);
      performance.measure('oc:store', 'oc:store:start');
      if (stopped) return;
      if (reply) lastReply = reply;
      // No answer (in time): the next read of the same list is sent again.
      else stale = true;
      const judged = reply && Array.isArray(reply.findings) ? reply.findings : null;
      show(judged ?? judgeHere(reply ?? lastReply), reply ?? lastReply);
      if (reply?.entity && !unchanged)
        deps.sendFindings?.(reply.entity, read.record, bridge.state?.findings ?? []);
      performance.measure('oc:scan', 'oc:scan:start');
    } catch (e) {
      cannotRead(e);
    } finally {
      running = false;
      if (again && !stopped) {
        again = false;
        schedule(0);
      }
    }
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    const at = Date.now() + delay;
    if (timer !== undefined && at >= dueAt) return;
    if (timer !== undefined) clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(() => void scan(), delay);
  };

  /** A mutation of the page itself, not one of ours (our overlay host, our stylesheet, inside them). */
  const isPageMutation = (r: MutationRecord) => {
    if (isOurs(r.target)) return false;
    if (r.type !== 'childList') return true;
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return !nodes.length || !nodes.every(isOurs);
  };
  const observer = new MutationObserver((records) => {
    if (records.some(isPageMutation)) schedule(MUTATION_DELAY_MS);
  });
  const onInput = (e: Event) => {
    if (e.target instanceof Node && isOurs(e.target)) return;
    schedule(INPUT_DELAY_MS);
  };

  let envRetry: ReturnType<typeof setTimeout> | undefined;
  /** `cannotWork` was said and not taken back yet. */
  let saidCannotWork = false;
  /** The settings, then a scan; asked again (ENV_RETRY_MS) while the background does not answer. */
  const reload = (attempt = 0): Promise<void> => {
    clearTimeout(envRetry);
    performance.mark('oc:env:start');
    return deps.loadEnv().then(
      (e) => {
        performance.measure('oc:env', 'oc:env:start');
        env = e;
        stale = true;
        if (saidCannotWork) {
          saidCannotWork = false;
          deps.worksAgain?.();
        }
        return scan();
      },
      (e) => {
        const wait = ENV_RETRY_MS[attempt];
        if (stopped) return;
        if (wait === undefined) {
          cannotRead(e);
          saidCannotWork = true;
          return deps.cannotWork?.();
        }
        envRetry = setTimeout(() => void reload(attempt + 1), wait);
      },
    );
  };

  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  const listening = new AbortController();
  doc.addEventListener('input', onInput, { capture: true, signal: listening.signal });
  doc.addEventListener('change', onInput, { capture: true, signal: listening.signal });
  const unwatch = deps.watchEnv(() => void reload());
  const unwatchDossiers = deps.watchDossiers(() => {
    stale = true;
    if (bridge.state) schedule(MUTATION_DELAY_MS);
  });
  void reload();

  return {
    scan,
    stop() {
      stopped = true;
      observer.disconnect();
      listening.abort();
      unwatch();
      unwatchDossiers();
      if (timer !== undefined) clearTimeout(timer);
      clearTimeout(envRetry);
    },
  };
}
