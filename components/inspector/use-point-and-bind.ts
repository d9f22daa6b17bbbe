/**
 * Point-and-bind: after « Associer », the next click on the page (or Entrée on a focused field)
 * chooses the element, and the page does not receive that click; Échap gives up. The element under
 * the pointer or focus is outlined while pointing; the binding it gives is proposed with the number
 * of elements it resolves to, before anything is saved. The page listeners live as long as the
 * pointing does: one AbortController per pointing removes them all.
 */
import { useEffect, useState } from 'react';
import { makeBinding, pickTarget, resolveBinding, type Binding } from '../../content-scripts/read/binding';
import { OVERLAY_TAG } from '../../content-scripts/read/dom-text';

export interface Proposal {
  key: string;
  binding: Binding;
  /** The elements the binding resolves to in the page (one is needed to save it). */
  els: Element[];
}

export interface PointAndBind {
  /** The element outlined: under the pointer while pointing, or the hovered field row's element. */
  hover: Element | null;
  setHover(el: Element | null): void;
  /** The key of the field being pointed for, if any. */
  picking: string | null;
  proposal: Proposal | null;
  /** Start pointing for a field (drops a proposal shown). */
  start(key: string): void;
  /** Point again for the proposal's field. */
  retry(): void;
  /** Drop the proposal. */
  dismiss(): void;
}

export function usePointAndBind(doc: Document): PointAndBind {
  const [hover, setHover] = useState<Element | null>(null);
  const [picking, setPicking] = useState<string | null>(null);
  const [proposal, setProposal] = useState<Proposal | null>(null);

  useEffect(() => {
    if (!picking) return;
    const ours = (e: Event) => e.target instanceof Element && !!e.target.closest(OVERLAY_TAG);
    const choose = (el: Element) => {
      const target = pickTarget(el);
      if (!target) return false;
      const binding = makeBinding(target);
      setProposal({ key: picking, binding, els: resolveBinding(doc, binding) });
      setPicking(null);
      setHover(null);
      return true;
    };
    const point = (e: Event) => {
      if (!ours(e) && e.target instanceof Element) setHover(pickTarget(e.target));
    };
    const block = (e: Event) => {
      if (ours(e)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    const onClick = (e: Event) => {
      if (ours(e) || !(e.target instanceof Element)) return;
      e.preventDefault();
      e.stopPropagation();
      e.stopImmediatePropagation();
      choose(e.target);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        setPicking(null);
        setHover(null);
      } else if (e.key === 'Enter' && !ours(e) && doc.activeElement && doc.activeElement !== doc.body) {
        // Keyboard: Tab to the field in the page, then Entrée.
        if (choose(doc.activeElement)) {
          e.preventDefault();
          e.stopPropagation();
        }
      }
    };
    const page = new AbortController();
    const on = { capture: true, signal: page.signal };
    doc.addEventListener('mouseover', point, on);
    doc.addEventListener('focusin', point, on);
    doc.addEventListener('mousedown', block, on);
    doc.addEventListener('pointerdown', block, on);
    doc.addEventListener('click', onClick, on);
    doc.addEventListener('keydown', onKey, on);
    return () => page.abort();
  }, [picking, doc]);

  return {
    hover,
    setHover,
    picking,
    proposal,
    start(key) {
      setProposal(null);
      setPicking(key);
    },
    retry() {
      if (!proposal) return;
      setPicking(proposal.key);
      setProposal(null);
    },
    dismiss: () => setProposal(null),
  };
}
