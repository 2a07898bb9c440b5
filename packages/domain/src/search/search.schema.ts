import { z } from 'zod';
import { MemberSummarySchema } from '../members/profile.schema';
import { ServiceSchema } from '../services/service.schema';

export const SearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100),
  /** How many of each kind. */
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** GET /api/search: the best members and services for a query, each list ranked (posts join later). */
export const SearchResultSchema = z.object({
  members: z.array(MemberSummarySchema),
  services: z.array(ServiceSchema),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
