import type { CurrentMember, FocusStatus, MemberProfile, MemberSummary, Service } from '@tertulia/domain';
import type { SearchViewer } from '../search/search.sql';
import type { MemberEntity } from './member.entity';
import { photoUrlOf } from './photo-url';

/** The columns a directory card needs (the repository selects only these for lists). */
export type MemberCard = Pick<
  MemberEntity,
  | 'id'
  | 'email'
  | 'displayName'
  | 'role'
  | 'status'
  | 'headline'
  | 'businessName'
  | 'photoFile'
  | 'skills'
  | 'languages'
  | 'focusUntil'
  | 'openToCoffee'
  | 'joinedAt'
  | 'emailVisible'
  | 'directoryVisible'
>;

/** The columns a profile adds to the card. */
export type MemberDetails = MemberCard & Pick<MemberEntity, 'bio' | 'website' | 'lookingFor' | 'birthday' | 'showBirthday'>;

/** How many services a directory card names. */
export const TOP_SERVICES = 3;

export function toCurrentMember(member: MemberEntity): CurrentMember {
  return { id: member.id, email: member.email, displayName: member.displayName, role: member.role, locale: member.locale };
}

/** Focus expires by itself: a time already past reads as «not in focus». */
export function toFocusStatus(member: Pick<MemberEntity, 'focusUntil' | 'openToCoffee'>, now: Date = new Date()): FocusStatus {
  const focusUntil = member.focusUntil && member.focusUntil.getTime() > now.getTime() ? member.focusUntil.toISOString() : null;
  return { focusUntil, openToCoffee: member.openToCoffee };
}

/**
 * A directory card. `services` are the member's services as the viewer may see them (in their order):
 * the card names the first few that are not hidden. The manager also sees e-mail, status and visibility;
 * others see an e-mail only where its owner shows it, and their own visibility (their own e-mail is in their profile).
 */
export function toMemberSummary(member: MemberCard, viewer: SearchViewer, services: Service[] = [], now: Date = new Date()): MemberSummary {
  const self = member.id === viewer.id;
  return {
    id: member.id,
    displayName: member.displayName,
    role: member.role,
    headline: member.headline,
    businessName: member.businessName,
    photoUrl: photoUrlOf(member.photoFile),
    skills: member.skills,
    languages: member.languages,
    topServices: services
      .filter((service) => service.memberId === member.id && service.hidden === null)
      .slice(0, TOP_SERVICES)
      .map((service) => ({ id: service.id, title: service.title })),
    focus: toFocusStatus(member, now),
    joinedAt: member.joinedAt?.toISOString() ?? null,
    ...(viewer.isManager || member.emailVisible ? { email: member.email } : {}),
    ...(viewer.isManager ? { status: member.status } : {}),
    ...(viewer.isManager || self ? { directoryVisible: member.directoryVisible } : {}),
  };
}

/**
 * A whole profile: the e-mail as on the card, and to themself; the birthday only if they show it
 * (or it is theirs); the privacy choices only to themself.
 */
export function toMemberProfile(
  member: MemberDetails,
  viewer: SearchViewer,
  services: Service[],
  feedbackGiven: number,
  now: Date = new Date(),
): MemberProfile {
  const self = member.id === viewer.id;
  const own = services.filter((service) => service.memberId === member.id);
  return {
    ...toMemberSummary(member, viewer, own, now),
    ...(self ? { email: member.email } : {}),
    bio: member.bio,
    website: member.website,
    lookingFor: member.lookingFor,
    birthday: self || member.showBirthday ? member.birthday : null,
    services: own,
    feedbackGiven,
    ...(self
      ? { privacy: { directoryVisible: member.directoryVisible, emailVisible: member.emailVisible, showBirthday: member.showBirthday } }
      : {}),
  };
}
