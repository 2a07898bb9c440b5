/** The members feature's public face. */
export { allMembersQueryOptions, membersInfiniteQueryOptions, useAllMembers } from './api/get-members';
export { invitationsInfiniteQueryOptions } from './api/get-invitations';
export { COMMUNITY_FILTERS, CommunityList } from './components/community-list';
export { MembersAdminPage, NotAllowedPage } from './components/members-admin-page';
