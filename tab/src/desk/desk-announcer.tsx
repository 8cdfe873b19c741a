import { useEffect, useRef } from 'react';
import { LiveRegion } from '../components/live-region';

/**
 * The desk's one polite live region: a mass action's result, its messages' progress (once,
 * at the first count) and completion or stop, and each change of the list shown (filters,
 * new rows). The visible texts beside them are not live, so each change is said once.
 */
export function DeskAnnouncer({ text }: { text: string }) {
  return <LiveRegion text={text} testId="desk-announcer" />;
}

/**
 * Calls `say` with `text` when `key` changes after the first value seen: the list as first
 * shown is not news, a filter or a new registration that changes it is.
 */
export function useSayOnChange(key: string | undefined, text: string, say: (t: string) => void) {
  const previous = useRef<string>(undefined);
  useEffect(() => {
    if (key === undefined) return;
    if (previous.current !== undefined && previous.current !== key) say(text);
    previous.current = key;
    // `text` follows `key`; saying it again for a new wording alone would repeat the news.
  }, [key]);
}
