// The rule registry: every rule by its stable code, in code order.
import type { Rule } from './types';
import { IL001 } from './IL001-zero-weight';
import { IL002 } from './IL002-constant-weight';
import { IL003 } from './IL003-unscaled-weight';
import { IL004 } from './IL004-init-activation-mismatch';
import { IL005 } from './IL005-variance-drift';
import { IL006 } from './IL006-residual-growth';
import { IL008 } from './IL008-attention-logit-scale';
import { IL007 } from './IL007-lstm-forget-bias';

export const RULES: readonly Rule[] = [IL001, IL002, IL003, IL004, IL005, IL006, IL007, IL008];

export function getRule(code: string): Rule | undefined {
  const upper = code.toUpperCase();
  return RULES.find((r) => r.code === upper || r.name === code);
}
