import type { RegistrationStatus } from '../../../core/registration/registration';
import type { RegistrationRow } from '../api/api-types';

/** What the chair narrows the grid to; '' means any. */
export interface RegistrationFilters {
  search: string;
  status: RegistrationStatus | '';
  category: string;
  country: string;
  /** A coalition's name, 'any' (in one), 'none' (in none), or '' (either). */
  coalition: string;
  wishesToSpeak: 'yes' | 'no' | '';
  channel: string;
}

export const NO_FILTERS: RegistrationFilters = {
  search: '',
  status: '',
  category: '',
  country: '',
  coalition: '',
  wishesToSpeak: '',
  channel: '',
};

/** Lower case without accents, so "garcia" finds "García". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The rows the filters keep; the search looks in name, organization and email. */
export function filterRows(rows: RegistrationRow[], f: RegistrationFilters): RegistrationRow[] {
  const words = folded(f.search).split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (f.status && r.status !== f.status) return false;
    if (f.category && r.category !== f.category) return false;
    if (f.country && r.country !== f.country) return false;
    if (f.coalition === 'any' && !r.coalition) return false;
    if (f.coalition === 'none' && r.coalition) return false;
    if (f.coalition && !['any', 'none'].includes(f.coalition) && r.coalition !== f.coalition)
      return false;
    if (f.wishesToSpeak && r.wishesToSpeak !== (f.wishesToSpeak === 'yes')) return false;
    if (f.channel && r.channel !== f.channel) return false;
    if (words.length === 0) return true;
    const text = folded(`${r.name} ${r.organization} ${r.email}`);
    return words.every((w) => text.includes(w));
  });
}

/** The distinct values of a field among the rows, sorted, for a filter's options. */
export function valuesOf(
  rows: RegistrationRow[],
  pick: (r: RegistrationRow) => string | null | undefined,
) {
  return [...new Set(rows.map(pick).filter((v): v is string => Boolean(v)))].sort();
}
