import { CalendarFeedEntity } from '../modules/calendar/calendar-feed.entity';
import { CircleMemberEntity } from '../modules/circles/circle-member.entity';
import { CircleEntity } from '../modules/circles/circle.entity';
import { EventRsvpEntity } from '../modules/events/event-rsvp.entity';
import { EventWantEntity } from '../modules/events/event-want.entity';
import { EventEntity } from '../modules/events/event.entity';
import { NetworkingLockedTableEntity } from '../modules/networking/networking-locked-table.entity';
import { NetworkingPlanEntity } from '../modules/networking/networking-plan.entity';
import { NetworkingSeatEntity } from '../modules/networking/networking-seat.entity';
import { CoffeeDoNotPairEntity } from '../modules/coffee/coffee-do-not-pair.entity';
import { CoffeeInvitationEntity } from '../modules/coffee/coffee-invitation.entity';
import { CoffeeMatchMemberEntity } from '../modules/coffee/coffee-match-member.entity';
import { CoffeeMatchEntity } from '../modules/coffee/coffee-match.entity';
import { CoffeePreferenceEntity } from '../modules/coffee/coffee-preference.entity';
import { CoffeeRoundEntity } from '../modules/coffee/coffee-round.entity';
import { AppSecretEntity } from '../modules/email/app-secret.entity';
import { OutboxMessageEntity } from '../modules/email/outbox-message.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { FeedbackInvitationEntity } from '../modules/feedback/feedback-invitation.entity';
import { FeedbackRequestEntity } from '../modules/feedback/feedback-request.entity';
import { FeedbackResponseEntity } from '../modules/feedback/feedback-response.entity';
import { PostCommentEntity } from '../modules/posts/post-comment.entity';
import { PostEntity } from '../modules/posts/post.entity';
import { PostUsefulEntity } from '../modules/posts/post-useful.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { BreakfastAttendanceEntity } from '../modules/breakfasts/breakfast-attendance.entity';
import { BreakfastClosureEntity } from '../modules/breakfasts/breakfast-closure.entity';
import { BreakfastSeriesEntity } from '../modules/breakfasts/breakfast-series.entity';
import { BreakfastSessionEntity } from '../modules/breakfasts/breakfast-session.entity';
import { PresenterUnavailableDateEntity } from '../modules/breakfasts/presenter-unavailable-date.entity';
import { SwapRequestEntity } from '../modules/breakfasts/swap-request.entity';
import { InvitationEntity } from '../modules/invitations/invitation.entity';
import { MemberEntity } from '../modules/members/member.entity';
import { ServiceCategoryEntity } from '../modules/services/service-category.entity';
import { ServiceEntity } from '../modules/services/service.entity';
import { ThrottleHitEntity } from '../modules/throttle/throttle-hit.entity';

export const ENTITIES = [
  MemberEntity,
  InvitationEntity,
  SessionEntity,
  ThrottleHitEntity,
  BreakfastSeriesEntity,
  BreakfastClosureEntity,
  BreakfastSessionEntity,
  BreakfastAttendanceEntity,
  PresenterUnavailableDateEntity,
  SwapRequestEntity,
  ServiceCategoryEntity,
  ServiceEntity,
  CircleEntity,
  CircleMemberEntity,
  EventEntity,
  EventRsvpEntity,
  EventWantEntity,
  NetworkingPlanEntity,
  NetworkingSeatEntity,
  NetworkingLockedTableEntity,
  CalendarFeedEntity,
  PostEntity,
  PostCommentEntity,
  PostUsefulEntity,
  FeedbackRequestEntity,
  FeedbackInvitationEntity,
  FeedbackResponseEntity,
  NotificationEntity,
  OutboxMessageEntity,
  AppSecretEntity,
  CoffeePreferenceEntity,
  CoffeeDoNotPairEntity,
  CoffeeRoundEntity,
  CoffeeMatchEntity,
  CoffeeMatchMemberEntity,
  CoffeeInvitationEntity,
];
