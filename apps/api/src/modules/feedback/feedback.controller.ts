import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiDefaultResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CreateFeedbackRequestSchema,
  ErrorBodySchema,
  FeedbackAnswerSchema,
  FeedbackRequestPageSchema,
  FeedbackRequestSchema,
  FeedbackResponseSchema,
  FeedbackSettingsSchema,
  IdParamsSchema,
  InviteReviewersSchema,
  ListFeedbackRequestsQuerySchema,
  MarkHelpfulSchema,
  SuggestedReviewerListSchema,
  SuggestedReviewersQuerySchema,
  ThanksSchema,
  UpdateFeedbackRequestSchema,
  UpdateFeedbackSettingsSchema,
  type CreateFeedbackRequest,
  type FeedbackAnswer,
  type InviteReviewers,
  type ListFeedbackRequestsQuery,
  type MarkHelpful,
  type SuggestedReviewersQuery,
  type Thanks,
  type UpdateFeedbackRequest,
  type UpdateFeedbackSettings,
} from '@tertulia/domain';
import { CurrentMember } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { FeedbackService } from './feedback.service';

@ApiTags('feedback')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('feedback-requests')
export class FeedbackRequestsController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get()
  @ApiOkResponse({ standardSchema: FeedbackRequestPageSchema })
  list(@CurrentMember() viewer: AuthenticatedMember, @Query({ schema: ListFeedbackRequestsQuerySchema }) query: ListFeedbackRequestsQuery) {
    return this.feedback.list(viewer, query);
  }

  // Declared before ':id' so that "suggested-reviewers" is never read as an id.
  @Get('suggested-reviewers')
  @ApiOkResponse({ standardSchema: SuggestedReviewerListSchema })
  suggestedReviewers(
    @CurrentMember() viewer: AuthenticatedMember,
    @Query({ schema: SuggestedReviewersQuerySchema }) query: SuggestedReviewersQuery,
  ) {
    return this.feedback.suggestedReviewers(viewer, query);
  }

  @Post()
  @ApiCreatedResponse({ standardSchema: FeedbackRequestSchema })
  create(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: CreateFeedbackRequestSchema }) input: CreateFeedbackRequest) {
    return this.feedback.create(viewer, input);
  }

  @Get(':id')
  @ApiOkResponse({ standardSchema: FeedbackRequestSchema })
  get(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.feedback.get(viewer, params.id);
  }

  @Patch(':id')
  @ApiOkResponse({ standardSchema: FeedbackRequestSchema })
  update(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateFeedbackRequestSchema }) patch: UpdateFeedbackRequest,
  ) {
    return this.feedback.update(viewer, params.id, patch);
  }

  /** Idempotent: closing a closed request answers it as it is. */
  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: FeedbackRequestSchema })
  close(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.feedback.close(viewer, params.id);
  }

  @Post(':id/invitations')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: FeedbackRequestSchema })
  invite(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: InviteReviewersSchema }) input: InviteReviewers,
  ) {
    return this.feedback.invite(viewer, params.id, input);
  }

  @Post(':id/responses')
  @ApiCreatedResponse({ standardSchema: FeedbackResponseSchema })
  answer(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: FeedbackAnswerSchema }) input: FeedbackAnswer,
  ) {
    return this.feedback.answer(viewer, params.id, input);
  }
}

@ApiTags('feedback')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('feedback-responses')
export class FeedbackResponsesController {
  constructor(private readonly feedback: FeedbackService) {}

  @Put(':id')
  @ApiOkResponse({ standardSchema: FeedbackResponseSchema })
  edit(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: FeedbackAnswerSchema }) input: FeedbackAnswer,
  ) {
    return this.feedback.editAnswer(viewer, params.id, input);
  }

  @Put(':id/helpful')
  @ApiOkResponse({ standardSchema: FeedbackResponseSchema })
  helpful(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: MarkHelpfulSchema }) input: MarkHelpful,
  ) {
    return this.feedback.markHelpful(viewer, params.id, input);
  }

  @Put(':id/thanks')
  @ApiOkResponse({ standardSchema: FeedbackResponseSchema })
  thank(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: ThanksSchema }) input: Thanks,
  ) {
    return this.feedback.thank(viewer, params.id, input);
  }
}

/** The signed-in member's own feedback settings (columns of `members`, owned by this feature). */
@ApiTags('feedback')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('members/me/feedback-settings')
export class FeedbackSettingsController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get()
  @ApiOkResponse({ standardSchema: FeedbackSettingsSchema })
  get(@CurrentMember() viewer: AuthenticatedMember) {
    return this.feedback.settings(viewer);
  }

  @Put()
  @ApiOkResponse({ standardSchema: FeedbackSettingsSchema })
  update(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: UpdateFeedbackSettingsSchema }) input: UpdateFeedbackSettings) {
    return this.feedback.updateSettings(viewer, input);
  }
}
