/**
 * The binding the pointed element gives, before it is saved: the field, how many elements of the
 * page it finds (it can be saved only when that is exactly one) and what it is made of.
 */
import { T } from '../../lib/i18n/inspector';
import { BTN, BTN_MAIN } from './styles';
import type { Proposal } from './use-point-and-bind';

export function ProposalBox({
  proposal,
  label,
  onSave,
  onRetry,
  onCancel,
}: {
  proposal: Proposal;
  /** The field's label. */
  label: string;
  onSave(): void;
  onRetry(): void;
  onCancel(): void;
}) {
  const { binding, els } = proposal;
  return (
    <div
      data-oc-proposal={proposal.key}
      data-count={els.length}
      className="sticky top-0 z-10 mt-2 rounded border-2 border-emerald-600 bg-emerald-50 p-2 shadow"
    >
      <p className="font-semibold">{label}</p>
      <p>{T.pickCount(els.length)}</p>
      <p className="text-[12px] text-slate-700">
        {[
          binding.label && `« ${binding.label} »`,
          `<${binding.tag}${binding.type ? ` type=${binding.type}` : ''}>`,
          binding.name && `name=${binding.name}`,
          binding.id && `id=${binding.id}`,
          binding.container && `section ${binding.container}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="mt-1 flex flex-wrap gap-1">
        <button type="button" className={BTN_MAIN} disabled={els.length !== 1} onClick={onSave}>
          {T.pickSave}
        </button>
        <button type="button" className={BTN} onClick={onRetry}>
          {T.pickRetry}
        </button>
        <button type="button" className={BTN} onClick={onCancel}>
          {T.pickCancel}
        </button>
      </div>
    </div>
  );
}
