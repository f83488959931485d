import { scanWithPolicy } from '../policy/scan-with-policy';
import type { Finding } from '../detect/types';
import type { Policy } from '../policy/schema';

/**
 * Texts longer than this are scanned in slices that let the page breathe in between. 64 KB
 * scans in ~5 ms on an idle laptop, ~50 ms on a busy one; 100 KB at once blocked ~100 ms on a
 * busy machine in `npm run bench -- browser`.
 */
export const LARGE_TEXT_LENGTH = 64 * 1024;

// A slice takes ~5 ms to scan; the overlap on each side is wider than any key, private key
// block or validator's look-around, so a finding that straddles two slices is still whole in
// one of them and is kept only by the slice where it starts.
const SLICE_LENGTH = 64 * 1024;
const OVERLAP = 8 * 1024;

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same findings as `scanWithPolicy`, found slice by slice without blocking the page for
 * more than a few milliseconds at a time. The trade-off: a finding longer than the overlap
 * (8 KB) could be cut in two, and a rule that needs the whole text at once sees a slice.
 */
export async function scanInSlices(text: string, policy: Policy): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (let start = 0; start < text.length; start += SLICE_LENGTH) {
    const from = Math.max(0, start - OVERLAP);
    const slice = text.slice(from, Math.min(text.length, start + SLICE_LENGTH + OVERLAP));
    for (const finding of scanWithPolicy(slice, policy)) {
      const findingStart = finding.start + from;
      if (findingStart < start || findingStart >= start + SLICE_LENGTH) continue;

      findings.push({ ...finding, start: findingStart, end: finding.end + from });
    }

    await yieldToPage();
  }

  return findings;
}
