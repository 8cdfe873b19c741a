import { nameKey, personKey, samePerson } from './person-key';

describe('personKey', () => {
  it('keys a registrant by registration id, whatever the spelling of the name', () => {
    expect(personKey({ registrationId: 'r1', name: 'A', organization: 'X' })).toBe(
      'registration:r1',
    );
  });

  it('keys a guest by name and organization without case, accents or extra spaces', () => {
    const a = personKey({ name: '  Zoë   NDIAYE', organization: 'Réseau Côtier' });
    expect(a).toBe(personKey({ name: 'zoe ndiaye', organization: 'reseau cotier ' }));
    expect(a).toBe(nameKey({ name: 'Zoe Ndiaye', organization: 'Reseau Cotier' }));
  });
});

describe('samePerson', () => {
  it('matches a guest with a registrant of the same name and organization', () => {
    expect(
      samePerson(
        { name: 'Ana Lima', organization: 'WWF' },
        { registrationId: 'r1', name: 'ana lima', organization: 'wwf' },
      ),
    ).toBe(true);
  });

  it('tells apart two registrants who share a name', () => {
    expect(
      samePerson(
        { registrationId: 'r1', name: 'Ana Lima', organization: 'WWF' },
        { registrationId: 'r2', name: 'Ana Lima', organization: 'WWF' },
      ),
    ).toBe(false);
  });

  it('tells apart the same name in two organizations', () => {
    expect(
      samePerson(
        { name: 'Ana Lima', organization: 'WWF' },
        { name: 'Ana Lima', organization: 'IUCN' },
      ),
    ).toBe(false);
  });
});
