import type { EditorKind } from '../../fixtures/editors/shared/editor-hook';

/** An AI site as the tests serve it: its real address, answered by one of our editor pages. */
export interface FixtureSite {
  readonly host: string;
  readonly url: string;
  readonly kind: EditorKind;
  /** How a test title names it: "ProseMirror at chatgpt.com". */
  readonly label: string;
}

function site(url: string, kind: EditorKind, editorName: string): FixtureSite {
  const { host } = new URL(url);
  return { host, url, kind, label: `${editorName} at ${host}` };
}

export const FIXTURE_SITES = [
  site('https://chatgpt.com/', 'prosemirror', 'ProseMirror'),
  site('https://claude.ai/', 'tiptap', 'Tiptap'),
  site('https://gemini.google.com/app', 'quill', 'Quill'),
  site('https://www.perplexity.ai/', 'lexical', 'Lexical'),
  site('https://copilot.microsoft.com/', 'textarea', 'a React textarea'),
  site('https://chat.deepseek.com/', 'textarea', 'a React textarea'),
  site('https://chat.mistral.ai/chat', 'contenteditable', 'a plain contenteditable'),
] as const satisfies readonly FixtureSite[];

/** An internal AI tool that only a managed policy adds; unmonitored without one. */
export const INTERNAL_SITE = site('https://ai.internal.example/', 'textarea', 'a React textarea');

export const SERVED_SITES = [...FIXTURE_SITES, INTERNAL_SITE] as const;

export type SiteHost = (typeof SERVED_SITES)[number]['host'];

export function findSite(host: SiteHost): FixtureSite {
  const found = SERVED_SITES.find((candidate) => candidate.host === host);
  if (!found) throw new Error(`No fixture page is served at ${host}`);
  return found;
}
