/**
 * Keyboard rules shared by the options page's confirmations and editors: Escape closes them, and
 * the control that stands in for a closed one takes the focus, so it never falls to <body>.
 */
import type { TargetedKeyboardEvent } from 'preact';

/** A keydown handler that calls `close` on Escape. */
export function closeOnEscape(close: () => void): (event: TargetedKeyboardEvent<HTMLElement>) => void {
  return (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
}

/** What a template row offers; each button carries its name as `data-control`. */
export type TemplateControl = 'up' | 'down' | 'edit' | 'delete' | 'keep';

/**
 * The `control` button of template `id`'s row under `root`. A move button that a move disabled (the
 * row reached an end) gives way to the other one.
 */
export function templateControl(root: ParentNode | null, id: string, control: TemplateControl): HTMLButtonElement | null {
  const row = [...(root?.querySelectorAll<HTMLElement>('[data-template-id]') ?? [])].find((r) => r.dataset.templateId === id);
  const button = row?.querySelector<HTMLButtonElement>(`[data-control="${control}"]`) ?? null;
  if (button?.disabled && (control === 'up' || control === 'down')) return row!.querySelector(`[data-control="${control === 'up' ? 'down' : 'up'}"]`);
  return button;
}
