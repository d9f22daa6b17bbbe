/**
 * The one typed messaging layer between content scripts, the overlay, the panel, the extension's
 * pages and the background: every message (`Message`), the reply each one gets (`Replies`), and the
 * only calls that send or answer them (`sendToBackground`, `sendToTab`, `onMessages`), so no call
 * site casts a reply. On the wire a message is the plain object `{ type: 'oc:…', … }`.
 */
import { browser } from 'wxt/browser';
import type { DossierView, FieldValues } from '../model/dossier';
import type { PageEntity, StoredFinding } from '../model/page-findings';
import type { Finding, PageKey, PageRecord } from '../model/types';
import type { RowsDelta } from '../dossier/row-delta';
import type { PageRead, PanelFinding, PanelState } from '../dossier/panel-state';
import { onBrowserEvent } from './events';
import type { ReadingEnv } from './storage';
import { resolveToday } from '../time/clock';

export type Message =
  /** A content script recognised a page in its frame: inject the overlay UI into that frame. */
  | { type: 'oc:load-overlay' }
  /**
   * A content script asks for the settings and today: the background keeps them parsed in memory
   * (lib/platform/storage.ts `cachedReadingEnv`), so the script injected in every Ogust frame carries
   * no settings schema and reads no storage (docs/performance.md).
   */
  | { type: 'oc:env' }
  /** The inspector was opened in a frame: inject its UI there (loaded only when an admin opens it). */
  | { type: 'oc:load-inspector' }
  /** Background → content scripts: settings (`env`) or dossier data (`dossiers`) changed (lib/platform/change-notices.ts). */
  | { type: 'oc:changed'; kind: 'env' | 'dossiers' }
  /** The summary pill asks to open the side panel (Chrome: must stay synchronous in the handler). */
  | { type: 'oc:open-panel' }
  /**
   * A page was read: merge it into the dossier store, judge it there and answer with its findings.
   * A list's rows go as `rows`, a change to the frame's last rows the background acknowledged
   * (`record.list.rows` then empty; lib/dossier/row-delta.ts); `rowsId` names the rows of this send.
   */
  | { type: 'oc:record'; record: PageRecord; rowsId?: string; rows?: RowsDelta }
  /** « Effacer toutes les données » (extension pages only): dossiers and notes; settings are kept. */
  | { type: 'oc:clear-all' }
  /** « Effacer les dossiers de plus de N jours » (extension pages only): frees space after a failed write. */
  | { type: 'oc:purge-older'; days: number }
  /** The findings of a judged page (content script → background), kept for the side panel. */
  | { type: 'oc:findings'; entity: PageEntity; page: PageKey; url: string; findings: StoredFinding[] }
  /** The side panel asks what to show for a tab (optionally another client of the AVS shown). */
  | { type: 'oc:panel-state'; tabId: number; client?: string }
  /** Toggle the inspector in the tab's Ogust frames (side panel button; the overlay is loaded if needed). */
  | { type: 'oc:inspector'; open?: boolean }
  /** The side panel asks a tab to scroll to and flash the first of these fields shown. */
  | { type: 'oc:reveal'; fields: string[]; rules?: string[] }
  /**
   * « Lire les onglets non lus » for the dossier a tab shows (the panel names the tab; the page's
   * summary sends it from the tab itself), or `stop` it (background/read-unseen-service.ts).
   */
  | { type: 'oc:read-unseen'; tabId?: number; client?: string; stop?: boolean }
  /** Background → the tab's top Ogust document: the links it shows (content-scripts/unseen-frame.ts). */
  | { type: 'oc:links' }
  /** Background → the tab's top Ogust document: load this same-origin address in the hidden frame. */
  | { type: 'oc:frame-open'; url: string }
  /** Background → the tab's top Ogust document: remove the hidden frame, answering with its links. */
  | { type: 'oc:frame-close' }
  /** « Dossiers en cours » / the report (extension pages) ask for every dossier, or one (procedure/dossier-list.ts). */
  | { type: 'oc:dossiers'; client?: string };

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

export interface RecordReply {
  /**
   * The dossier the page is judged with: for a fiche, which judges a correction at once with it;
   * absent for a list page (every row of the dossier would travel back), judged by the background.
   */
  view?: DossierView;
  /** The page's findings, judged by the background from the same record, settings, day and dossier. */
  findings?: Finding[];
  /** The background holds the rows of this send under the `rowsId` sent (the base of the next delta). */
  rowsId?: string;
  /** The delta's base is not known here (background restarted): send the rows whole. */
  rowsUnknown?: true;
  /** Which entity the page belongs to, and where its findings are kept (side panel). */
  entity?: PageEntity;
  /** For a contract window: the contract's fields read on its other tabs. */
  contractFields?: FieldValues;
  /** Storing failed (French, with what to do): shown in the page summary (lib/i18n/storage.ts). */
  storeError?: string;
}

