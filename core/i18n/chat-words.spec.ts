import { ChatVocabulary } from './chat-vocabulary';
import { commandWord, normalizeCommandWord, shownWord, type ChatWordKey } from './chat-words';
import { EN } from './messages';
import { UN_LANGUAGES } from './languages';

const KEYS = Object.keys(EN).filter((key): key is ChatWordKey => key.startsWith('chatWords.'));
const vocabulary = new ChatVocabulary(KEYS.map(commandWord));

describe('command words', () => {
  it('gives every command word at least one word in each of the six languages', () => {
    expect(KEYS.length).toBeGreaterThan(30);
    const missing = KEYS.flatMap((key) =>
      UN_LANGUAGES.filter((language) => commandWord(key)[language].length === 0).map(
        (language) => `${language} ${key}`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('never lets one phrase stand for two commands, in any language', () => {
    expect(vocabulary.conflicts).toEqual([]);
  });

  it('compares words without case, accents, Arabic marks, tatweel, letter variants or width', () => {
    expect(normalizeCommandWord('INSCRIPCIÓN')).toBe('inscripcion');
    expect(normalizeCommandWord('ＨＥＬＰ')).toBe('help');
    expect(normalizeCommandWord('تَسْجِيل')).toBe('تسجيل');
    expect(normalizeCommandWord('تســجيل')).toBe('تسجيل');
    expect(normalizeCommandWord('أكّد')).toBe('اكد');
    expect(normalizeCommandWord('مساعدة؟')).toBe('مساعده');
    expect(normalizeCommandWord('¿ayuda?')).toBe('ayuda');
    expect(normalizeCommandWord('注册。')).toBe('注册');
    expect(normalizeCommandWord('моё')).toBe('мое');
    expect(normalizeCommandWord('s’inscrire')).toBe("s'inscrire");
    expect(normalizeCommandWord('?')).toBe('?');
  });

  it('reads the registration word of each language as `register`', () => {
    for (const line of [
      'تسجيل',
      'التسجيل',
      'inscription',
      "s'inscrire",
      'S’INSCRIRE',
      'registro',
      'inscribirse',
      'Inscripcion',
      '注册',
      '登记',
      'регистрация',
      'Регистрация!',
      'sign up',
    ])
      expect(vocabulary.canonicalLine(line)).toBe('register');
  });

  it('keeps the arguments as typed and takes the longest phrase', () => {
    expect(vocabulary.canonicalLine('confirmer REG-AB12-CD34')).toBe('confirm REG-AB12-CD34');
    expect(vocabulary.canonicalLine('ne pas publier in-7 Hors sujet')).toBe(
      'withhold in-7 Hors sujet',
    );
    expect(vocabulary.canonicalLine('exporter les invitations')).toBe('invitations export');
    expect(vocabulary.canonicalLine('et ensuite ?')).toBe('what’s next');
    expect(vocabulary.canonicalLine('langue fr')).toBe('language fr');
    expect(vocabulary.canonicalLine('мои регистрации')).toBe('my registration');
    expect(vocabulary.canonicalLine('регистрации')).toBe('registrations');
  });

  it('leaves a line that starts with no command word exactly as typed', () => {
    expect(vocabulary.canonicalLine('Merci à tous')).toBe('Merci à tous');
    expect(vocabulary.canonicalLine('please register me')).toBe('please register me');
    expect(vocabulary.canonicalLine('')).toBe('');
  });

  it('shows the first word of the reader language, English for any other', () => {
    expect(shownWord('chatWords.register', 'ar')).toBe('تسجيل');
    expect(shownWord('chatWords.register', 'fr')).toBe('inscription');
    expect(shownWord('chatWords.register', 'en-XA')).toBe('register');
  });
});
