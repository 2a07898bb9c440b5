import { z } from 'zod';
import { MemberSummarySchema } from '../members/profile.schema';
import { PostSummarySchema } from '../posts/post.schema';
import { ServiceSchema } from '../services/service.schema';

export const SearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100),
  /** How many of each kind. */
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** GET /api/search: the best members, services and published posts for a query, each list ranked. */
export const SearchResultSchema = z.object({
  members: z.array(MemberSummarySchema),
  services: z.array(ServiceSchema),
  posts: z.array(PostSummarySchema),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
