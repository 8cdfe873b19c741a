import {
  inputMaxLengths,
  registrationFormCard,
} from '../../bot/registration/registration-form-card';
import { isCountryCode } from '../../core/registration/countries';
import {
  FORM_FIELDS,
  parseRegistrationForm,
  type FormField,
} from '../../core/registration/registration-form';
import { REGISTRATION_LIMITS } from '../../core/registration/registration-limits';
import { validCardData } from '../../core/testing/registration-fixtures';
import { dialogue, formView, formViewWithErrors, t } from './card-fixtures';
import { body, input, nodes, type CardNode } from './card-nodes';
import { roundtable } from './card-samples';

const inputsOf = (card: unknown) => nodes(card).filter((n) => String(n.type).startsWith('Input.'));
const isError = (n: CardNode | undefined) => n?.type === 'TextBlock' && n.color === 'attention';

describe('registrationFormCard', () => {
  it('has one labelled input per form field, with the ids the server reads', () => {
    const inputs = inputsOf(registrationFormCard(formView(), t));
    expect(inputs.map((i) => i.id)).toEqual([...FORM_FIELDS]);
    expect(inputs.every((i) => typeof i.label === 'string' && i.label !== '')).toBe(true);
  });

  it('keeps every value as the person typed it after an invalid submit', () => {
    const view = formViewWithErrors();
    const card = registrationFormCard(view, t);
    for (const field of FORM_FIELDS)
      expect([field, input(card, field).value]).toEqual([field, view.values[field]]);
    expect(input(card, 'email').value).toBe('amina@');
  });

  it('shows each server-side error just below its input, and a summary at the top', () => {
    const view = formViewWithErrors();
    const errors = view.errors ?? {};
    expect(Object.keys(errors).sort()).toEqual([
      'consent',
      'country',
      'email',
      'givenName',
      'groupName',
    ]);
    const items = body(registrationFormCard(view, t));
    for (const field of FORM_FIELDS) {
      const next = items[items.findIndex((n) => n.id === field) + 1];
      const error = errors[field];
      expect([field, isError(next) ? next?.text : undefined]).toEqual([
        field,
        error ? t(error.key, error.params) : undefined,
      ]);
    }
    const firstInput = items.findIndex((n) => String(n.type).startsWith('Input.'));
    const summary = items.findIndex((n) => isError(n));
    expect(summary).toBeLessThan(firstInput);
    expect(items[summary]?.text).toBe(t('registration.form.fixErrors'));
  });

  it('shows no error text at all on a blank form', () => {
    expect(body(registrationFormCard(formView(), t)).filter(isError)).toEqual([]);
  });

  it('prefills the email and keeps stored choices selected', () => {
    const card = registrationFormCard(formView(), t);
    expect(input(card, 'email')).toMatchObject({
      style: 'email',
      value: 'amina.diallo@example.org',
    });
    expect(input(card, 'questionIds').value).toBe('q1');
    expect(input(card, 'category').value).toBe('ngo');
    expect(input(card, 'country').value).toBe('SN');
  });

  it('limits each text input to exactly what the server accepts', () => {
    const card = registrationFormCard(formView(), t);
    const limited = inputsOf(card).filter((i) => i.maxLength !== undefined);
    const expected = inputMaxLengths(REGISTRATION_LIMITS);
    expect(Object.fromEntries(limited.map((i) => [i.id, i.maxLength]))).toEqual(expected);
    for (const i of limited) {
      const field = i.id as FormField;
      const max = i.maxLength as number;
      expect([field, accepted(field, max)]).toEqual([field, true]);
      expect([field, accepted(field, max + 1)]).toEqual([field, false]);
    }
  });

  it('offers the event categories, every country by name, and each guiding question by its short label with its full text', () => {
    const card = registrationFormCard(formView(), t);
    expect(input(card, 'category')).toMatchObject({
      type: 'Input.ChoiceSet',
      style: 'compact',
      choices: dialogue.stakeholderCategories.map((c) => ({ title: c.label, value: c.id })),
    });
    const country = input(card, 'country');
    const countries = country.choices as Array<{ title: string; value: string }>;
    expect(country.style).toBe('filtered');
    expect(countries).toHaveLength(249);
    expect(countries.every((c) => isCountryCode(c.value))).toBe(true);
    expect(countries).toContainEqual({ title: 'Senegal', value: 'SN' });
    expect(input(card, 'questionIds')).toMatchObject({
      isMultiSelect: true,
      style: 'expanded',
      wrap: true,
      choices: dialogue.guidingQuestions.map((q, i) => ({
        title: `Question ${i + 1}: ${q.shortTitle} — ${q.text}`,
        value: q.id,
      })),
    });
    expect(dialogue.guidingQuestions.every((q) => q.shortTitle)).toBe(true);
  });

  it('names countries in the person’s language', () => {
    const card = registrationFormCard(formView({ locale: 'fr-FR' }), t);
    expect(input(card, 'country').choices).toContainEqual({ title: 'Sénégal', value: 'SN' });
  });

  it('leaves out the question choice for an event without guiding questions', () => {
    const card = registrationFormCard(formView({ questions: roundtable.guidingQuestions }), t);
    expect(nodes(card).some((n) => n.id === 'questionIds')).toBe(false);
  });

  it('asks for consent below the privacy notice, with toggles that submit "true" or "false"', () => {
    const items = body(registrationFormCard(formView(), t));
    const consent = items.findIndex((n) => n.id === 'consent');
    expect(nodes(items[consent - 1], 'TextRun')[0]?.text).toBe(dialogue.privacyNotice);
    for (const id of ['consent', 'wishesToSpeak']) {
      expect(items.find((n) => n.id === id)).toMatchObject({
        type: 'Input.Toggle',
        valueOn: 'true',
        valueOff: 'false',
      });
    }
    expect(items[consent]).toMatchObject({ isRequired: true, value: 'false' });
  });

  it('says "Register" for a new registration and "Save changes" for an edit', () => {
    const create = registrationFormCard(formView(), t);
    const origin = { mode: 'edit' as const, formId: 'f', registrationId: 'r', baseVersion: 1 };
    const edit = registrationFormCard(formView({ origin }), t);
    expect(nodes(create, 'Action.Execute')[0]?.title).toBe('Register');
    expect(nodes(edit, 'Action.Execute')[0]?.title).toBe('Save changes');
    expect(body(edit)[0]?.text).toBe('Change your registration');
  });
});

/** Whether the server accepts `length` characters in `field`, all else being valid. */
function accepted(field: FormField, length: number): boolean {
  const text = (n: number) => 'x'.repeat(n);
  const overrides: Record<string, string> =
    field === 'email'
      ? { email: `${text(length - '@example.org'.length)}@example.org` }
      : field === 'groupMembers'
        ? { groupName: 'Coalition', groupMembers: members(length) }
        : { [field]: text(length) };
  const result = parseRegistrationForm(validCardData(overrides), dialogue);
  return result.ok;
}

/** `length` characters of member lists: every member at full length, then one too long. */
function members(length: number): string {
  const { groupMember, groupMembers } = REGISTRATION_LIMITS;
  const full = Array.from({ length: groupMembers }, () => 'm'.repeat(groupMember)).join('\r\n');
  return length <= full.length ? full.slice(0, length) : full + 'm'.repeat(length - full.length);
}
