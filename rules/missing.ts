/** `<field>.missing`: a required field shown on the page but empty. */
import { canonicalLabel } from '../lib/model/fields';
import type { Rule, RuleContext } from './types';

export function missingRule(
  key: string,
  when?: (ctx: RuleContext) => boolean,
  message = 'Renseigner le champ',
): Rule {
  const label = canonicalLabel(key);
  return {
    id: `${key}.missing`,
    severity: 'error',
    description: `${label} : champ obligatoire vide${when ? ' (sous condition)' : ''}`,
    check: (ctx) =>
      ctx.present(key) && !ctx.filled(key) && (!when || when(ctx)) ? `${label} : ${message}` : null,
  };
}
