import { parseInputReviewCommand } from './input-review-command';

describe('parseInputReviewCommand', () => {
  it('reads the listing, with or without an event', () => {
    expect(parseInputReviewCommand('inputs')).toEqual({ kind: 'list' });
    expect(parseInputReviewCommand('Inputs oewg-dialogue')).toEqual({
      kind: 'list',
      eventId: 'oewg-dialogue',
    });
    expect(parseInputReviewCommand('inputs a b')).toEqual({ kind: 'usage' });
  });

  it('reads publish and withhold with the reason as typed', () => {
    expect(parseInputReviewCommand('publish 1A2B3C4D')).toEqual({
      kind: 'review',
      decision: 'publish',
      inputId: '1a2b3c4d',
      reason: '',
    });
    expect(parseInputReviewCommand('withhold 1a2b3c4d Names a private person')).toEqual({
      kind: 'review',
      decision: 'withhold',
      inputId: '1a2b3c4d',
      reason: 'Names a private person',
    });
  });

  it('answers usage for a verb without its id, and nothing for other lines', () => {
    expect(parseInputReviewCommand('publish')).toEqual({ kind: 'usage' });
    expect(parseInputReviewCommand('publish 1a2b3c4d now please')).toEqual({ kind: 'usage' });
    expect(parseInputReviewCommand('statement')).toBeUndefined();
    expect(parseInputReviewCommand('input')).toBeUndefined();
  });
});
