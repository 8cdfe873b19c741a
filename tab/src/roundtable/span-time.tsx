import type { ZonedSpan } from '../api/roundtable-types';
import { spanText } from '../i18n/formats';
import { useLanguage } from '../i18n/texts-context';

/** A span as its zone reads it, written for the tab's language, marked up as a `<time>`. */
export function SpanTime({ span }: { span: ZonedSpan }) {
  const language = useLanguage();
  return <time dateTime={`${span.startDate}T${span.startClock}`}>{spanText(span, language)}</time>;
}
