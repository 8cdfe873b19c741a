import { csvCell } from './csv';

describe('csvCell', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+44 20', `"'+44 20"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['<script>alert(1)</script>', '"<script>alert(1)</script>"'],
    ['Ali\u202Efdp.exe', '"Ali<U+202E>fdp.exe"'],
    ['\u2066Amina\u2069', '"<U+2066>Amina<U+2069>"'],
    ['Ami\u200Bna\uFEFF', '"Ami<U+200B>na<U+FEFF>"'],
    ['\u200B=1+1', '"<U+200B>=1+1"'],
    ['مريم\u200F', '"مريم\u200F"'],
    ['می\u200Cخواهم', '"می\u200Cخواهم"'],
    ['a=b', '"a=b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\r\nbreak, comma', '"line\r\nbreak, comma"'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
