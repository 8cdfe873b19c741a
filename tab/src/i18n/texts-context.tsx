import { createContext, useContext } from 'react';
import type { T } from './texts';

const TextsContext = createContext<T>((key) => key);

/** Provides the loaded texts to every component below. */
export const TextsProvider = TextsContext.Provider;

/** The tab's `t` function, for components. */
export function useT(): T {
  return useContext(TextsContext);
}
