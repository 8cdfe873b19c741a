import type { QueueEntry } from '../../../core/speaking-queue/queue-types';

/**
 * The seed dialogue the summary test replays (issue 24, done when): the test's own people,
 * what each registered as and does, and the turns of the list, from which the test computes
 * the numbers the summary page must show.
 */

/** The test's own people: what each registered as, and what the test makes them do. */
export interface Person {
  key: string;
  category: string;
  country: string;
  /** The region as the test names it (UN regional groups, written out here by hand). */
  region: string;
  coalition?: string;
  created: string;
  confirmed: boolean;
  attends: 'email' | 'entraId' | false;
}
export const COALITION = { name: 'Cyber Peace Coalition', members: ['Org A', 'Org B'] };
export const PEOPLE: Person[] = [
  {
    key: 'A',
    category: 'business',
    country: 'KE',
    region: 'African Group',
    coalition: COALITION.name,
    created: '2024-02-15',
    confirmed: true,
    attends: 'email',
  },
  {
    key: 'B',
    category: 'ngo',
    country: 'BR',
    region: 'Latin American and Caribbean Group',
    coalition: COALITION.name,
    created: '2024-02-15',
    confirmed: true,
    attends: 'entraId',
  },
  {
    key: 'C',
    category: 'academia',
    country: 'DE',
    region: 'Western European and Others Group',
    created: '2024-02-18',
    confirmed: true,
    attends: 'email',
  },
  {
    key: 'D',
    category: 'technical-community',
    country: 'JP',
    region: 'Asia-Pacific Group',
    created: '2024-02-20',
    confirmed: true,
    attends: false,
  },
  {
    key: 'E',
    category: 'ngo',
    country: 'PL',
    region: 'Eastern European Group',
    created: '2024-02-22',
    confirmed: true,
    attends: false,
  },
  {
    key: 'G',
    category: 'business',
    country: 'US',
    region: 'Western European and Others Group',
    created: '2024-02-25',
    confirmed: false,
    attends: false,
  },
];
/** In order: who takes the floor, for whom, on which question, for how long. */
export const TURNS: Array<{
  key?: string;
  guest?: string;
  coalition: boolean;
  question: string | null;
  seconds: number;
  status: QueueEntry['status'];
  /**
   * Asked for with no question and given while this one was current, so the turn took it;
   * the chair then corrects it to `question`.
   */
  givenUnder?: string;
}> = [
  { key: 'A', coalition: true, question: 'q1', seconds: 150, status: 'done' },
  { key: 'C', coalition: false, question: 'q2', seconds: 200, status: 'done', givenUnder: 'q4' },
  { key: 'B', coalition: true, question: 'q1', seconds: 95, status: 'done' },
  { guest: 'Observer Org', coalition: false, question: null, seconds: 60, status: 'done' },
  { key: 'D', coalition: false, question: 'q3', seconds: 0, status: 'waiting' },
  { key: 'E', coalition: false, question: 'q4', seconds: 0, status: 'withdrawn' },
];
