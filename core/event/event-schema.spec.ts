import dialogue from '../../examples/oewg-informal-dialogue-2024-02-28.json';
import roundtable from '../../examples/global-roundtable-2024-05-10.json';
import demo from '../../examples/demo-informal-dialogue.json';
import { parseEventDefinition } from './event-schema';
import { eventInstants } from './event-times';

const fieldsOf = (input: unknown) => {
  const result = parseEventDefinition(input);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.key}`);
};

describe('parseEventDefinition', () => {
  it('accepts both seed events and the demo as the letters give them', () => {
    for (const example of [dialogue, roundtable, demo]) expect(fieldsOf(example)).toEqual([]);
  });

  it('reads the dialogue deadline as 12 noon New York time (17:00 UTC in February)', () => {
    const result = parseEventDefinition(dialogue);
    if (!result.ok) throw new Error('seed event must parse');
    const instants = eventInstants(result.value);
    expect(instants.registrationDeadline.toISOString()).toBe('2024-02-26T17:00:00.000Z');
    expect(instants.start.toISOString()).toBe('2024-02-28T14:00:00.000Z');
    expect(result.value.guidingQuestions).toHaveLength(4);
  });

  it('names the field of a missing, mistyped or unknown property', () => {
    const { title: _t, ...noTitle } = dialogue;
    expect(fieldsOf(noTitle)).toEqual(['title:field.required']);
    expect(fieldsOf({ ...dialogue, defaultSpeakingTimeSeconds: '180' })).toEqual([
      'defaultSpeakingTimeSeconds:field.invalidType',
    ]);
    expect(fieldsOf({ ...dialogue, defaultCoalitionSpeakingTimeSeconds: '300' })).toEqual([
      'defaultCoalitionSpeakingTimeSeconds:field.invalidType',
    ]);
    expect(fieldsOf({ ...dialogue, defaultCoalitionSpeakingTimeSeconds: 300 })).toEqual([]);
    expect(fieldsOf({ ...dialogue, colour: 'blue' })).toEqual(['colour:field.unknownField']);
    expect(fieldsOf({ ...dialogue, kind: 'webinar' })).toEqual(['kind:field.invalidChoice']);
  });

  it('refuses a deadline after the start and an end before the start', () => {
    expect(
      fieldsOf({
        ...dialogue,
        registration: { opens: '2024-02-14T00:00', deadline: '2024-02-29T12:00' },
      }),
    ).toEqual(['registration.deadline:event.field.deadlineAfterStart']);
    expect(fieldsOf({ ...dialogue, end: '2024-02-28T08:00' })).toEqual([
      'end:event.field.endBeforeStart',
    ]);
  });

  it('refuses an unknown time zone and a local time that falls in a daylight-saving gap', () => {
    expect(fieldsOf({ ...dialogue, timeZone: 'Mars/Olympus_Mons' })).toEqual([
      'timeZone:event.field.unknownTimeZone',
    ]);
    // Clocks in New York jumped from 02:00 to 03:00 on 10 March 2024.
    const gap = { ...dialogue, start: '2024-03-10T02:30', end: '2024-03-10T05:00' };
    expect(fieldsOf(gap)).toContain('start:event.field.invalidLocalTime');
  });

  it('refuses two guiding questions with the same id, naming the second', () => {
    const questions = [dialogue.guidingQuestions[0], dialogue.guidingQuestions[0]];
    expect(fieldsOf({ ...dialogue, guidingQuestions: questions })).toEqual([
      'guidingQuestions.1.id:event.field.duplicateId',
    ]);
  });

  it("accepts a session's own speaking time and refuses one out of range, naming it", () => {
    const session = (seconds: unknown) => ({
      ...dialogue,
      programme: [{ ...dialogue.programme[0], speakingTimeSeconds: seconds }],
    });
    expect(fieldsOf(session(120))).toEqual([]);
    expect(fieldsOf(session(10))).toEqual([
      'programme.0.speakingTimeSeconds:roundtable.field.numberTooSmall',
    ]);
    expect(fieldsOf(session('2m'))).toEqual(['programme.0.speakingTimeSeconds:field.invalidType']);
  });
});
