import { weighContext } from '../detect/confidence';
import { compileFingerprints, type FingerprintMatcher } from '../detect/fingerprint';
import { compileHashedTerms, type HashedTermMatcher } from '../detect/hashed-terms';
import { selectNonOverlapping } from '../detect/overlaps';
import { markBulkPersonalData } from '../detect/pii-bulk';
import { scan } from '../detect/scan';
import type { Finding } from '../detect/types';
import { splitWords } from '../detect/words';
import { customRules } from './custom-rules';
import type { Policy } from './schema';

interface WordMatchers {
  readonly hashedTerms: HashedTermMatcher | undefined;
  readonly fingerprints: FingerprintMatcher | undefined;
}

const SEVERITY_RANK = { low: 0, medium: 1, high: 2 } as const;
const cache = new WeakMap<Policy, WordMatchers>();

// Built once per policy object: the guard scans on every paste, and a policy's fingerprints
// and hashed terms take a moment to index.
function wordMatchers(policy: Policy): WordMatchers {
  const cached = cache.get(policy);
  if (cached) return cached;

  const matchers = {
    hashedTerms: compileHashedTerms(policy.hashedTerms),
    fingerprints: compileFingerprints(policy.fingerprints, policy.fingerprintThreshold),
  };
  cache.set(policy, matchers);
  return matchers;
}

/**
 * Indexes the policy's hashed terms and fingerprints ahead of the first paste; with thousands of
 * them this takes a noticeable moment, better spent while the page is idle.
 */
export function prepareScanWithPolicy(policy: Policy): void {
  customRules(policy);
  wordMatchers(policy);
}

// The scan's own rule: higher severity first, then the longer span; each kept finding excludes
// the ones it overlaps.
function mergeWithoutOverlaps(findings: readonly Finding[]): Finding[] {
  return selectNonOverlapping(
    [...findings].sort(
      (a, b) =>
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start,
    ),
  );
}

/**
 * The scan the guard, the popup and the CLI run: the built-in rules, less those the policy
 * switches off, plus the organization's own keywords and patterns, hashed terms and document
 * fingerprints; personal data weighed by its context and raised when it comes as a list.
 */
export function scanWithPolicy(text: string, policy: Policy): Finding[] {
  const ruleFindings = scan(text, {
    disabledRules: policy.disabledRules,
    extraRules: customRules(policy),
  });
  const weighed = markBulkPersonalData(text, weighContext(text, ruleFindings));
  const { hashedTerms, fingerprints } = wordMatchers(policy);
  if (!hashedTerms && !fingerprints) return weighed;

  const words = splitWords(text);
  const wordFindings = [
    ...(hashedTerms?.find(text, words) ?? []),
    ...(fingerprints?.find(text, words) ?? []),
  ];
  if (wordFindings.length === 0) return weighed;

  return mergeWithoutOverlaps([...weighed, ...wordFindings]);
}
