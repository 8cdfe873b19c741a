/** Who skips the lobby: only people invited, or everyone in the organizer's organization. */
export type LobbyBypass = 'invited' | 'organization';

/** Who may present: the organizer alone, or the people given the presenter role. */
export type PresenterPolicy = 'organizer' | 'roleIsPresenter';

/** A presenter by user principal name (email) or by Entra object id. */
export type PresenterRef = { upn: string } | { entraId: string };

interface PresenterAttendee {
  upn?: string;
  identity?: { user: { id: string } };
  role: 'presenter';
}

/**
 * onlineMeeting settings as Graph names them: sent with `PATCH /users/{id}/onlineMeetings/{id}`
 * on the meeting behind a calendar event (or on `POST .../onlineMeetings` for a standalone one).
 */
export interface OnlineMeetingSettings {
  lobbyBypassSettings: { scope: LobbyBypass; isDialInBypassEnabled: boolean };
  allowedPresenters: PresenterPolicy;
  participants?: { attendees: PresenterAttendee[] };
}

/** Builds the settings; presenters are listed only when roles decide who presents. */
export function buildOnlineMeetingSettings(input: {
  lobby: LobbyBypass;
  presenters: PresenterPolicy;
  presenterUpns?: string[];
  presenterRefs?: PresenterRef[];
  dialInBypass?: boolean;
}): OnlineMeetingSettings {
  const base = {
    lobbyBypassSettings: { scope: input.lobby, isDialInBypassEnabled: input.dialInBypass ?? false },
    allowedPresenters: input.presenters,
  };
  switch (input.presenters) {
    case 'organizer':
      return base;
    case 'roleIsPresenter': {
      const refs = [
        ...(input.presenterUpns ?? []).map((upn) => ({ upn })),
        ...(input.presenterRefs ?? []),
      ];
      return { ...base, participants: { attendees: refs.map(presenterAttendee) } };
    }
  }
}

/**
 * The settings for a stakeholder meeting: invited people (the confirmed stakeholders on the
 * invitation, by phone too) skip the lobby, and only the chair's team presents.
 */
export function stakeholderMeetingSettings(chairTeam: {
  emails: readonly string[];
  objectIds: readonly string[];
}): OnlineMeetingSettings {
  return buildOnlineMeetingSettings({
    lobby: 'invited',
    presenters: 'roleIsPresenter',
    dialInBypass: true,
    presenterRefs: [
      ...chairTeam.emails.map((upn) => ({ upn })),
      ...chairTeam.objectIds.map((entraId) => ({ entraId })),
    ],
  });
}

function presenterAttendee(ref: PresenterRef): PresenterAttendee {
  return 'upn' in ref
    ? { upn: ref.upn, role: 'presenter' }
    : { identity: { user: { id: ref.entraId } }, role: 'presenter' };
}
