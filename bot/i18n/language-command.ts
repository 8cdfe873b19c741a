/** The word for "language" in each of the six languages, so `langue fr` works as well. */
const WORDS = ['language', 'lang', 'langue', 'idioma', 'lengua', 'язык', '语言', 'اللغة'];

/**
 * Reads `language fr` (or `language` alone, to see the choices) from a plain chat line (see `chatTextOf`); the code is
 * returned as typed, for the service to check. Other lines are not language commands.
 */
export function parseLanguageCommand(line: string): { code: string } | undefined {
  const words = line.split(' ');
  if (words.length > 2 || !WORDS.includes((words[0] ?? '').toLowerCase())) return undefined;
  return { code: words[1] ?? '' };
}
