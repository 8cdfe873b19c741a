import { parseRegistrationForm, valuesOf } from './registration-form';
import { seedDialogue, validCardData } from '../testing/registration-fixtures';

const event = seedDialogue();
const errorsOf = (data: unknown) => {
  const result = parseRegistrationForm(data, event);
  return result.ok
    ? {}
    : Object.fromEntries(Object.entries(result.errors).map(([f, e]) => [f, e?.key]));
};

describe('parseRegistrationForm', () => {
  it('accepts a complete form, lower-casing the email and splitting the questions', () => {
    const result = parseRegistrationForm(validCardData(), event);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.form.email).toBe('amina.diallo@example.org');
    expect(result.form.questionIds).toEqual(['q1', 'q3']);
    expect(result.form.wishesToSpeak).toBe(true);
    expect(result.form.group).toBeUndefined();
  });

  it('puts an error beside each bad field and keeps what the user typed', () => {
    const data = validCardData({
      givenName: '  ',
      email: 'not-an-email',
      country: 'XX',
      consent: 'false',
    });
    const result = parseRegistrationForm(data, event);
    expect(result.ok).toBe(false);
    expect(errorsOf(data)).toEqual({
      givenName: 'field.required',
      email: 'field.invalidEmail',
      country: 'field.invalidChoice',
      consent: 'registration.form.consentRequired',
    });
    expect(result.values.email).toBe('not-an-email');
    expect(result.values.organization).toBe('Digital Rights Coalition');
  });

  it('accepts an email whose domain is dot-separated labels, and refuses empty labels', () => {
    const emailError = (email: string) => errorsOf(validCardData({ email })).email;
    expect(emailError('ana.lopez@mail.un.org')).toBeUndefined();
    for (const email of ['x@a..b', 'x@a.b.', 'x@.a.b', `x@${'.'.repeat(200)}`])
      expect({ email, error: emailError(email) }).toEqual({ email, error: 'field.invalidEmail' });
  });

  it('refuses values of the wrong type instead of coercing them', () => {
    expect(
      errorsOf(validCardData({ givenName: 42, questionIds: ['q1'], consent: { yes: true } })),
    ).toEqual({
      givenName: 'field.invalidType',
      questionIds: 'field.invalidType',
      consent: 'field.invalidType',
    });
  });

  it('refuses control characters such as NUL, keeping the rest of what was typed', () => {
    const data = validCardData({
      organization: 'Digital\u0000 Rights',
      accessibilityNeeds: 'Captions,\nplease\tand sign language',
    });
    const result = parseRegistrationForm(data, event);
    expect(errorsOf(data)).toEqual({ organization: 'field.invalidCharacters' });
    expect(result.values.organization).toBe('Digital Rights');
  });

  it('refuses oversized fields with the limit in the message', () => {
    const result = parseRegistrationForm(validCardData({ organization: 'x'.repeat(201) }), event);
    expect(result.ok ? undefined : result.errors.organization).toEqual({
      key: 'field.tooLong',
      params: { max: 200 },
    });
  });

  it('refuses categories and questions the event does not define', () => {
    expect(errorsOf(validCardData({ category: 'government', questionIds: 'q1,q9' }))).toEqual({
      category: 'field.invalidChoice',
      questionIds: 'field.invalidChoice',
    });
  });

  it('needs a group name when member organizations are listed, and caps the members', () => {
    expect(errorsOf(validCardData({ groupMembers: 'Org A\nOrg B' }))).toEqual({
      groupName: 'registration.form.groupNameRequired',
    });
    const many = Array.from({ length: 51 }, (_, i) => `Org ${i}`).join('\n');
    expect(errorsOf(validCardData({ groupName: 'Coalition', groupMembers: many }))).toEqual({
      groupMembers: 'registration.form.tooManyMembers',
    });
  });

  it('reads a coalition with its members, one per line', () => {
    const result = parseRegistrationForm(
      validCardData({ groupName: 'Cyber Peace Coalition', groupMembers: 'Org A\r\n\r\nOrg B\n' }),
      event,
    );
    expect(result.ok && result.form.group).toEqual({
      name: 'Cyber Peace Coalition',
      members: ['Org A', 'Org B'],
    });
  });

  it('treats data that is not an object as an empty form', () => {
    expect(Object.keys(errorsOf('hello'))).toContain('givenName');
    expect(Object.keys(errorsOf(null))).toContain('consent');
  });

  it('round-trips a stored form through the edit values', () => {
    const first = parseRegistrationForm(
      validCardData({ groupName: 'G', groupMembers: 'A\nB' }),
      event,
    );
    if (!first.ok) throw new Error('valid');
    const again = parseRegistrationForm(valuesOf(first.form), event);
    expect(again.ok && again.form).toEqual(first.form);
  });
});
