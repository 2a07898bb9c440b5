import { Module } from '@nestjs/common';
import { FeedbackRequestsController, FeedbackResponsesController, FeedbackSettingsController } from './feedback.controller';
import { FeedbackRepository } from './feedback.repository';
import { FeedbackService } from './feedback.service';

/** Feedback requests, their invited reviewers and answers (the cap held under the request's row lock), and members' feedback settings. */
@Module({
  controllers: [FeedbackRequestsController, FeedbackResponsesController, FeedbackSettingsController],
  providers: [FeedbackRepository, FeedbackService],
})
export class FeedbackModule {}
