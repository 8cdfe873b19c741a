import { buildOnlineMeetingSettings } from '../../core/meeting/online-meeting-settings';
import { checkAgainstSubset } from '../support/graph-standin';

describe('buildOnlineMeetingSettings against the subset', () => {
  it('when only invited people skip the lobby and the organizer presents, then the body fits onlineMeeting', () => {
    const body = buildOnlineMeetingSettings({ lobby: 'invited', presenters: 'organizer' });
    expect(body).toEqual({
      lobbyBypassSettings: { scope: 'invited', isDialInBypassEnabled: false },
      allowedPresenters: 'organizer',
    });
    expect(checkAgainstSubset('microsoft.graph.onlineMeeting', body)).toEqual([]);
  });

  it('when roles decide presenters, then presenters are listed with the presenter role', () => {
    const body = buildOnlineMeetingSettings({
      lobby: 'organization',
      presenters: 'roleIsPresenter',
      presenterUpns: ['moderator@contoso.example'],
    });
    expect(body.participants?.attendees).toEqual([
      { upn: 'moderator@contoso.example', role: 'presenter' },
    ]);
    expect(checkAgainstSubset('microsoft.graph.onlineMeeting', body)).toEqual([]);
  });

  it('when a value is not one Graph knows, then the subset check fails', () => {
    const errors = checkAgainstSubset('microsoft.graph.onlineMeeting', {
      lobbyBypassSettings: { scope: 'Invited' },
      allowedPresenter: 'organizer',
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/lobbyBypassSettings/scope'),
        '/allowedPresenter is not a property of microsoft.graph.onlineMeeting',
      ]),
    );
  });
});
