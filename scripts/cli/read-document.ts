import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

import { Window } from 'happy-dom';

import { extractDocxText } from '../../utils/guard/docx-text';

/** The file types the admin commands read, by extension. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;

// happy-dom's getElementsByTagNameNS finds nothing in XML documents (it compares qualified
// names), so this looks elements up by namespace and local name as browsers do.
function findByNamespace(this: ParentNode, namespace: string | null, localName: string) {
  return [...this.querySelectorAll('*')].filter(
    (element) =>
      (namespace === '*' || element.namespaceURI === namespace) &&
      (localName === '*' || element.localName === localName),
  );
}

// Replaces the search on the prototype that defines it, for the document and its elements.
function patchSearch(node: object | null): void {
  let prototype: object | null = node;
  while (prototype && !Object.hasOwn(prototype, 'getElementsByTagNameNS')) {
    prototype = Object.getPrototypeOf(prototype) as object | null;
  }

  if (prototype) Object.assign(prototype, { getElementsByTagNameNS: findByNamespace });
}

// extractDocxText parses XML with the browser's DOMParser, which Node lacks.
function provideDomParser(): void {
  if (typeof globalThis.DOMParser === 'function') return;

  const parser = new new Window().DOMParser();
  class NodeDomParser {
    parseFromString(source: string, type: DOMParserSupportedType): Document {
      const document = parser.parseFromString(source, type) as unknown as Document;
      patchSearch(document);
      patchSearch(document.documentElement);
      return document;
    }
  }

  globalThis.DOMParser = NodeDomParser;
}

/** The text of a .docx or .pdf file as the guard reads it from an upload; other files as text. */
export async function readDocumentText(path: string): Promise<string> {
  const extension = extname(path).toLowerCase();
  if (extension === '.docx') {
    provideDomParser();
    return extractDocxText(new Uint8Array(await readFile(path)));
  }

  if (extension === '.pdf') {
    // pdf.js is large; only the PDF path loads it.
    const { extractPdfTextFromBase64 } = await import('../../utils/pdf-text');
    return extractPdfTextFromBase64((await readFile(path)).toString('base64'));
  }

  // Anything else is read as UTF-8 text: .txt, .md, and lists without an extension.
  return readFile(path, 'utf8');
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
