import type { MeetingRole } from '../../../core/access/role';

/** Who is calling the tab API, as proven by a Teams SSO token. */
export interface EntraPrincipal {
  dev: false;
  /** Entra object id, lower-cased: with `tid`, the person's identity. */
  oid: string;
  tid: string;
  name: string;
  preferredUsername?: string;
  /** A directory-controlled email, only for tokens of the configured tenant (chair checks). */
  email?: string;
  /** The role Teams reports in the Teams meeting of the event at hand (bot/meeting-presence/meeting-roles). */
  meetingRole?: MeetingRole;
}

/** A test user of the development sign-in; never exists when an Entra app is configured. */
export interface DevPrincipal {
  dev: true;
  oid: string;
  tid: string;
  name: string;
  preferredUsername: string;
  email: string;
  /** Stands in for `getMeetingParticipant`, which has no local emulation. */
  meetingRole: MeetingRole;
}

export type Principal = EntraPrincipal | DevPrincipal;
