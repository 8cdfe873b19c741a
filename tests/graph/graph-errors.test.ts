import { MeetingProviderError } from '../../bot/meeting/meeting-provider-error';
import { translate } from '../../core/i18n/catalog';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { createRequest, graphProvider } from './graph-fixtures';

async function failureOf(promise: Promise<unknown>): Promise<MeetingProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MeetingProviderError);
  return error as MeetingProviderError;
}

describe('Graph failures', () => {
  let standIn: GraphStandIn;
  beforeEach(async () => (standIn = await startGraphStandIn()));
  afterEach(() => standIn.close());

  it('when Graph answers 403 access denied, then the error names the missing Calendars.ReadWrite permission', async () => {
    standIn.failNext({ status: 403 });

    const error = await failureOf(graphProvider(standIn).createMeeting(createRequest()));

    expect(error).toMatchObject({ failure: 'calendarPermission', detail: { status: 403 } });
    expect(translate('en', error.messageKey, error.params)).toContain('Calendars.ReadWrite');
  });

  it('when an Exchange application access policy blocks the mailbox, then the fix names the policy', async () => {
    standIn.failNext({
      status: 403,
      message:
        'Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.',
    });

    const error = await failureOf(graphProvider(standIn).createMeeting(createRequest()));

    expect(error.failure).toBe('mailboxAccessPolicy');
    expect(translate('en', error.messageKey, error.params)).toContain('chair@contoso.example');
  });

  it('when the organizer does not exist, then the error says to fix GRAPH_ORGANIZER', async () => {
    const provider = graphProvider(standIn, 'nobody@contoso.example');

    const error = await failureOf(provider.createMeeting(createRequest()));

    expect(error).toMatchObject({
      failure: 'organizerNotFound',
      detail: { status: 404, graphCode: 'ErrorInvalidUser' },
    });
    expect(translate('en', error.messageKey, error.params)).toMatch(
      /nobody@contoso\.example.*GRAPH_ORGANIZER/,
    );
  });

  it('when an attendee address has no mailbox, then the error points at the registration', async () => {
    standIn.failNext({
      status: 400,
      code: 'ErrorInvalidRecipients',
      message: 'At least one recipient is not valid.',
    });

    const error = await failureOf(graphProvider(standIn).createMeeting(createRequest()));

    expect(error.failure).toBe('attendeeWithoutMailbox');
  });

  it('when Entra ID and Graph cannot be reached, then the error is a network failure', async () => {
    const provider = graphProvider(standIn);
    await standIn.close();

    const error = await failureOf(provider.createMeeting(createRequest()));

    expect(error.failure).toBe('network');
    expect(translate('en', error.messageKey, error.params)).toContain('login.microsoftonline.com');
    standIn = await startGraphStandIn(); // afterEach closes a live one
  });
});
