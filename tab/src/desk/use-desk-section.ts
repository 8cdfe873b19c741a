import { useCallback, useEffect, useState } from 'react';

/** The section the URL's hash names (`#delivery`), if it is one of `ids`. */
function fromHash(ids: readonly string[]): string | undefined {
  const id = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  return ids.includes(id) ? id : undefined;
}

/**
 * The desk's open section, named by the URL's hash: a deep link opens it, choosing another
 * adds a history entry, and the browser's Back and Forward move between them.
 */
export function useDeskSection(ids: readonly string[]): [string, (id: string) => void] {
  const key = ids.join(' ');
  const [id, setId] = useState(() => fromHash(ids) ?? ids[0] ?? '');
  useEffect(() => {
    const list = key.split(' ');
    const follow = () => setId(fromHash(list) ?? list[0] ?? '');
    follow(); // the list grew (the roundtable's sections) after a deep link to one of them
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, [key]);
  const choose = useCallback((next: string) => {
    setId(next);
    if (window.location.hash !== `#${next}`) {
      const url = new URL(window.location.href);
      url.hash = next;
      window.history.pushState(null, '', url);
    }
  }, []);
  return [id, choose];
}
