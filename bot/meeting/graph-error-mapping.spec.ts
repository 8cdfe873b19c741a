import { GraphError } from '@microsoft/microsoft-graph-client';
import { toMeetingError } from './graph-error-mapping';

const graphError = (status: number, code: string, message = '') => {
  const error = new GraphError(status, message);
  error.code = code;
  return error;
};

describe('toMeetingError', () => {
  it.each([
    [
      graphError(403, 'Forbidden', 'No application access policy found for this app.'),
      'create',
      'teamsAccessPolicy',
    ],
    [graphError(404, 'MailboxNotEnabledForRESTAPI'), 'create', 'organizerWithoutMailbox'],
    [graphError(404, 'ErrorItemNotFound'), 'update', 'meetingNotFound'],
    [graphError(401, 'InvalidAuthenticationToken'), 'create', 'authentication'],
    [graphError(429, 'TooManyRequests'), 'create', 'throttled'],
    [graphError(504, 'GatewayTimeout'), 'create', 'unavailable'],
    [graphError(-1, 'TypeError', 'fetch failed'), 'create', 'network'],
    [graphError(400, 'BadRequest', 'Invalid property'), 'create', 'invalidRequest'],
  ] as const)('maps %p on %s to %s', (error, operation, failure) => {
    expect(toMeetingError(error, operation, 'chair@contoso.example').failure).toBe(failure);
  });
});
