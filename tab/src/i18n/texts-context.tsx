import { createContext, useContext } from 'react';
import type { T } from './texts';

const TextsContext = createContext<T>((key) => key);
const LanguageContext = createContext('en');

/** Provides the loaded texts to every component below. */
export const TextsProvider = TextsContext.Provider;

/** Provides the tab's language (a `tabLanguageOf` value) for formatting dates and numbers. */
export const LanguageProvider = LanguageContext.Provider;

/** The tab's `t` function, for components. */
export function useT(): T {
  return useContext(TextsContext);
}

/** The tab's language, for `Intl` formats. */
export function useLanguage(): string {
  return useContext(LanguageContext);
}
