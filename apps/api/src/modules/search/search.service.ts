import { Injectable } from '@nestjs/common';
import type { SearchQuery, SearchResult, Service } from '@tertulia/domain';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { MembersService } from '../members/members.service';
import { PostsService } from '../posts/posts.service';
import { ServicesRepository } from '../services/services.repository';
import { searchViewerOf } from './search-viewer';
import type { SearchViewer } from './search.sql';

@Injectable()
export class SearchService {
  constructor(
    private readonly members: MembersService,
    private readonly services: ServicesRepository,
    private readonly posts: PostsService,
  ) {}

  /**
   * The best members, services and published posts for the words, each ranked; hidden ones only where
   * the viewer may see them (a hidden post for its author and the manager, never a draft).
   */
  async search(member: AuthenticatedMember, query: SearchQuery): Promise<SearchResult> {
    const viewer = searchViewerOf(member);
    const [members, services, posts] = await Promise.all([
      this.members.search(viewer, query.q, query.limit),
      this.rankedServices(viewer, query),
      this.posts.search(viewer, query.q, query.limit),
    ]);
    return { members, services, posts };
  }

  private async rankedServices(viewer: SearchViewer, query: SearchQuery): Promise<Service[]> {
    const ids = await this.services.searchIds(viewer, { q: query.q, limit: query.limit, offset: 0 });
    return this.services.findByIds(ids, viewer);
  }
}
