import { GraphError } from '@microsoft/microsoft-graph-client';
import { MeetingProviderError, type MeetingFailure } from './meeting-provider-error';
import {
  AUTHENTICATION_ERROR,
  AUTHENTICATION_NETWORK_ERROR,
} from '../platform/graph/msal-authentication-provider';

/** Which call failed: a 404 means an unknown organizer on create, a vanished event later. */
export type GraphOperation = 'create' | 'update';

/** Maps whatever the Graph SDK threw to a MeetingProviderError naming cause and fix. */
export function toMeetingError(
  error: unknown,
  operation: GraphOperation,
  organizer: string,
): MeetingProviderError {
  if (error instanceof MeetingProviderError) return error;
  const status = error instanceof GraphError ? error.statusCode : -1;
  const code = (error instanceof GraphError ? error.code : undefined) ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const failure = classify(status, code, message, operation);
  return new MeetingProviderError(
    failure,
    { organizer, status, detail: code || message.slice(0, 200) },
    { status, graphCode: code },
    { cause: error },
  );
}

function classify(
  status: number,
  code: string,
  message: string,
  operation: GraphOperation,
): MeetingFailure {
  if (code === AUTHENTICATION_ERROR) return 'authentication';
  if (code === AUTHENTICATION_NETWORK_ERROR || status <= 0) return 'network';
  if (status === 401) return 'authentication';
  if (status === 403) return forbidden(message);
  if (status === 404) return notFound(code, operation);
  if (status === 400 && /ErrorInvalidRecipients|recipient/i.test(`${code} ${message}`))
    return 'attendeeWithoutMailbox';
  if (status === 400) return 'invalidRequest';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'unavailable';
  return 'unexpected';
}

function forbidden(message: string): MeetingFailure {
  // Exchange's RBAC/application access policy: "[RAOP] : Blocked by tenant configured AppOnly AccessPolicy".
  if (/RAOP|AppOnly AccessPolicy/i.test(message)) return 'mailboxAccessPolicy';
  // Teams: "No application access policy found for this app." (online meetings as the app).
  if (/application access policy/i.test(message)) return 'teamsAccessPolicy';
  return 'calendarPermission';
}

function notFound(code: string, operation: GraphOperation): MeetingFailure {
  if (/MailboxNotEnabledForRESTAPI|ErrorNonExistentMailbox|MailboxNotFound/i.test(code))
    return 'organizerWithoutMailbox';
  if (/ErrorInvalidUser|ResourceNotFound/i.test(code)) return 'organizerNotFound';
  if (/ErrorItemNotFound/i.test(code)) return 'meetingNotFound';
  return operation === 'create' ? 'organizerNotFound' : 'meetingNotFound';
}
