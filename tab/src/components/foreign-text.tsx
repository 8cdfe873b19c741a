import { foreignPart } from '../../../core/text/foreign-part';

/**
 * A text of the event as shown to the reader, with the part still in the event's own language
 * (no translation given) marked with its `lang` and `dir`, so a screen reader reads it with
 * that language's voice (WCAG 3.1.2).
 */
export function ForeignText(props: { text: string; original?: string; language?: string }) {
  const found =
    props.original && props.language
      ? foreignPart(props.text, props.original, props.language)
      : undefined;
  if (!found) return <>{props.text}</>;
  return (
    <>
      {found.before}
      <span lang={found.lang} dir={found.dir}>
        {found.part}
      </span>
      {found.after}
    </>
  );
}
