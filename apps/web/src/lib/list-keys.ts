/** Moving through a list with the keyboard: j / k (and the arrow keys), Home / End. */
export function nextIndex(current: number, key: string, length: number): number | null {
  if (length === 0) return null;
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(length - 1, current + 1);
    case 'k':
    case 'ArrowUp':
      return current < 0 ? 0 : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return null;
  }
}

/** Whether a key press belongs to a field the person is typing in, where single-letter shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  const type = ((element as HTMLInputElement).type || 'text').toLowerCase();
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

/**
 * Whether a key press comes from inside a form other than `own` (a note, a review comment, the dismissal): there
 * Ctrl+Enter belongs to that form, elsewhere on the claim page to the stage's primary action.
 */
export function inAnotherForm(target: EventTarget | null, own: Element | null = null): boolean {
  const owner = target instanceof Element ? target.closest('form, .dismiss') : null;
  return owner !== null && owner !== own;
}
