/** Who skips the lobby: only people invited, or everyone in the organizer's organization. */
export type LobbyBypass = 'invited' | 'organization';

/** Who may present: the organizer alone, or the people given the presenter role. */
export type PresenterPolicy = 'organizer' | 'roleIsPresenter';

/**
 * onlineMeeting settings as Graph names them. In the Graph subset they travel only on
 * `POST /users/{id}/onlineMeetings` (a standalone meeting, Teams application access policy
 * needed); the subset has no PATCH of an existing meeting, so a calendar-created meeting
 * keeps the tenant's defaults.
 */
export interface OnlineMeetingSettings {
  lobbyBypassSettings: { scope: LobbyBypass; isDialInBypassEnabled: false };
  allowedPresenters: PresenterPolicy;
  participants?: { attendees: { upn: string; role: 'presenter' }[] };
}

/** Builds the settings; presenters are listed only when roles decide who presents. */
export function buildOnlineMeetingSettings(input: {
  lobby: LobbyBypass;
  presenters: PresenterPolicy;
  presenterUpns?: string[];
}): OnlineMeetingSettings {
  const base = {
    lobbyBypassSettings: { scope: input.lobby, isDialInBypassEnabled: false as const },
    allowedPresenters: input.presenters,
  };
  switch (input.presenters) {
    case 'organizer':
      return base;
    case 'roleIsPresenter':
      return {
        ...base,
        participants: {
          attendees: (input.presenterUpns ?? []).map((upn) => ({
            upn,
            role: 'presenter' as const,
          })),
        },
      };
  }
}
