import { unzipSync } from 'fflate';

// Word keeps the body in word/document.xml, and headers and footers (where markings such as
// CONFIDENTIAL usually sit) in their own parts.
const TEXT_PARTS = /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

/** The text of a .docx file, paragraph by paragraph, headers and footers first. */
export function extractDocxText(bytes: Uint8Array): string {
  const parts = unzipSync(bytes, { filter: (file) => TEXT_PARTS.test(file.name) });
  const names = Object.keys(parts).sort((a, b) => partOrder(a) - partOrder(b));
  const decoder = new TextDecoder();
  return names.map((name) => xmlToText(decoder.decode(parts[name]))).join('\n');
}

function partOrder(name: string): number {
  if (name.includes('header')) return 0;
  if (name.includes('document')) return 1;
  return 2;
}

function xmlToText(xml: string): string {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const paragraphs = [...document.getElementsByTagNameNS('*', 'p')];
  return paragraphs
    .map((paragraph) =>
      [...paragraph.getElementsByTagNameNS('*', 't')].map((run) => run.textContent).join(''),
    )
    .join('\n');
}
