import type { CircleKind, CircleMember, CircleRole, CircleSummary, JoinPolicy } from '@tertulia/domain';
import { photoUrlOf } from '../members/photo-url';

/** Who reads: what deciding their place in a circle needs. */
export interface CircleViewer {
  id: string;
  isManager: boolean;
}

/** A circle as the repository reads it, with the reader's place in it. */
export interface CircleSummaryRow {
  id: string;
  name: string;
  kind: CircleKind;
  description: string | null;
  join_policy: JoinPolicy;
  member_count: number;
  my_role: CircleRole | null;
  my_status: 'active' | 'pending' | null;
}

/** A person's card in a circle, as the repository reads it. */
export interface CircleMemberRow {
  id: string;
  display_name: string;
  business_name: string | null;
  photo_file: string | null;
  role: CircleRole;
  status: 'active' | 'pending';
}

/** Its admins (active ones) and the manager edit it, approve people and create its events. */
export const canManageCircle = (viewer: CircleViewer, membership: { role: CircleRole; status: string } | null): boolean =>
  viewer.isManager || (membership?.status === 'active' && membership.role === 'admin');

export function toCircleSummary(row: CircleSummaryRow, viewer: CircleViewer): CircleSummary {
  const membership = row.my_role && row.my_status ? { role: row.my_role, status: row.my_status } : null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    joinPolicy: row.join_policy,
    memberCount: row.member_count,
    myMembership: membership,
    canManage: canManageCircle(viewer, membership),
  };
}

export function toCircleMember(row: CircleMemberRow): CircleMember {
  return {
    id: row.id,
    displayName: row.display_name,
    businessName: row.business_name,
    photoUrl: photoUrlOf(row.photo_file),
    role: row.role,
    status: row.status,
  };
}
