import { regionalGroupOf } from './un-regional-groups';

describe('regionalGroupOf', () => {
  it('when a Member State is given, then its UN regional group is named', () => {
    expect(regionalGroupOf('ke')).toBe('african');
    expect(regionalGroupOf('JP')).toBe('asiaPacific');
    expect(regionalGroupOf('PL')).toBe('easternEuropean');
    expect(regionalGroupOf('BR')).toBe('grulac');
    expect(regionalGroupOf('DE')).toBe('weog');
  });

  it('when the country is in no group, then it is other', () => {
    expect(regionalGroupOf('PS')).toBe('other');
    expect(regionalGroupOf('')).toBe('other');
  });
});
