import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { PostsModule } from '../posts/posts.module';
import { ServicesModule } from '../services/services.module';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

@Module({
  imports: [MembersModule, ServicesModule, PostsModule],
  controllers: [SearchController],
  providers: [SearchService],
})
export class SearchModule {}
