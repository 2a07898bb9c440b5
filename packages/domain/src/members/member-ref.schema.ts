import { z } from 'zod';
import { IdSchema } from '../common/primitives.schema';

/** Who wrote something (a post, a comment, a feedback request or answer), as a byline shows them. */
export const MemberRefSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  photoUrl: z.string().nullable(),
  businessName: z.string().nullable(),
  headline: z.string().nullable(),
});
export type MemberRef = z.infer<typeof MemberRefSchema>;
