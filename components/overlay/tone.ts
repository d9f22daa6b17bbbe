/** Colours and order of the severities in the overlay. */
import type { Severity } from '../../lib/model/types';

export const TONE: Record<Severity, string> = {
  error: 'bg-red-50 text-red-900 border-red-700',
  warning: 'bg-amber-50 text-amber-950 border-amber-700 border-dashed',
  info: 'bg-sky-50 text-sky-950 border-sky-700 border-dotted',
};
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort comparator: errors first, then warnings, then infos. */
export const bySeverity = (a: { severity: Severity }, b: { severity: Severity }): number =>
  ORDER[a.severity] - ORDER[b.severity];
