import { scan } from '../detect/scan';
import type { Finding } from '../detect/types';
import { customRules } from './custom-rules';
import type { Policy } from './schema';

/**
 * The scan the guard, the popup and the CLI run: the built-in rules, less those the policy
 * switches off, plus the organization's own keywords and patterns.
 */
export function scanWithPolicy(text: string, policy: Policy): Finding[] {
  return scan(text, { disabledRules: policy.disabledRules, extraRules: customRules(policy) });
}
