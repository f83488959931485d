import { redact } from '../detect/redact';
import type { Policy } from '../policy/schema';
import { assessWithoutBlocking, matchedValues } from './assess';
import type { Assessment } from './assess';
import { readFileText } from './file-text';
import type { FileReading, PdfExtractor } from './file-text';
import { choicesFor, strictest } from './verdict';
import type { Channel, Decision, UnscannedFile, WarningRequest } from './verdict';

interface FileCheck {
  readonly file: File;
  readonly reading: FileReading;
  readonly assessment: Assessment | undefined;
}

export interface FilesAssessment {
  readonly request: WarningRequest;
  readonly checks: readonly FileCheck[];
}

export interface FileScanContext {
  readonly policy: Policy;
  readonly site: string;
  readonly channel: Channel;
  readonly extractPdf: PdfExtractor;
}

async function checkFile(file: File, context: FileScanContext): Promise<FileCheck> {
  const { policy, site, channel, extractPdf } = context;
  const reading = await readFileText(file, policy.files.maxBytes, extractPdf);
  const assessment =
    reading.status === 'text'
      ? await assessWithoutBlocking(reading.text, policy, site, channel)
      : undefined;
  return { file, reading, assessment };
}

/**
 * Reads and scans every file leaving the page. A file the guard cannot read, or one over the
 * size limit, is never passed as clean: the policy's file action decides, and the warning
 * names it. Resolves `undefined` when everything may go without asking.
 */
export async function assessFiles(
  files: readonly File[],
  context: FileScanContext,
): Promise<FilesAssessment | undefined> {
  const { policy, site, channel } = context;
  const checks = await Promise.all(files.map((file) => checkFile(file, context)));
  const unscannedFiles: UnscannedFile[] = checks.flatMap(({ file, reading }) =>
    reading.status === 'unscanned' ? [{ name: file.name, reason: reading.reason }] : [],
  );
  const verdict = strictest([
    ...checks.map(({ assessment }) => assessment?.request.verdict ?? 'allow'),
    ...unscannedFiles.map(
      ({ reason }) => policy.files[reason === 'too-large' ? 'tooLarge' : 'unreadable'],
    ),
  ]);
  if (verdict === 'allow') return undefined;

  // Only plain-text files can be rewritten with placeholders; a document is let through or not.
  const canRedact =
    unscannedFiles.length === 0 &&
    checks.every(
      ({ reading, assessment }) =>
        !assessment || (reading.status === 'text' && reading.isPlainText),
    );
  const choices = choicesFor(verdict, policy).filter((choice) => canRedact || choice !== 'redact');
  const findings = checks.flatMap(({ assessment }) => assessment?.request.findings ?? []);
  const requireReason = policy.override.requireReason;
  const request = { channel, site, verdict, findings, choices, requireReason, unscannedFiles };
  return { request, checks };
}

/** The values matched in all the files, for keyed hashing; they never leave the content script. */
export function matchedFileValues({ checks }: FilesAssessment): string[] {
  return checks.flatMap(({ assessment }) => (assessment ? matchedValues(assessment) : []));
}

/** The files to hand to the site after the decision, or `undefined` for none at all. */
export function filesToRelease(
  { request, checks }: FilesAssessment,
  decision: Decision,
): File[] | undefined {
  if (decision.choice === 'cancel' || !request.choices.includes(decision.choice)) return undefined;
  if (decision.choice === 'allow') return checks.map(({ file }) => file);

  return checks.map(({ file, reading, assessment }) => {
    if (!assessment || reading.status !== 'text') return file;

    const redacted = redact(reading.text, assessment.request.findings);
    return new File([redacted], file.name, { type: file.type, lastModified: file.lastModified });
  });
}
