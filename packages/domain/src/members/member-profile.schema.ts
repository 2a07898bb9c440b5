import { z } from 'zod';
import { ServiceSchema } from '../services/service.schema';
import { BirthdaySchema, MemberSummarySchema } from './profile.schema';

/**
 * GET /api/members/{id}: everything about a member. `birthday` is there only if they chose to
 * show it (or it is their own profile); `email` when they show it, to the manager, and to themself.
 * `services` holds their visible services; their own hidden ones (with the manager's reason)
 * only for themself and the manager.
 */
export const MemberProfileSchema = MemberSummarySchema.extend({
  bio: z.string().nullable(),
  website: z.string().nullable(),
  lookingFor: z.string().nullable(),
  birthday: BirthdaySchema.nullable(),
  services: z.array(ServiceSchema),
  /** How many feedback answers they have given. */
  feedbackGiven: z.number().int(),
  /** Their privacy choices: only in their own profile. */
  privacy: z
    .object({
      directoryVisible: z.boolean(),
      emailVisible: z.boolean(),
      showBirthday: z.boolean(),
    })
    .optional(),
});
export type MemberProfile = z.infer<typeof MemberProfileSchema>;

export const PhotoSchema = z.object({ photoUrl: z.string().nullable() });
export type Photo = z.infer<typeof PhotoSchema>;

/** Photos: JPEG, PNG or WebP, recognised by their content, up to 5 MB. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
