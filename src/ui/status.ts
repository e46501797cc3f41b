// The status line of every page (sidebar views, the import, archive and board dialogs): one
// sentence under what the person just did, green when it worked, red when it did not, plain
// while working. The element carries role=status, so screen readers read it out.
export type StatusKind = 'ok' | 'error' | 'info';

export function status(el: HTMLElement, text: string, kind: StatusKind = 'info'): void {
  el.textContent = text;
  el.className = `status ${kind}`;
}
