import { isFileInput, isNode } from './dom-kind';
import { assessFiles, filesToRelease, matchedFileValues } from './file-assessment';
import type { PdfExtractor } from './file-text';
import { classifyFile } from './file-kind';
import type { GuardDeps } from './paste-guard';

export interface UploadGuardDeps extends GuardDeps {
  readonly extractPdf: PdfExtractor;
}

export interface UploadGuard {
  readonly onInput: (event: Event) => void;
  readonly onChange: (event: Event) => void;
  readonly onTransfer: (event: ClipboardEvent | DragEvent) => void;
}

function fileInputOf(event: Event): HTMLInputElement | undefined {
  const target = event.composedPath()[0];
  return isFileInput(target) ? target : undefined;
}

/** Whether a paste or drop carries files the guard must read (images are left alone). */
export function hasCheckableFiles(data: DataTransfer): boolean {
  return [...data.files].some((file) => classifyFile(file) !== 'image');
}

function copyTransfer(data: DataTransfer, files: readonly File[]): DataTransfer {
  const copy = new DataTransfer();
  for (const type of data.types) {
    if (type !== 'Files') copy.setData(type, data.getData(type));
  }

  for (const file of files) copy.items.add(file);
  return copy;
}

/**
 * Holds files on their way into the page — chosen in a file input (also a hidden one created
 * on demand), dropped, or pasted — until they are read and scanned, then hands the site the
 * files the person allowed. A cancelled upload leaves the input empty.
 */
export function createUploadGuard(deps: UploadGuardDeps): UploadGuard {
  const context = () => ({
    policy: deps.getPolicy(),
    site: deps.site(),
    extractPdf: deps.extractPdf,
  });

  async function decide(files: File[], channel: 'upload' | 'drop' | 'paste') {
    const result = await assessFiles(files, { ...context(), channel });
    if (!result) return files;

    return filesToRelease(result, await deps.warn(result.request, matchedFileValues(result)));
  }

  return {
    // The browser fires `input` before `change`; the site must see neither until we decide.
    onInput(event) {
      if (event.isTrusted && fileInputOf(event) && deps.isMonitored())
        event.stopImmediatePropagation();
    },

    onChange(event) {
      const input = fileInputOf(event);
      if (!event.isTrusted || !input?.files?.length || !deps.isMonitored()) return;

      event.stopImmediatePropagation();
      const files = [...input.files];
      void decide(files, 'upload').then((released) => {
        if (!released) {
          input.value = '';
          return;
        }

        if (released.some((file, index) => file !== files[index])) {
          input.files = copyTransfer(new DataTransfer(), released).files;
        }
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },

    onTransfer(event) {
      // The event may come from an adopted frame, whose ClipboardEvent is not ours.
      const isPaste = event.type === 'paste';
      const data = isPaste
        ? (event as ClipboardEvent).clipboardData
        : (event as DragEvent).dataTransfer;
      if (!event.isTrusted || !data || !hasCheckableFiles(data) || !deps.isMonitored()) return;

      // The data is readable only during the event: copy it before we let go of it.
      event.preventDefault();
      event.stopImmediatePropagation();
      const files = [...data.files];
      const strings = copyTransfer(data, []);
      const target = event.composedPath()[0];
      const point = {
        clientX: (event as DragEvent).clientX,
        clientY: (event as DragEvent).clientY,
      };

      void decide(files, isPaste ? 'paste' : 'drop').then((released) => {
        if (!released || !isNode(target)) return;

        const transfer = copyTransfer(strings, released);
        const init = { bubbles: true, cancelable: true, composed: true };
        target.dispatchEvent(
          isPaste
            ? new ClipboardEvent('paste', { ...init, clipboardData: transfer })
            : new DragEvent('drop', { ...init, ...point, dataTransfer: transfer }),
        );
      });
    },
  };
}
