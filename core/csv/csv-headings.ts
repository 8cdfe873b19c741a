import type { MessageKey, Translate } from '../i18n/catalog';

/**
 * Column headings of an export: in the language of the chair who asked when `t` is given
 * (decision 009), else the column keys, a stable data format. The rows stay as entered.
 */
export function csvHeadings(columns: readonly string[], t?: Translate): string[] {
  return t ? columns.map((c) => t(`export.col.${c}` as MessageKey)) : [...columns];
}
