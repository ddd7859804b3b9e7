import { describe, expect, it } from 'vitest';
import { isTypingTarget, nextIndex } from './list-keys';

describe('nextIndex', () => {
  it('moves down with j and up with k, stopping at the ends', () => {
    expect(nextIndex(0, 'j', 3)).toBe(1);
    expect(nextIndex(2, 'j', 3)).toBe(2);
    expect(nextIndex(1, 'k', 3)).toBe(0);
    expect(nextIndex(0, 'k', 3)).toBe(0);
  });

  it('starts at the top when nothing is selected yet', () => {
    expect(nextIndex(-1, 'j', 3)).toBe(0);
    expect(nextIndex(-1, 'k', 3)).toBe(0);
  });

  it('jumps with Home and End, understands the arrow keys, ignores other keys and empty lists', () => {
    expect(nextIndex(1, 'Home', 5)).toBe(0);
    expect(nextIndex(1, 'End', 5)).toBe(4);
    expect(nextIndex(1, 'ArrowDown', 5)).toBe(2);
    expect(nextIndex(1, 'x', 5)).toBeNull();
    expect(nextIndex(0, 'j', 0)).toBeNull();
  });
});

describe('isTypingTarget', () => {
  const element = (tagName: string, extra: Record<string, unknown> = {}) =>
    ({ tagName, ...extra }) as unknown as EventTarget;

  it('is true for text fields, text areas, selects and editable content', () => {
    expect(isTypingTarget(element('INPUT', { type: 'text' }))).toBe(true);
    expect(isTypingTarget(element('INPUT', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(element('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(element('SELECT'))).toBe(true);
    expect(isTypingTarget(element('DIV', { isContentEditable: true }))).toBe(true);
  });

  it('is false for buttons, checkboxes, radios, plain elements and nothing', () => {
    expect(isTypingTarget(element('BUTTON'))).toBe(false);
    expect(isTypingTarget(element('INPUT', { type: 'radio' }))).toBe(false);
    expect(isTypingTarget(element('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(element('LI'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
