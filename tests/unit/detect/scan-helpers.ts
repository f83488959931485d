import { scan } from '@/utils/detect/scan';

/** The rule ids a scan of `text` reports, in order. */
export function findRuleIds(text: string): string[] {
  return scan(text).map((finding) => finding.rule);
}

/** The exact text each finding of `rule` covers: what a redaction would remove. */
export function findValues(text: string, rule: string): string[] {
  return scan(text)
    .filter((finding) => finding.rule === rule)
    .map((finding) => text.slice(finding.start, finding.end));
}
