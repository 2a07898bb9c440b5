import type { CurrentMember, MemberSummary } from '@tertulia/domain';
import type { MemberEntity } from './member.entity';

export function toCurrentMember(member: MemberEntity): CurrentMember {
  return { id: member.id, email: member.email, displayName: member.displayName, role: member.role, locale: member.locale };
}

/** Members see each other's public summary; the manager also sees e-mail and status. */
export function toMemberSummary(member: MemberEntity, viewerIsManager: boolean): MemberSummary {
  return {
    id: member.id,
    displayName: member.displayName,
    role: member.role,
    headline: member.headline,
    businessName: member.businessName,
    photoUrl: null,
    skills: member.skills,
    languages: member.languages,
    topServices: [],
    focus: { focusUntil: null, openToCoffee: member.openToCoffee },
    joinedAt: member.joinedAt?.toISOString() ?? null,
    ...(viewerIsManager ? { email: member.email, status: member.status } : {}),
  };
}
