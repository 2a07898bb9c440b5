import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  answerProblems,
  deadlineInRange,
  FEEDBACK_DEADLINE_MAX_DAYS,
  FEEDBACK_INVITED_MAX,
  toPrefixTsQuery,
  type CreateFeedbackRequest,
  type FeedbackAnswer,
  type FeedbackRequest,
  type FeedbackRequestSummary,
  type FeedbackResponse,
  type FeedbackSettings,
  type InviteReviewers,
  type ListFeedbackRequestsQuery,
  type MarkHelpful,
  type Page,
  type SuggestedReviewer,
  type SuggestedReviewersQuery,
  type Thanks,
  type UpdateFeedbackRequest,
  type UpdateFeedbackSettings,
} from '@tertulia/domain';
import { QueryFailedError, type EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { todayIn } from '../../common/time/today';
import type { Config } from '../../config/config.schema';
import { APP_CONFIG } from '../../config/load-config';
import { NotificationsService } from '../notifications/notifications.service';
import {
  toFeedbackRequest,
  toFeedbackRequestSummary,
  toFeedbackResponse,
  toFeedbackSettings,
  toSuggestedReviewer,
  type FeedbackViewer,
} from './feedback.mapper';
import {
  alreadyAnswered,
  answersMismatch,
  capBelowAnswers,
  deadlineOutOfRange,
  feedbackClosed,
  feedbackFull,
  feedbackRequestNotFound,
  feedbackResponseNotFound,
  notTheRequester,
  notTheReviewer,
  ownFeedbackRequest,
  questionsLocked,
  reviewerNotEligible,
  tooManyReviewers,
} from './feedback.errors';
import { FeedbackRepository, type LockedFeedbackRequest, type ResponseAccess } from './feedback.repository';

const viewerOf = (member: AuthenticatedMember): FeedbackViewer => ({ id: member.id });

/** The unique (request, reviewer) constraint: the safety net under «one answer per reviewer». */
const ONE_PER_REVIEWER = 'feedback_responses_one_per_reviewer';
const isSecondAnswer = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === ONE_PER_REVIEWER;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

@Injectable()
export class FeedbackService {
  constructor(
    private readonly feedback: FeedbackRepository,
    @Inject(APP_CONFIG) private readonly config: Config,
    private readonly notifications: NotificationsService,
  ) {}

  /** `mine`: the reader's requests; `asked`: «asked of you»; otherwise every request they may see. Newest first. */
  async list(member: AuthenticatedMember, query: ListFeedbackRequestsQuery): Promise<Page<FeedbackRequestSummary>> {
    const page = await this.feedback.list(member.id, {
      mine: query.mine,
      asked: query.asked,
      status: query.status,
      cursor: query.cursor,
      limit: query.limit,
    });
    return { items: page.items.map(toFeedbackRequestSummary), nextCursor: page.nextCursor };
  }

  get(member: AuthenticatedMember, id: string): Promise<FeedbackRequest> {
    return this.loadFor(viewerOf(member), id);
  }

  /**
   * The requester is the reader; the invited reviewers must be active members other than them. One transaction, which
   * tells the invited reviewers and, for a request to every member, those whose skills it wants.
   */
  async create(member: AuthenticatedMember, input: CreateFeedbackRequest): Promise<FeedbackRequest> {
    const viewer = viewerOf(member);
    this.checkDeadline(input.deadline);
    const id = await this.feedback.manager.transaction(async (em) => {
      await this.checkEligible(em, input.invitedMemberIds, viewer.id, 'invitedMemberIds');
      const requestId = await this.feedback.insertRequest(
        em,
        {
          title: input.title,
          context: input.context,
          questions: input.questions,
          format: input.format,
          minutes: input.minutes,
          deadline: input.deadline,
          expertise: input.expertise,
          cap: input.cap,
          audience: input.audience,
        },
        viewer.id,
        this.config.COMMUNITY_TIMEZONE,
      );
      const about = { requesterName: member.displayName, title: input.title };
      await this.tell(em, requestId, 'feedback_requested', await this.feedback.invite(em, requestId, input.invitedMemberIds), about);
      if (input.audience === 'all') await this.tell(em, requestId, 'feedback_matches_skills', await this.feedback.skilledToTell(em, requestId), about);
      return requestId;
    });
    return this.loadFor(viewer, id);
  }

  /**
   * The requester, while it is not closed. The questions stay once someone answered (unless sent unchanged);
   * the cap never goes below the answers; a new deadline is checked like at creation.
   */
  async update(member: AuthenticatedMember, id: string, patch: UpdateFeedbackRequest): Promise<FeedbackRequest> {
    const viewer = viewerOf(member);
    await this.asRequester(viewer, id, async (em, request) => {
      if (request.status === 'closed') throw feedbackClosed();
      if (patch.deadline !== undefined) this.checkDeadline(patch.deadline);
      if (patch.questions !== undefined && request.response_count > 0 && !sameList(patch.questions, request.questions)) {
        throw questionsLocked();
      }
      if (patch.cap !== undefined && patch.cap < request.response_count) throw capBelowAnswers(request.response_count);
      await this.feedback.updateRequest(em, id, patch, this.config.COMMUNITY_TIMEZONE);
    });
    return this.loadFor(viewer, id);
  }

  /** The requester closes it; closing a closed request changes nothing. */
  async close(member: AuthenticatedMember, id: string): Promise<FeedbackRequest> {
    const viewer = viewerOf(member);
    await this.asRequester(viewer, id, (em) => this.feedback.close(em, id));
    return this.loadFor(viewer, id);
  }

  /**
   * More reviewers, under the request's lock: at most five in all; someone already invited is kept as they were.
   * Those newly invited are told.
   */
  async invite(member: AuthenticatedMember, id: string, input: InviteReviewers): Promise<FeedbackRequest> {
    const viewer = viewerOf(member);
    await this.asRequester(viewer, id, async (em, request) => {
      if (request.status === 'closed') throw feedbackClosed();
      await this.checkEligible(em, input.memberIds, viewer.id, 'memberIds');
      const invited = new Set([...(await this.feedback.invitedIds(em, id)), ...input.memberIds]);
      if (invited.size > FEEDBACK_INVITED_MAX) throw tooManyReviewers('memberIds');
      const added = await this.feedback.invite(em, id, input.memberIds);
      await this.tell(em, id, 'feedback_requested', added, { requesterName: member.displayName, title: request.title });
    });
    return this.loadFor(viewer, id);
  }

  /**
   * One answer per reviewer, decided under the request's row lock, so that answers to one request are counted one
   * after another and the cap holds: not visible → 404; one's own → 422; closed → 409; answered → 409; full → 409;
   * an answer that does not fit the format and questions → 422.
   */
  async answer(member: AuthenticatedMember, requestId: string, input: FeedbackAnswer): Promise<FeedbackResponse> {
    const viewer = viewerOf(member);
    const id = await this.feedback.manager
      .transaction(async (em) => {
        const request = await this.feedback.lockVisible(em, requestId, viewer.id);
        if (!request) throw feedbackRequestNotFound();
        if (request.requester_id === viewer.id) throw ownFeedbackRequest();
        if (request.status === 'closed') throw feedbackClosed();
        if (request.answered_by_me) throw alreadyAnswered();
        if (request.status === 'full') throw feedbackFull();
        this.checkAnswer(request.format, request.questions.length, input);
        const responseId = await this.feedback.insertResponse(em, requestId, viewer.id, input);
        await this.tell(em, requestId, 'feedback_answered', [request.requester_id], { reviewerName: member.displayName, title: request.title });
        return responseId;
      })
      .catch((error: unknown) => {
        throw isSecondAnswer(error) ? alreadyAnswered() : error;
      });
    return this.loadResponse(id);
  }

  /** Its reviewer, until the request closes (a full request is fine); the answer must still fit. */
  async editAnswer(member: AuthenticatedMember, id: string, input: FeedbackAnswer): Promise<FeedbackResponse> {
    const viewer = viewerOf(member);
    await this.feedback.manager.transaction(async (em) => {
      const response = await this.feedback.responseAccess(id, viewer.id, em);
      if (!response) throw feedbackResponseNotFound();
      if (response.reviewer_id !== viewer.id) throw notTheReviewer();
      if (response.status === 'closed') throw feedbackClosed();
      this.checkAnswer(response.format, response.question_count, input);
      await this.feedback.updateResponse(em, id, input);
    });
    return this.loadResponse(id);
  }

  /** The requester marks an answer helpful, or takes the mark back. Its reviewer is told the first time it is marked. */
  async markHelpful(member: AuthenticatedMember, id: string, input: MarkHelpful): Promise<FeedbackResponse> {
    const response = await this.asRequesterOf(viewerOf(member), id);
    await this.feedback.manager.transaction(async (em) => {
      if (!(await this.feedback.setHelpful(em, id, input.helpful))) return;
      const about = { requesterName: member.displayName, title: response.title };
      await this.tell(em, response.request_id, 'feedback_helpful', [response.reviewer_id], about, `feedback_helpful:${id}`);
    });
    return this.loadResponse(id);
  }

  /** The requester thanks the reviewer (again: the new note replaces the last). */
  async thank(member: AuthenticatedMember, id: string, input: Thanks): Promise<FeedbackResponse> {
    await this.asRequesterOf(viewerOf(member), id);
    await this.feedback.setThanks(id, input.message);
    return this.loadResponse(id);
  }

  /** Who could answer, best first (see FeedbackRepository.suggestedReviewers). */
  async suggestedReviewers(member: AuthenticatedMember, query: SuggestedReviewersQuery): Promise<{ items: SuggestedReviewer[]; nextCursor: null }> {
    const phrases = query.expertise.map(toPrefixTsQuery).filter((phrase): phrase is string => phrase !== null);
    const tsquery = phrases.length > 0 ? phrases.map((phrase) => `(${phrase})`).join(' | ') : null;
    const rows = await this.feedback.suggestedReviewers(member.id, query.expertise, tsquery, query.limit);
    return { items: rows.map(toSuggestedReviewer), nextCursor: null };
  }

  async settings(member: AuthenticatedMember): Promise<FeedbackSettings> {
    const row = await this.feedback.settings(member.id);
    if (!row) throw new Error(`the signed-in member ${member.id} has no row`);
    return toFeedbackSettings(row);
  }

  async updateSettings(member: AuthenticatedMember, input: UpdateFeedbackSettings): Promise<FeedbackSettings> {
    await this.feedback.updateSettings(member.id, input);
    return this.settings(member);
  }

  /** The community's today up to 30 days ahead, else 422. */
  private checkDeadline(deadline: string): void {
    const today = todayIn(this.config.COMMUNITY_TIMEZONE);
    if (!deadlineInRange(deadline, today)) throw deadlineOutOfRange(today, addDays(today, FEEDBACK_DEADLINE_MAX_DAYS));
  }

  /** Each reviewer an active member other than the requester; else 422 naming the first one that is not. */
  private async checkEligible(em: EntityManager, memberIds: string[], requesterId: string, path: string): Promise<void> {
    const eligible = await this.feedback.eligibleReviewers(em, memberIds, requesterId);
    const index = memberIds.findIndex((memberId) => !eligible.has(memberId));
    if (index >= 0) throw reviewerNotEligible(`${path}.${index}`);
  }

  private checkAnswer(format: LockedFeedbackRequest['format'], questionCount: number, input: FeedbackAnswer): void {
    const problems = answerProblems(format, questionCount, input, new Date());
    if (problems.length > 0) throw answersMismatch(problems);
  }

  /** Tells these members (none: nobody) about the request, in the transaction that makes the change. */
  private async tell(
    em: EntityManager,
    requestId: string,
    kind: 'feedback_requested' | 'feedback_matches_skills' | 'feedback_answered' | 'feedback_helpful',
    memberIds: string[],
    data: Record<string, string>,
    dedupeKey?: string,
  ): Promise<void> {
    if (memberIds.length === 0) return;
    await this.notifications.notify(em, { memberIds, kind, data, link: `/feedback/${requestId}`, ...(dedupeKey ? { dedupeKey } : {}) });
  }

  /** Runs the change holding the request's lock, as its requester: 404 when not visible, else 403. */
  private async asRequester(
    viewer: FeedbackViewer,
    id: string,
    change: (em: EntityManager, request: LockedFeedbackRequest) => Promise<void>,
  ): Promise<void> {
    await this.feedback.manager.transaction(async (em) => {
      const request = await this.feedback.lockVisible(em, id, viewer.id);
      if (!request) throw feedbackRequestNotFound();
      if (request.requester_id !== viewer.id) throw notTheRequester();
      await change(em, request);
    });
  }

  /** The answer, when the reader is the requester of its (visible) request: 404 when not visible, else 403. */
  private async asRequesterOf(viewer: FeedbackViewer, responseId: string): Promise<ResponseAccess> {
    const response = await this.feedback.responseAccess(responseId, viewer.id);
    if (!response) throw feedbackResponseNotFound();
    if (response.requester_id !== viewer.id) throw notTheRequester();
    return response;
  }

  private async loadFor(viewer: FeedbackViewer, id: string): Promise<FeedbackRequest> {
    const row = await this.feedback.findVisible(id, viewer.id);
    if (!row) throw feedbackRequestNotFound();
    const isRequester = row.requester_id === viewer.id;
    const [invited, responses] = await Promise.all([
      isRequester ? this.feedback.invited(id) : Promise.resolve([]),
      isRequester || row.answered_by_me ? this.feedback.responsesFor(id, viewer.id, isRequester) : Promise.resolve([]),
    ]);
    return toFeedbackRequest(row, viewer, invited, responses);
  }

  private async loadResponse(id: string): Promise<FeedbackResponse> {
    const row = await this.feedback.findResponse(id);
    if (!row) throw feedbackResponseNotFound();
    return toFeedbackResponse(row);
  }
}
