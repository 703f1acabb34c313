import type { KeyboardEvent } from 'react';

/**
 * True while an IME composition is in progress: the Enter that confirms a Japanese
 * conversion must never submit. keyCode 229 covers browsers that end composition first.
 */
export function isComposing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/** The same test for a DOM event caught outside React (panel-wide keys). */
export function isComposingNative(event: globalThis.KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}
