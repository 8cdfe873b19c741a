import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Finds, inside a section, where focus goes once an action has shown its result; null: not yet. */
export type FocusTarget = (root: HTMLElement) => HTMLElement | null;

/** How long a wanted focus waits for the change it follows (a slow answer, a missed update). */
const WAIT_MS = 10_000;

/**
 * Moves focus after an action to where the keyboard user should carry on (WCAG 2.4.3): the
 * control that replaced the one pressed, the row that took a removed row's place. The target is
 * looked for after every render until it exists, since the change arrives with the command's
 * answer or the live stream, whichever is first; a target never found is dropped after a while.
 */
export function useFocusAfter<E extends HTMLElement>(): {
  root: RefObject<E | null>;
  focusAfter: (target: FocusTarget) => void;
} {
  const root = useRef<E>(null);
  const wanted = useRef<{ target: FocusTarget; until: number }>(undefined);
  const [, rerender] = useState(0);
  useEffect(() => {
    const want = wanted.current;
    if (!want || !root.current) return;
    if (Date.now() > want.until) {
      wanted.current = undefined;
      return;
    }
    const element = want.target(root.current);
    if (element) {
      wanted.current = undefined;
      element.focus();
    }
  });
  const focusAfter = useCallback((target: FocusTarget) => {
    wanted.current = { target, until: Date.now() + WAIT_MS };
    rerender((n) => n + 1);
  }, []);
  return { root, focusAfter };
}

/** The element of a section with this `data-testid`. */
export function byTestId(testId: string): FocusTarget {
  return (root) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
}
