import { Controller, Get, Query } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBodySchema, SearchQuerySchema, SearchResultSchema, type SearchQuery } from '@tertulia/domain';
import { CurrentMember } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { SearchService } from './search.service';

@ApiTags('search')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @ApiOkResponse({ standardSchema: SearchResultSchema })
  search(@CurrentMember() viewer: AuthenticatedMember, @Query({ schema: SearchQuerySchema }) query: SearchQuery) {
    return this.searchService.search(viewer, query);
  }
}
