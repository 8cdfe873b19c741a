import { intlLocaleOf } from './intl-locale';
import { formatClockInZone, formatInZone } from '../time/zoned-time';

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/;

describe('intlLocaleOf', () => {
  it('gives every language Western digits, whatever region the client sends', () => {
    expect(intlLocaleOf('ar-SA')).toBe('ar-u-nu-latn');
    expect(intlLocaleOf('zh-Hans-CN')).toBe('zh-u-nu-latn');
    expect(intlLocaleOf(undefined)).toBe('en-u-nu-latn');
  });

  it('when Arabic is formatted for Saudi Arabia or Egypt, then digits are 0-9, not ٠-٩', () => {
    // Plain `ar-SA` or `ar-EG` in ICU writes Arabic-Indic digits; the extension overrides it.
    expect(new Intl.NumberFormat('ar-EG').format(12)).toMatch(ARABIC_INDIC);
    expect(new Intl.NumberFormat(intlLocaleOf('ar-EG')).format(1234)).toBe('1,234');
  });

  it('writes dates and clock times in Arabic with Western digits', () => {
    const instant = new Date('2024-05-10T07:00:00Z');
    const text = formatInZone(instant, 'Asia/Riyadh', 'ar-SA');
    expect(text).toContain('2024');
    expect(text).toContain('10:00');
    expect(text).not.toMatch(ARABIC_INDIC);
    expect(formatClockInZone(instant, 'Africa/Cairo', 'ar-EG')).toBe('10:00');
  });
});
