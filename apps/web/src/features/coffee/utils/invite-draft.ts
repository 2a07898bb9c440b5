import { COFFEE_MESSAGE_MAX_LENGTH, COFFEE_PROPOSED_TIMES_MAX, type CreateCoffeeInvitation } from '@tertulia/domain';
import { communityLocalToIso } from '../../../lib/community-time';

/** The invite form as typed: times on the coworking's clock (`datetime-local`, `2026-12-03T13:30`). */
export interface InviteDraft {
  inviteeId: string | null;
  times: string[];
  message: string;
}

/** Why a field cannot be sent, by the form's field names (`inviteeId`, `times.0`, `message`). */
export type InviteProblem = 'required' | 'invalid' | 'past' | 'duplicate' | 'tooLong';

export const emptyInvite = (inviteeId: string | null = null): InviteDraft => ({ inviteeId, times: [''], message: '' });

/**
 * The request the draft makes, or the problems to show first. The same rules as the API's (1–3 distinct future
 * times, a message of at most 280 characters), so a mistake is caught before it is sent.
 */
export function inviteRequest(
  draft: InviteDraft,
  now: Date = new Date(),
): { request: CreateCoffeeInvitation; problems: null } | { request: null; problems: Record<string, InviteProblem> } {
  const problems: Record<string, InviteProblem> = {};
  if (!draft.inviteeId) problems.inviteeId = 'required';
  const seen = new Set<number>();
  const times: string[] = [];
  draft.times.slice(0, COFFEE_PROPOSED_TIMES_MAX).forEach((local, index) => {
    const key = `times.${index}`;
    if (local.trim() === '') {
      problems[key] = 'required';
      return;
    }
    const iso = communityLocalToIso(local);
    if (!iso) problems[key] = 'invalid';
    else if (Date.parse(iso) <= now.getTime()) problems[key] = 'past';
    else if (seen.has(Date.parse(iso))) problems[key] = 'duplicate';
    else {
      seen.add(Date.parse(iso));
      times.push(iso);
    }
  });
  const message = draft.message.trim();
  if (message.length > COFFEE_MESSAGE_MAX_LENGTH) problems.message = 'tooLong';
  if (Object.keys(problems).length > 0 || !draft.inviteeId) return { request: null, problems };
  return { request: { inviteeId: draft.inviteeId, proposedTimes: times, ...(message ? { message } : {}) }, problems: null };
}
