import type { MemberStatus } from '@tertulia/domain';

export interface MemberListFilters {
  status?: MemberStatus;
}

/** Everything about members and invitations sits under one root, so that a change refreshes it all. */
export const membersKeys = {
  all: ['members'] as const,
  lists: () => [...membersKeys.all, 'list'] as const,
  list: (filters: MemberListFilters) => [...membersKeys.lists(), filters] as const,
  /** The whole list at once (every page), e.g. for a select of members. */
  everyone: (filters: MemberListFilters) => [...membersKeys.lists(), 'everyone', filters] as const,
  invitations: () => [...membersKeys.all, 'invitations'] as const,
};
