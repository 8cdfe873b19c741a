import { mailBody } from './mail-body';

describe('mailBody', () => {
  it('writes the same words as HTML and as text, markup in the words escaped', () => {
    const { html, text } = mailBody('en', [
      { kind: 'paragraph', text: 'Hello <b>Amina</b> & co' },
      { kind: 'link', text: 'Join', url: 'https://example.org/?a=1&b=2' },
      { kind: 'list', items: ['1. Norms', '2. Capacity'] },
    ]);
    expect(html).toContain('<p>Hello &lt;b&gt;Amina&lt;/b&gt; &amp; co</p>');
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=2">Join</a>');
    expect(html).toContain('<li>1. Norms</li>');
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(text).toBe(
      'Hello <b>Amina</b> & co\n\nJoin: https://example.org/?a=1&b=2\n\n- 1. Norms\n- 2. Capacity\n',
    );
  });

  it('writes Arabic right to left', () => {
    expect(mailBody('ar', [{ kind: 'paragraph', text: 'مرحبًا' }]).html).toContain(
      '<html lang="ar" dir="rtl">',
    );
  });
});
