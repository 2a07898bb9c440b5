import { Injectable } from '@nestjs/common';
import type { SearchQuery, SearchResult, Service } from '@tertulia/domain';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { MembersService } from '../members/members.service';
import { ServicesRepository } from '../services/services.repository';
import { searchViewerOf } from './search-viewer';
import type { SearchViewer } from './search.sql';

@Injectable()
export class SearchService {
  constructor(
    private readonly members: MembersService,
    private readonly services: ServicesRepository,
  ) {}

  /** The best members and the best services for the words, each ranked; hidden ones only where the viewer may see them. */
  async search(member: AuthenticatedMember, query: SearchQuery): Promise<SearchResult> {
    const viewer = searchViewerOf(member);
    const [members, services] = await Promise.all([
      this.members.search(viewer, query.q, query.limit),
      this.rankedServices(viewer, query),
    ]);
    return { members, services };
  }

  private async rankedServices(viewer: SearchViewer, query: SearchQuery): Promise<Service[]> {
    const ids = await this.services.searchIds(viewer, { q: query.q, limit: query.limit, offset: 0 });
    return this.services.findByIds(ids, viewer);
  }
}
