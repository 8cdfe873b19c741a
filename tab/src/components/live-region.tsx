/**
 * A surface's one polite live region, out of sight: what it holds is read once when it
 * changes. Each surface keeps one, so a change is never said twice.
 */
export function LiveRegion({ text, testId }: { text: string; testId: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className="visually-hidden"
      data-testid={testId}
    >
      {text}
    </div>
  );
}
