import type { DelegationLevel } from './delegation-level';
import { aHead, anInvitation, applyAll } from '../testing/invitation-fixtures';
import {
  openingRemarksRequests,
  orderOpeningRemarks,
  type OpeningRemarksRequest,
} from './opening-remarks';

const request = (
  stateCode: string,
  level: DelegationLevel,
  iso: string,
): OpeningRemarksRequest => ({
  stateCode,
  speakerName: `Head of ${stateCode}`,
  speakerTitle: 'Head of delegation',
  level,
  requestedAt: new Date(iso),
});
const order = (requests: OpeningRemarksRequest[]) =>
  orderOpeningRemarks(requests).map((r) => r.stateCode);

describe('orderOpeningRemarks', () => {
  it('puts ministers first, then deputy ministers, ambassadors and others, whenever they asked', () => {
    expect(
      order([
        request('AA', 'other', '2024-04-01T00:00:00Z'),
        request('BB', 'ambassador', '2024-04-02T00:00:00Z'),
        request('CC', 'deputyMinister', '2024-04-03T00:00:00Z'),
        request('DD', 'minister', '2024-04-04T00:00:00Z'),
      ]),
    ).toEqual(['DD', 'CC', 'BB', 'AA']);
  });

  it('orders one level by time of request, then by State code when the times are equal', () => {
    expect(
      order([
        request('KE', 'minister', '2024-04-02T00:00:00Z'),
        request('SG', 'minister', '2024-04-01T00:00:00Z'),
        request('EE', 'minister', '2024-04-02T00:00:00Z'),
      ]),
    ).toEqual(['SG', 'EE', 'KE']);
  });

  it('gives each State one turn, at its earliest request', () => {
    const ordered = orderOpeningRemarks([
      request('SG', 'minister', '2024-04-05T00:00:00Z'),
      request('KE', 'minister', '2024-04-03T00:00:00Z'),
      request('SG', 'minister', '2024-04-01T00:00:00Z'),
    ]);
    expect(ordered.map((r) => [r.stateCode, r.requestedAt.toISOString().slice(0, 10)])).toEqual([
      ['SG', '2024-04-01'],
      ['KE', '2024-04-03'],
    ]);
  });

  it('does not depend on the order the requests arrive in', () => {
    const requests = [
      request('FR', 'ambassador', '2024-04-01T00:00:00Z'),
      request('BR', 'minister', '2024-04-02T00:00:00Z'),
      request('IN', 'minister', '2024-04-02T00:00:00Z'),
    ];
    expect(order([...requests].reverse())).toEqual(order(requests));
  });
});

describe('openingRemarksRequests', () => {
  it('takes requests from accepted invitations only, with the current head of delegation', () => {
    const at = '2024-02-01T00:00:00Z';
    const invitations = [
      applyAll(anInvitation('SG'), [
        [{ type: 'accept', headOfDelegation: aHead('minister', 'H.E. Ms. Teo') }, at],
        [{ type: 'requestOpeningRemarks' }, '2024-02-02T00:00:00Z'],
      ]),
      applyAll(anInvitation('KE'), [
        [{ type: 'accept', headOfDelegation: aHead('ambassador') }, at],
      ]),
      applyAll(anInvitation('FR'), [
        [{ type: 'accept', headOfDelegation: aHead('minister') }, at],
        [{ type: 'requestOpeningRemarks' }, at],
        [{ type: 'decline' }, at],
      ]),
    ];
    expect(openingRemarksRequests(invitations)).toEqual([
      {
        stateCode: 'SG',
        speakerName: 'H.E. Ms. Teo',
        speakerTitle: 'Minister for Digital Development',
        level: 'minister',
        requestedAt: new Date('2024-02-02T00:00:00Z'),
      },
    ]);
  });
});
