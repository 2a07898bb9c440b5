import type { InvitationSummary } from '@tertulia/domain';
import type { InvitationEntity } from './invitation.entity';

export function toInvitationSummary(invitation: InvitationEntity, now: Date): InvitationSummary {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    state: invitation.expiresAt > now ? 'pending' : 'expired',
    invitedBy: invitation.invitedBy?.displayName ?? null,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