/** A link seen on a page: in its tab strip (`tab`) or elsewhere (a person's name in a list). */
export interface SeenLink {
  /** The link's text as shown (spaces folded). */
  text: string;
  /** Absolute same-origin address (GET); absent for a script-driven tab. */
  url?: string;
  tab: boolean;
  /** A tab Ogust opens by script: no address to follow. */
  scripted?: boolean;
}

/** The links of one page, by the page's address. */
export interface PageLinks {
  url: string;
  links: SeenLink[];
}

/** The hidden frame of « Lire les onglets non lus » once asked to load an address. */
export interface FrameOpened {
  /** The frame holds a same-origin Ogust document (false: refused by the page, or not loaded in time). */
  loaded: boolean;
  /** Its address once loaded (after any redirect). */
  url?: string;
}

/** What the background sends for one dossier (`oc:dossiers`). */
export interface DossierData {
  /** Store key of the client (also the notes key). */
  key: string;
  /** The client's last activity (ms): retention counts from it. */
  lastActivity: number;
  dossier: DossierView;
  findings: PanelFinding[];
  pagesRead: PageRead[];
}

export interface DossiersReply {
  dossiers: DossierData[];
}

/**
 * The protocol map: the reply each message gets from the listener that answers it (`void`: nobody
 * answers). A sender may also get `undefined`: no listener answered (a message refused to a content
 * script, a frame that does not hold the field).
 */
export interface Replies {
  'oc:load-overlay': void;
  'oc:env': ReadingEnv;
  'oc:load-inspector': void;
  'oc:changed': void;
  'oc:open-panel': void;
  'oc:record': RecordReply;
  /** Rejects when storage refused the removal. */
  'oc:clear-all': void;
  /** False when the store could not be written. */
  'oc:purge-older': boolean;
  'oc:findings': void;
  'oc:panel-state': PanelState;
  'oc:inspector': void;
  /** Only the frame that holds one of the fields answers (`true`); the others stay silent. */
  'oc:reveal': true;
  'oc:read-unseen': void;
  'oc:links': PageLinks[];
  'oc:frame-open': FrameOpened;
  'oc:frame-close': PageLinks | null;
  'oc:dossiers': DossiersReply;
}

export type ReplyOf<T extends MessageType> = Replies[T];

export function isMessage(m: unknown): m is Message {
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof (m as { type?: unknown }).type === 'string' &&
    (m as { type: string }).type.startsWith('oc:')
  );
}

/** To the background (from a content script, the overlay or an extension page). */
export function sendToBackground<M extends Message>(msg: M): Promise<ReplyOf<M['type']> | undefined> {
  return browser.runtime.sendMessage(msg) as Promise<ReplyOf<M['type']> | undefined>;
}

/** To a tab's content scripts: every frame, or only `frameId` (0: the top document). */
export function sendToTab<M extends Message>(
  tabId: number,
  msg: M,
  frameId?: number,
): Promise<ReplyOf<M['type']> | undefined> {
  const sent =
    frameId === undefined
      ? browser.tabs.sendMessage(tabId, msg)
      : browser.tabs.sendMessage(tabId, msg, { frameId });
  return sent as Promise<ReplyOf<M['type']> | undefined>;
}

/** Who sent a message (the fields we read). */
export interface Sender {
  tab?: { id?: number; windowId?: number; url?: string };
  frameId?: number;
  url?: string;
}

/**
 * A handler per message type. Its promise is the reply; `undefined` leaves the message to another
 * listener or frame (the browser gives the sender the first reply). Called synchronously, so a
 * handler can still use the sender's user gesture (Chrome's `sidePanel.open`).
 */
export type Handlers = {
  [T in MessageType]?: (msg: MessageOf<T>, sender: Sender) => Promise<ReplyOf<T>> | undefined;
};

/** Answer our messages in this context until `signal` aborts. */
export function onMessages(handlers: Handlers, signal?: AbortSignal): void {
  onBrowserEvent(
    browser.runtime.onMessage,
    (m: unknown, sender: Sender) => {
      if (!isMessage(m)) return undefined;
      const handle = handlers[m.type] as
        ((msg: Message, sender: Sender) => Promise<unknown> | undefined) | undefined;
      return handle?.(m, sender);
    },
    signal,
  );
}

/**
 * The reading env of an Ogust frame, from the background (`oc:env`). Its day also becomes this
 * context's `clock.today()` (lib/time/clock.ts), as reading it from storage did. Rejects when the
 * background gave no answer.
 */
export async function requestReadingEnv(): Promise<ReadingEnv> {
  const env = await sendToBackground({ type: 'oc:env' });
  if (!env?.settings || typeof env.today !== 'string') throw new Error('oc:env sans réponse');
  return { settings: env.settings, today: resolveToday(env.today) };
}
