import { Body, Controller, Delete, HttpCode, Param, Patch, Put } from '@nestjs/common';
import { ApiDefaultResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CommentSchema,
  ErrorBodySchema,
  IdParamsSchema,
  ModerateContentSchema,
  UpdateCommentSchema,
  type ModerateContent,
  type UpdateComment,
} from '@tertulia/domain';
import { CurrentMember, ManagerOnly } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { PostCommentsService } from './post-comments.service';

/** A comment by its own id: its author edits or deletes it, the manager hides it. */
@ApiTags('posts')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('comments')
export class CommentsController {
  constructor(private readonly comments: PostCommentsService) {}

  @Patch(':id')
  @ApiOkResponse({ standardSchema: CommentSchema })
  update(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateCommentSchema }) input: UpdateComment,
  ) {
    return this.comments.update(viewer, params.id, input.body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }): Promise<void> {
    await this.comments.remove(viewer, params.id);
  }

  @ManagerOnly()
  @Put(':id/moderation')
  @ApiOkResponse({ standardSchema: CommentSchema })
  moderate(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: ModerateContentSchema }) input: ModerateContent,
  ) {
    return this.comments.moderate(viewer, params.id, input.hiddenReason);
  }
}
