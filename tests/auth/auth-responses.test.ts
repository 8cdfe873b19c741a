import { authorize } from '../../core/access/queue-permissions';
import { roleOf } from '../../core/access/role';
import { EN } from '../../core/i18n/messages';
import AUTH_EN from '../../core/i18n/messages/en/auth.json';
import {
  authErrorResponse,
  forbiddenResponse,
  messageKeyOf,
  type AuthFailure,
} from '../../bot/platform/auth/auth-failure';
import { devPrincipalOf } from '../../bot/platform/auth/dev-users';

const FAILURES: AuthFailure[] = [
  'missingToken',
  'malformedToken',
  'unsupportedAlgorithm',
  'unknownKey',
  'badSignature',
  'expired',
  'notYetValid',
  'wrongIssuer',
  'wrongAudience',
  'wrongTenant',
  'missingScope',
  'missingIdentity',
  'keysUnavailable',
  'devSignInRefused',
  'devUserRequired',
  'devUserUnknown',
];

describe('refusals over HTTP', () => {
  it("answers 401 for every failure of the caller's sign-in, 503 when keys are unavailable", () => {
    for (const failure of FAILURES) {
      const expected = failure === 'keysUnavailable' ? 503 : 401;
      expect([failure, authErrorResponse(failure).status]).toEqual([failure, expected]);
    }
  });

  it('explains every failure with an auth text from the catalog, placeholders filled', () => {
    for (const failure of FAILURES) {
      const { body } = authErrorResponse(failure, 'fr-FR');
      expect(body.code).toBe(messageKeyOf(failure));
      expect(body.code.startsWith('auth.')).toBe(true);
      expect(body.error).not.toMatch(/\{\w+\}/);
    }
    expect(authErrorResponse('devUserUnknown').body.error).toContain('delegate-a');
  });

  it("answers 403 when a signed-in attendee tries a chair's action", () => {
    const attendee = devPrincipalOf('delegate-a')!;
    const role = roleOf({
      chairTeam: { objectIds: [], emails: [], tenantId: '' },
      tenantId: attendee.tid,
      aadObjectId: attendee.oid,
      meetingRole: attendee.meetingRole,
    });
    expect(role).toBe('attendee');
    expect(authorize(role, 'callNext')).toBe(false);
    expect(authorize(role, 'requestFloor')).toBe(true);
    expect(forbiddenResponse()).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
  });

  it('keeps the auth texts in the catalog unshadowed by other areas', () => {
    for (const [key, text] of Object.entries(AUTH_EN)) {
      expect([key, EN[key as keyof typeof EN]]).toEqual([key, text]);
    }
  });
});
