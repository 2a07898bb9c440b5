import { Module } from '@nestjs/common';
import { CommentsController } from './comments.controller';
import { PostCommentsService } from './post-comments.service';
import { PostsController } from './posts.controller';
import { PostsRepository } from './posts.repository';
import { PostsService } from './posts.service';

/**
 * Knowledge posts (articles, tips, talk announcements), their comments (one level of replies) and
 * «useful» marks. Exports PostsService: the search ranks posts through PostsService.search.
 */
@Module({
  controllers: [PostsController, CommentsController],
  providers: [PostsRepository, PostsService, PostCommentsService],
  exports: [PostsService],
})
export class PostsModule {}
