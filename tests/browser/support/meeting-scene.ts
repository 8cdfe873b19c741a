import type { BotHarness } from '../../support/bot-harness';
import { command } from './queue-api';
import { importRoundtable, registerForRoundtable } from './roundtable-scene';
import { delegateAInMeeting, registerDelegateA, runClock } from './tab-session';

/**
 * Every tab surface with something on it: the seed dialogue under way (a speaker with the
 * timer running, a question, delegate A waiting but out of the Teams meeting) and the seed
 * roundtable with delegate A registered.
 */
export async function meetingUnderWay(bot: BotHarness): Promise<void> {
  runClock(bot);
  await registerDelegateA(bot);
  await importRoundtable(bot);
  await registerForRoundtable(bot, 'delegate-a', { organization: 'Cyber Capacity Foundation' });
  await command(bot, 'chair', {
    type: 'add',
    speaker: { name: 'Kenji Sato', organization: 'Open Standards Institute' },
  });
  await command(bot, 'delegate-a', {
    type: 'requestFloor',
    onBehalfOf: {
      kind: 'group',
      name: 'Cyber Peace Coalition',
      members: ['Digital Rights Coalition', 'Open Net Africa'],
    },
    questionId: 'q2',
  });
  await command(bot, 'chair', {
    type: 'add',
    speaker: { name: 'Lucía Fernández', organization: 'Universidad de Chile' },
    kind: 'rightOfReply',
  });
  await command(bot, 'chair', { type: 'setCurrentQuestion', questionId: 'q2' });
  await command(bot, 'chair', { type: 'callNext' });
  await command(bot, 'chair', { type: 'startTimer' });
  await delegateAInMeeting(bot, 'leave', new Date());
}
