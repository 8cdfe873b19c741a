import { EVENT_ID } from '../conversation/journey-helpers';

const E = `/api/events/${EVENT_ID}`;

/**
 * Who may call a route: `signedIn` any valid tab token, `chair` the chair's team only, `bot`
 * Bot Framework tokens only, `metrics` the metrics token only, `public` anyone (links carry
 * their own random token, so a made-up one is simply unknown).
 */
export type Access = 'public' | 'signedIn' | 'chair' | 'bot' | 'metrics';
export interface Row {
  route: string;
  path: string;
  access: Access;
  body?: unknown;
  /** Status for valid callers: the attendee (signedIn routes) and the chair. */
  ok: { attendee?: number; chair: number };
}

export const ROWS: Row[] = [
  { route: 'GET /healthz', path: '/healthz', access: 'public', ok: { chair: 200 } },
  { route: 'GET /readyz', path: '/readyz', access: 'public', ok: { chair: 200 } },
  { route: 'GET /metrics', path: '/metrics', access: 'metrics', ok: { chair: 401 } },
  {
    route: 'POST /api/messages',
    path: '/api/messages',
    access: 'bot',
    body: { type: 'message', text: 'hi' },
    ok: { chair: 401 },
  },
  { route: 'GET /api/i18n/:lang', path: '/api/i18n/en', access: 'public', ok: { chair: 200 } },
  { route: 'GET /api/me', path: '/api/me', access: 'signedIn', ok: { attendee: 200, chair: 200 } },
  { route: 'GET /api/events', path: '/api/events', access: 'public', ok: { chair: 200 } },
  {
    route: 'GET /api/exports/:token',
    path: '/api/exports/made-up-token',
    access: 'public',
    ok: { chair: 404 },
  },
  {
    route: 'GET /api/calendar/:token',
    path: '/api/calendar/made-up-token',
    access: 'public',
    ok: { chair: 404 },
  },
  { route: 'GET /tab/*', path: '/tab/index.html', access: 'public', ok: { chair: 200 } },
  // Teams' consent pop-up: redirects to Entra ID and back to the tab (no one signed in yet).
  { route: 'GET /auth/consent', path: '/auth/consent', access: 'public', ok: { chair: 302 } },
  {
    route: 'GET /auth/consent/done',
    path: '/auth/consent/done',
    access: 'public',
    ok: { chair: 302 },
  },
  {
    route: 'GET /api/events/:eventId/queue',
    path: `${E}/queue`,
    access: 'signedIn',
    ok: { attendee: 200, chair: 200 },
  },
  {
    route: 'POST /api/events/:eventId/queue/commands',
    path: `${E}/queue/commands`,
    access: 'signedIn',
    body: { type: 'closeList', baseVersion: 0 },
    ok: { attendee: 403, chair: 200 },
  },
  {
    route: 'GET /api/events/:eventId/queue/stream',
    path: `${E}/queue/stream`,
    access: 'signedIn',
    ok: { attendee: 200, chair: 200 },
  },
  {
    route: 'POST /api/events/:eventId/meeting',
    path: `${E}/meeting`,
    access: 'chair',
    body: { meetingId: 'not-a-meeting' },
    ok: { chair: 200 },
  },
  {
    route: 'GET /api/events/:eventId/registrations',
    path: `${E}/registrations`,
    access: 'chair',
    ok: { chair: 200 },
  },
  {
    route: 'POST /api/events/:eventId/registrations/decisions',
    path: `${E}/registrations/decisions`,
    access: 'chair',
    body: { decisions: [] },
    ok: { chair: 400 },
  },
  {
    route: 'POST /api/events/:eventId/registrations/decisions/preview',
    path: `${E}/registrations/decisions/preview`,
    access: 'chair',
    body: {},
    ok: { chair: 400 },
  },
  {
    route: 'POST /api/events/:eventId/capacity/preview',
    path: `${E}/capacity/preview`,
    access: 'chair',
    body: { capacity: 'forty' },
    ok: { chair: 400 },
  },
  {
    route: 'PUT /api/events/:eventId/capacity',
    path: `${E}/capacity`,
    access: 'chair',
    body: { capacity: 'forty' },
    ok: { chair: 400 },
  },
  {
    route: 'GET /api/events/:eventId/delivery',
    path: `${E}/delivery`,
    access: 'chair',
    ok: { chair: 200 },
  },
  {
    route: 'GET /api/events/:eventId/registrations/:registrationId',
    path: `${E}/registrations/00000000-0000-4000-8000-000000000000`,
    access: 'chair',
    ok: { chair: 404 },
  },
  {
    route: 'POST /api/events/:eventId/registrations/export',
    path: `${E}/registrations/export`,
    access: 'chair',
    body: { format: 'xlsx' },
    ok: { chair: 200 },
  },
  {
    route: 'POST /api/events/:eventId/delivery/stop',
    path: `${E}/delivery/stop`,
    access: 'chair',
    body: {},
    ok: { chair: 200 },
  },
  {
    route: 'POST /api/events/:eventId/delivery/retry',
    path: `${E}/delivery/retry`,
    access: 'chair',
    body: {},
    ok: { chair: 200 },
  },
  {
    route: 'GET /api/events/:eventId/programme',
    path: `${E}/programme`,
    access: 'signedIn',
    ok: { attendee: 200, chair: 200 },
  },
  {
    route: 'GET /api/events/:eventId/my-roundtable',
    path: `${E}/my-roundtable`,
    access: 'signedIn',
    ok: { attendee: 400, chair: 400 },
  },
  {
    route: 'POST /api/events/:eventId/matches/:matchId/answer',
    path: `${E}/matches/m1/answer`,
    access: 'signedIn',
    body: { answer: 'accept' },
    ok: { attendee: 400, chair: 400 },
  },
  {
    route: 'GET /api/events/:eventId/invitations',
    path: `${E}/invitations`,
    access: 'chair',
    ok: { chair: 400 },
  },
  {
    route: 'GET /api/events/:eventId/breakouts',
    path: `${E}/breakouts`,
    access: 'chair',
    ok: { chair: 400 },
  },
  {
    route: 'POST /api/events/:eventId/invitations/export',
    path: `${E}/invitations/export`,
    access: 'chair',
    body: {},
    ok: { chair: 400 },
  },
  {
    route: 'POST /api/events/:eventId/breakouts/export',
    path: `${E}/breakouts/export`,
    access: 'chair',
    body: {},
    ok: { chair: 400 },
  },
  {
    route: 'GET /api/events/:eventId/queue/sessions',
    path: `${E}/queue/sessions`,
    access: 'signedIn',
    ok: { attendee: 200, chair: 200 },
  },
  {
    route: 'PUT /api/events/:eventId/queue/sessions/chosen',
    path: `${E}/queue/sessions/chosen`,
    access: 'signedIn',
    body: { sessionId: 'no-such-session' },
    ok: { attendee: 403, chair: 404 },
  },
  {
    route: 'GET /api/events/:eventId/attendance',
    path: `${E}/attendance`,
    access: 'chair',
    ok: { chair: 409 },
  },
  {
    route: 'GET /api/events/:eventId/summary',
    path: `${E}/summary`,
    access: 'chair',
    ok: { chair: 200 },
  },
  {
    route: 'GET /api/events/:eventId/summary/page',
    path: `${E}/summary/page`,
    access: 'chair',
    ok: { chair: 200 },
  },
  {
    route: 'POST /api/events/:eventId/summary/link',
    path: `${E}/summary/link`,
    access: 'chair',
    ok: { chair: 200 },
  },
  {
    route: 'PUT /api/events/:eventId/summary/excerpts/:sessionId/:entryId',
    path: `${E}/summary/excerpts/main/e1`,
    access: 'chair',
    body: { hidden: true },
    ok: { chair: 200 },
  },
  {
    route: 'GET /api/events/:eventId/speakers',
    path: `${E}/speakers`,
    access: 'chair',
    ok: { chair: 200 },
  },
  {
    route: 'POST /api/events/:eventId/speakers/place',
    path: `${E}/speakers/place`,
    access: 'chair',
    // A made-up registration: the chair is let through and told it is unknown.
    body: { baseVersion: 999, registrationIds: ['made-up'] },
    ok: { chair: 404 },
  },
  {
    route: 'POST /api/events/:eventId/speakers/publish',
    path: `${E}/speakers/publish`,
    access: 'chair',
    body: { baseVersion: 999 },
    ok: { chair: 409 },
  },
  {
    route: 'GET /events/:eventId/register',
    path: `/events/${EVENT_ID}/register`,
    access: 'public',
    ok: { chair: 200 },
  },
  {
    route: 'GET /webchat/webchat.js',
    path: '/webchat/webchat.js',
    access: 'public',
    ok: { chair: 200 },
  },
  {
    route: 'GET /webchat/register-page.js',
    path: '/webchat/register-page.js',
    access: 'public',
    ok: { chair: 200 },
  },
  {
    // No Direct Line configured here: the page's token route says the chat is unavailable.
    route: 'POST /api/webchat/token',
    path: `/api/webchat/token?event=${EVENT_ID}`,
    access: 'public',
    ok: { chair: 503 },
  },
  {
    route: 'GET /summary/:token',
    path: '/summary/made-up-token',
    access: 'public',
    ok: { chair: 410 },
  },
  {
    route: 'GET /api/events/:eventId/inputs',
    path: `${E}/inputs`,
    access: 'chair',
    ok: { chair: 200 },
  },
  {
    route: 'POST /api/events/:eventId/inputs/:inputId/review',
    path: `${E}/inputs/made-up-input/review`,
    access: 'chair',
    body: { decision: 'publish' },
    ok: { chair: 404 },
  },
  {
    route: 'GET /api/events/:eventId/inputs/:inputId/file',
    path: `${E}/inputs/made-up-input/file`,
    access: 'chair',
    ok: { chair: 404 },
  },
  {
    route: 'GET /events/:eventId/inputs',
    path: `/events/${EVENT_ID}/inputs`,
    access: 'public',
    ok: { chair: 200 },
  },
  {
    route: 'GET /events/:eventId/inputs.json',
    path: `/events/${EVENT_ID}/inputs.json`,
    access: 'public',
    ok: { chair: 200 },
  },
  {
    route: 'GET /events/:eventId/inputs.atom',
    path: `/events/${EVENT_ID}/inputs.atom`,
    access: 'public',
    ok: { chair: 200 },
  },
  {
    route: 'GET /events/:eventId/inputs/:inputId/file',
    path: `/events/${EVENT_ID}/inputs/made-up-input/file`,
    access: 'public',
    ok: { chair: 404 },
  },
];
