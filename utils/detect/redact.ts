import type { Finding } from './types';

interface Span {
  start: number;
  end: number;
  rule: string;
}

// Overlapping spans become one, labelled by the finding that starts first, so no part of
// either value is left between two placeholders.
function mergeSpans(findings: readonly Finding[], length: number): Span[] {
  const sorted = findings
    .map((finding) => ({
      start: Math.max(0, finding.start),
      end: Math.min(length, finding.end),
      rule: finding.rule,
    }))
    .filter((span) => span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }

  return merged;
}

/** Replaces each finding's span in `text` with `[REDACTED:<rule-id>]`. */
export function redact(text: string, findings: readonly Finding[]): string {
  let result = text;
  // Right to left, so the offsets of spans not yet replaced stay valid.
  for (const span of mergeSpans(findings, text.length).reverse()) {
    result = `${result.slice(0, span.start)}[REDACTED:${span.rule}]${result.slice(span.end)}`;
  }

  return result;
}
