/**
 * Watches where the warning's host sits. Our shadow root's own watch cannot see the host itself:
 * a page that removes it makes the warning vanish with no answer, one that moves it takes it out
 * of the top layer, and `inert` on it or on the root leaves it on screen with no way to answer.
 */
export function watchPlacement(host: HTMLElement, onDisplaced: () => void): () => void {
  const isDisplaced = () => {
    const root = document.documentElement;
    return host.parentNode !== root || root.inert || host.inert;
  };
  const observer = new MutationObserver(() => {
    if (!isDisplaced()) return;

    observer.disconnect();
    onDisplaced();
  });
  // Children of the document too: a page can replace the root element the host is in.
  observer.observe(document, { childList: true });
  observer.observe(document.documentElement, {
    childList: true,
    attributes: true,
    attributeFilter: ['inert'],
  });
  observer.observe(host, { attributes: true, attributeFilter: ['inert'] });

  return () => {
    observer.disconnect();
  };
}
