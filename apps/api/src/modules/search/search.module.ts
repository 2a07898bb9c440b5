import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { ServicesModule } from '../services/services.module';
import { SearchController } from './search.controller';
import { SearchRepository } from './search.repository';
import { SearchService } from './search.service';

@Module({
  imports: [MembersModule, ServicesModule],
  controllers: [SearchController],
  providers: [SearchRepository, SearchService],
})
export class SearchModule {}
