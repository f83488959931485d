/**
 * The text a paste or drop carries: `text/plain`, or the text of `text/html` when a source
 * offers only HTML. Read synchronously, because the decision to stop the event cannot wait.
 */
export function readTransferText(data: DataTransfer): string {
  const plain = data.getData('text/plain');
  if (plain) return plain;

  const html = data.getData('text/html');
  return html ? htmlToText(html) : '';
}

function htmlToText(html: string): string {
  // DOMParser builds an inert document: no scripts run, no images load.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return parsed.body.innerText || parsed.body.textContent || '';
}
