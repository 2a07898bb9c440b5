import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiDefaultResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CommentPageSchema,
  CommentSchema,
  CreateCommentSchema,
  CreatePostSchema,
  ErrorBodySchema,
  IdParamsSchema,
  ListCommentsQuerySchema,
  ListPostsQuerySchema,
  ListPostTagsQuerySchema,
  ModerateContentSchema,
  PostPageSchema,
  PostSchema,
  PostTagListSchema,
  UpdatePostSchema,
  UsefulSchema,
  type CreateComment,
  type CreatePost,
  type ListCommentsQuery,
  type ListPostsQuery,
  type ListPostTagsQuery,
  type ModerateContent,
  type UpdatePost,
} from '@tertulia/domain';
import { CurrentMember, ManagerOnly } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { PostCommentsService } from './post-comments.service';
import { PostsService } from './posts.service';

@ApiTags('posts')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('posts')
export class PostsController {
  constructor(
    private readonly posts: PostsService,
    private readonly comments: PostCommentsService,
  ) {}

  @Get()
  @ApiOkResponse({ standardSchema: PostPageSchema })
  list(@CurrentMember() viewer: AuthenticatedMember, @Query({ schema: ListPostsQuerySchema }) query: ListPostsQuery) {
    return this.posts.list(viewer, query);
  }

  // Declared before ':id' routes so that "tags" is never read as an id.
  @Get('tags')
  @ApiOkResponse({ standardSchema: PostTagListSchema })
  tags(@Query({ schema: ListPostTagsQuerySchema }) query: ListPostTagsQuery) {
    return this.posts.tags(query);
  }

  @Post()
  @ApiCreatedResponse({ standardSchema: PostSchema })
  create(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: CreatePostSchema }) input: CreatePost) {
    return this.posts.create(viewer, input);
  }

  @Get(':id')
  @ApiOkResponse({ standardSchema: PostSchema })
  get(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.posts.get(viewer, params.id);
  }

  @Patch(':id')
  @ApiOkResponse({ standardSchema: PostSchema })
  update(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdatePostSchema }) patch: UpdatePost,
  ) {
    return this.posts.update(viewer, params.id, patch);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }): Promise<void> {
    await this.posts.remove(viewer, params.id);
  }

  @ManagerOnly()
  @Put(':id/moderation')
  @ApiOkResponse({ standardSchema: PostSchema })
  moderate(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: ModerateContentSchema }) input: ModerateContent,
  ) {
    return this.posts.moderate(viewer, params.id, input.hiddenReason);
  }

  @Put(':id/useful')
  @ApiOkResponse({ standardSchema: UsefulSchema })
  markUseful(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.posts.setUseful(viewer, params.id, true);
  }

  @Delete(':id/useful')
  @ApiOkResponse({ standardSchema: UsefulSchema })
  unmarkUseful(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.posts.setUseful(viewer, params.id, false);
  }

  @Get(':id/comments')
  @ApiOkResponse({ standardSchema: CommentPageSchema })
  listComments(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Query({ schema: ListCommentsQuerySchema }) query: ListCommentsQuery,
  ) {
    return this.comments.list(viewer, params.id, query);
  }

  @Post(':id/comments')
  @ApiCreatedResponse({ standardSchema: CommentSchema })
  comment(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: CreateCommentSchema }) input: CreateComment,
  ) {
    return this.comments.create(viewer, params.id, input);
  }
}
