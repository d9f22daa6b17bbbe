/**
 * Errors ignored on purpose, each helper named for why (`promise.catch(ignoreClosed)`). Only what
 * changes nothing for the person may be ignored: a failed write of their work, or a permission the
 * browser refused, is never caught here — it reaches them in French (lib/i18n/).
 */

const ignore = (_error: unknown): undefined => undefined;

/**
 * The tab or frame has no content script of ours to answer: not an Ogust page, not loaded yet, or a
 * page the extension does not read (« Could not establish connection. Receiving end does not exist »).
 */
export const ignoreNoReceiver = ignore;

/** The tab, frame or helper tab went away meanwhile (closed, navigated): nothing is left to act on. */
export const ignoreClosed = ignore;

/**
 * The extension was reloaded or updated under an open page (« Extension context invalidated »): this
 * orphaned content script can no longer reach the background; the page keeps working without us.
 */
export const ignoreExtensionReloaded = ignore;

/** This browser lacks the API or the option (Firefox: no `sidePanel`; an older `storage.session`). */
export const ignoreUnsupported = ignore;

/**
 * A copy in `storage.session`, kept so a restarted service worker finds what it had in memory: the
 * memory copy is the truth now, losing the session copy only costs that restart.
 */
export const ignoreSessionCopy = ignore;

/** Done again at the next occasion (next start, next change, next page read); no one waits for it. */
export const ignoreRetriedLater = ignore;

/**
 * The failure is already shown to the person where it matters (a note or tick marked « non
 * enregistré », retried by the notes store; the storage banner): a second report would say it twice.
 */
export const ignoreAlreadyShown = ignore;

/** A removal that failed leaves unused data behind (a body no index names): nothing reads it. */
export const ignoreLeftover = ignore;

/** A convenience that changes nothing when it fails (focusing a window, opening the options page at install). */
export const ignoreNicety = ignore;
