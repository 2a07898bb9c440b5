import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { ServicesModule } from '../services/services.module';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

@Module({
  imports: [MembersModule, ServicesModule],
  controllers: [SearchController],
  providers: [SearchService],
})
export class SearchModule {}
