/** The profile feature's queries: the member's own profile. */
export const profileKeys = {
  all: ['profile'] as const,
  me: (memberId: string) => [...profileKeys.all, 'me', memberId] as const,
};

/**
 * The roots of the other features' queries about members (the members lists; the directory's
 * cards, profiles and search): a change to one's own profile or services refreshes them all.
 */
export const MEMBERS_ROOT = ['members'] as const;
export const DIRECTORY_ROOT = ['directory'] as const;
