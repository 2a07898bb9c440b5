import { communityLocalToIso, isoToCommunityLocal } from '../../../lib/community-time';
import { emptyInvite, inviteRequest } from './invite-draft';

const NOW = new Date('2026-12-01T10:00:00Z');
const ANA = '6f9619ff-8b86-4d01-b42d-00cf4fc964ff';

describe('the coffee invitation draft', () => {
  it('reads times on the coworking clock: 13:30 in Barcelona in December is 12:30 UTC', () => {
    expect(new Date(communityLocalToIso('2026-12-03T13:30')!).toISOString()).toBe('2026-12-03T12:30:00.000Z');
    expect(isoToCommunityLocal('2026-07-03T07:00:00Z')).toBe('2026-07-03T09:00');
    expect(communityLocalToIso('3 December')).toBeNull();
  });

  it('makes the request: the future times as instants, the message trimmed (left out when empty)', () => {
    const result = inviteRequest({ inviteeId: ANA, times: ['2026-12-03T13:30', '2026-12-04T09:00'], message: '  Un cafè?  ' }, NOW);
    expect(result.problems).toBeNull();
    expect(result.request!.inviteeId).toBe(ANA);
    expect(result.request!.proposedTimes.map((time) => new Date(time).toISOString())).toEqual(['2026-12-03T12:30:00.000Z', '2026-12-04T08:00:00.000Z']);
    expect(result.request!.message).toBe('Un cafè?');
    expect(inviteRequest({ inviteeId: ANA, times: ['2026-12-03T13:30'], message: ' ' }, NOW).request).not.toHaveProperty('message');
  });

  it('says what is wrong with each field before anything is sent', () => {
    expect(inviteRequest(emptyInvite(), NOW).problems).toEqual({ inviteeId: 'required', 'times.0': 'required' });
    const { problems } = inviteRequest(
      { inviteeId: ANA, times: ['2026-11-30T09:00', '2026-12-03T13:30', '2026-12-03T13:30'], message: 'x'.repeat(281) },
      NOW,
    );
    expect(problems).toEqual({ 'times.0': 'past', 'times.2': 'duplicate', message: 'tooLong' });
  });
});
