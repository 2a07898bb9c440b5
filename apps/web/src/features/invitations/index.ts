/** The invitations feature's public face: the page a new member opens from their link. */
export { AcceptInvitationPage } from './components/accept-invitation-page';
