import { normalizeCommandWord, type CommandWord } from './chat-words';
import { UN_LANGUAGES } from './languages';

/**
 * Every command word of every language, read back as the English word a parser knows: `تسجيل`,
 * `s'inscrire` and `ＲＥＧＩＳＴＥＲ` all start a line that reads `register`. Built once from the
 * commands' words; matching compares whole words (decision 026).
 */
export class ChatVocabulary {
  /** Normalized phrase (its words joined by one space) -> the English word parsers read. */
  private readonly canonical = new Map<string, string>();
  private readonly longest: number;
  /** Phrases that two different words claim, as readable lines (a spec keeps this empty). */
  readonly conflicts: string[] = [];

  constructor(words: readonly CommandWord[]) {
    let longest = 1;
    for (const word of words) {
      const english = word.en[0];
      if (english === undefined) continue;
      for (const language of UN_LANGUAGES)
        for (const phrase of word[language]) {
          const key = phraseKey(phrase.split(' '));
          const claimed = this.canonical.get(key);
          if (claimed !== undefined && claimed !== english)
            this.conflicts.push(`${language} "${phrase}": ${claimed} or ${english}`);
          if (claimed === undefined) this.canonical.set(key, english);
          longest = Math.max(longest, key.split(' ').length);
        }
    }
    this.longest = longest;
  }

  /**
   * The line with its leading command phrase (the longest that matches, in any language)
   * written as the English word, and everything after it exactly as typed; a line that starts
   * with no command word comes back unchanged. Punctuation standing alone at the end (`et
   * ensuite ?`) is dropped with the phrase.
   */
  canonicalLine(line: string): string {
    const words = line.split(' ').filter(Boolean);
    while (words.length > 1 && isPunctuationOnly(words[words.length - 1] ?? '')) words.pop();
    for (let n = Math.min(this.longest, words.length); n > 0; n -= 1) {
      const english = this.canonical.get(phraseKey(words.slice(0, n)));
      if (english !== undefined) return [english, ...words.slice(n)].join(' ');
    }
    return line;
  }
}

function phraseKey(words: readonly string[]): string {
  return words
    .filter(Boolean)
    .map((word) => normalizeCommandWord(word))
    .join(' ');
}

function isPunctuationOnly(word: string): boolean {
  const normalized = normalizeCommandWord(word);
  return normalized.length <= 2 && [...normalized].every((c) => '?!.,;:'.includes(c));
}
