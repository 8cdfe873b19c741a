/**
 * The shape of one language's texts for one area of the catalog: exactly the English keys,
 * each with a string. The compiler then refuses a missing or an extra key in any language.
 */
export type Translation<T> = { readonly [K in keyof T]: string };
