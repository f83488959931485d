import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

// A service worker can start neither a nested worker nor a dynamic import, so pdf.js runs its
// worker code on this thread, which it does when it finds the module on globalThis.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;
GlobalWorkerOptions.workerSrc = '';

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The text of a PDF, page by page, line by line. Throws on damaged or encrypted files. */
export async function extractPdfTextFromBase64(base64: string): Promise<string> {
  const document = await getDocument({
    data: fromBase64(base64),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    );
  }

  await document.destroy();
  return pages.join('\n');
}
