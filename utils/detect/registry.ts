import { PROVIDER_RULES } from './provider-rules';
import { rules as authorizationHeader } from './rules/authorization-header';
import { rules as basicAuth } from './rules/basic-auth';
import { rules as connectionString } from './rules/connection-string';
import { rules as genericApiKey } from './rules/generic-api-key';
import { rules as iban } from './rules/iban';
import { rules as jwt } from './rules/jwt';
import { rules as markingBanner } from './rules/marking-banner';
import { rules as markingClassification } from './rules/marking-classification';
import { rules as markingCui } from './rules/marking-cui';
import { rules as markingLabel } from './rules/marking-label';
import { rules as markingTlp } from './rules/marking-tlp';
import { rules as password } from './rules/password';
import { rules as piiCard } from './rules/pii-card';
import { rules as piiDob } from './rules/pii-dob';
import { rules as piiEmail } from './rules/pii-email';
import { rules as piiIp } from './rules/pii-ip';
import { rules as piiNationalId } from './rules/pii-national-id';
import { rules as piiPhone } from './rules/pii-phone';
import { rules as piiSsn } from './rules/pii-ssn';
import { rules as privateKey } from './rules/private-key';
import { rules as secretAssignment } from './rules/secret-assignment';
import type { Rule } from './types';

/**
 * Every rule, most specific first: when two findings overlap with equal severity and length,
 * the earlier rule wins, so broad rules (generic keys, passwords) come last.
 */
export const RULES: readonly Rule[] = [
  ...PROVIDER_RULES,
  // Secrets by their shape, whoever issued them.
  ...privateKey,
  ...jwt,
  // Personal data and confidentiality markings.
  ...iban,
  ...piiCard,
  ...piiSsn,
  ...piiNationalId,
  ...piiDob,
  ...piiEmail,
  ...piiIp,
  ...piiPhone,
  ...markingClassification,
  ...markingTlp,
  ...markingCui,
  ...markingLabel,
  ...markingBanner,
  // Broad secret rules, last.
  ...connectionString,
  ...basicAuth,
  ...authorizationHeader,
  ...genericApiKey,
  ...secretAssignment,
  ...password,
];

const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}
