import {
  expandedRegistrationCard,
  registrationCard,
} from '../../bot/registration/registration-card';
import { translatorFor } from '../../core/i18n/catalog';
import { registrationView, t } from './card-fixtures';

const { group: _group, ...withoutGroup } = registrationView();

describe('registration card filled into its per-shape skeleton', () => {
  it.each([
    ['a new registration', registrationView()],
    ['an updated one with a note', registrationView({ variant: 'updated', note: 'Older version' })],
    ['one without a group', withoutGroup],
    ['a group without members', registrationView({ group: { name: 'Solo', members: [] } })],
    ['one without questions', registrationView({ questions: [] })],
    [
      'a deadline the same in both zones',
      registrationView({ deadline: { event: 'x', user: 'x' } }),
    ],
    [
      'a closed one with a reason',
      registrationView({ variant: 'existing', canEdit: false, notEditableReason: 'Closed.' }),
    ],
    ['a withdrawn one', registrationView({ variant: 'withdrawn', status: 'withdrawn' })],
    ['empty texts', registrationView({ jobTitle: '', organization: '' })],
  ])('when %s is shown twice, then both equal the card expanded from the template', (_, view) => {
    const expected = expandedRegistrationCard(view, t);
    expect(registrationCard(view, t)).toStrictEqual(expected);
    expect(registrationCard(view, t)).toStrictEqual(expected);
  });

  it('when two people of the same shape are shown, then each card carries only its own values', () => {
    const amina = registrationCard(registrationView(), t);
    const other = registrationCard(
      registrationView({ givenName: 'Li', familyName: 'Wei', registrationId: 'r-2' }),
      t,
    );
    expect(JSON.stringify(other)).toContain('Li Wei');
    expect(JSON.stringify(other)).toContain('"registrationId":"r-2"');
    expect(JSON.stringify(other)).not.toContain('Amina');
    expect(JSON.stringify(amina)).not.toContain('Li Wei');
  });

  it('when an Arabic reader is shown the same shape, then the card is right to left and in Arabic', () => {
    const ar = translatorFor('ar');
    const card = registrationCard(registrationView({ locale: 'ar' }), ar);
    expect(card).toStrictEqual(expandedRegistrationCard(registrationView({ locale: 'ar' }), ar));
    expect(card.rtl).toBe(true);
    expect(registrationCard(registrationView(), t).rtl).toBeUndefined();
  });

  it('when a caller builds on the card, then the next card is unchanged', () => {
    const card = registrationCard(registrationView(), t);
    (card.body as unknown[]).push({ type: 'TextBlock', text: 'added' });
    expect(registrationCard(registrationView(), t)).toStrictEqual(
      expandedRegistrationCard(registrationView(), t),
    );
  });
});
