import { SessionEntity } from '../modules/auth/session.entity';
import { InvitationEntity } from '../modules/invitations/invitation.entity';
import { MemberEntity } from '../modules/members/member.entity';
import { ThrottleHitEntity } from '../modules/throttle/throttle-hit.entity';

export const ENTITIES = [MemberEntity, InvitationEntity, SessionEntity, ThrottleHitEntity];
