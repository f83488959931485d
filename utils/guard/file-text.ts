import { extractDocxText } from './docx-text';
import { classifyFile } from './file-kind';

/** What reading a file gave: its text, or why the guard could not check it. */
export type FileReading =
  | { readonly status: 'text'; readonly text: string; readonly isPlainText: boolean }
  | { readonly status: 'image' }
  | { readonly status: 'unscanned'; readonly reason: 'too-large' | 'unreadable' };

export type PdfExtractor = (bytes: Uint8Array) => Promise<string>;

/** Reads a file's text for scanning, within the policy's size limit. Never throws. */
export async function readFileText(
  file: File,
  maxBytes: number,
  extractPdf: PdfExtractor,
): Promise<FileReading> {
  const kind = classifyFile(file);
  if (kind === 'image') return { status: 'image' };
  if (kind === 'other') return { status: 'unscanned', reason: 'unreadable' };
  if (file.size > maxBytes) return { status: 'unscanned', reason: 'too-large' };

  try {
    if (kind === 'text') return { status: 'text', text: await file.text(), isPlainText: true };

    const bytes = new Uint8Array(await file.arrayBuffer());
    const text = kind === 'docx' ? extractDocxText(bytes) : await extractPdf(bytes);
    return { status: 'text', text, isPlainText: false };
  } catch {
    // A damaged or encrypted document: treat it as unreadable, never as clean.
    return { status: 'unscanned', reason: 'unreadable' };
  }
}
