import { z } from 'zod';
import { labelListSchema, labelSchema, optionalText } from '../common/text.schema';
import { IdSchema } from '../common/primitives.schema';
import { PageQuerySchema, pageSchema } from '../common/pagination.schema';

/** A category's name in each language of the portal. */
export const CategoryNamesSchema = z.strictObject({
  ca: z.string().trim().min(1).max(60),
  es: z.string().trim().min(1).max(60),
  en: z.string().trim().min(1).max(60),
});

/** A category of services (design, development, legal, …): a list the manager keeps. */
export const ServiceCategorySchema = z.object({
  id: IdSchema,
  slug: z.string(),
  names: z.object({ ca: z.string(), es: z.string(), en: z.string() }),
  position: z.number().int(),
});
export type ServiceCategory = z.infer<typeof ServiceCategorySchema>;
export const ServiceCategoryListSchema = z.object({ items: z.array(ServiceCategorySchema), nextCursor: z.null() });

export const CategorySlugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens')
  .max(40);

export const CreateServiceCategorySchema = z.strictObject({
  slug: CategorySlugSchema,
  names: CategoryNamesSchema,
  position: z.number().int().min(0).max(1000).optional(),
});
export type CreateServiceCategory = z.infer<typeof CreateServiceCategorySchema>;

export const UpdateServiceCategorySchema = CreateServiceCategorySchema.partial().refine(
  (patch) => Object.keys(patch).length > 0,
  { message: 'Nothing to change' },
);
export type UpdateServiceCategory = z.infer<typeof UpdateServiceCategorySchema>;

export const SERVICE_SUMMARY_MAX_LENGTH = 280;
export const SERVICE_DESCRIPTION_MAX_LENGTH = 5000;
export const SERVICE_TAGS_MAX = 10;
export const ServiceTagSchema = labelSchema(30);

/** POST /api/services. The owner is whoever is signed in: `memberId` in the body is refused. */
export const CreateServiceSchema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  summary: z.string().trim().min(1).max(SERVICE_SUMMARY_MAX_LENGTH),
  description: optionalText(SERVICE_DESCRIPTION_MAX_LENGTH).optional(),
  categoryId: IdSchema.nullable().optional(),
  tags: labelListSchema(ServiceTagSchema, SERVICE_TAGS_MAX).optional(),
  pricingNote: optionalText(200).optional(),
  idealClient: optionalText(300).optional(),
});
export type CreateService = z.infer<typeof CreateServiceSchema>;
export type CreateServiceInput = z.input<typeof CreateServiceSchema>;

/** PATCH /api/services/{id}: any of the fields above. */
export const UpdateServiceSchema = CreateServiceSchema.partial().refine((patch) => Object.keys(patch).length > 0, {
  message: 'Nothing to change',
});
export type UpdateService = z.infer<typeof UpdateServiceSchema>;

/** PUT /api/services/order: every one of the member's own services, in the order they want. */
export const ReorderServicesSchema = z.strictObject({
  ids: z
    .array(IdSchema)
    .min(1)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, 'Each service once'),
});
export type ReorderServices = z.infer<typeof ReorderServicesSchema>;

/** PUT /api/services/{id}/moderation (manager): hide with a reason the owner sees, or show again (null). */
export const ModerateServiceSchema = z.strictObject({
  hiddenReason: z.string().trim().min(1).max(500).nullable(),
});
export type ModerateService = z.infer<typeof ModerateServiceSchema>;

/** Who offers a service, as a service card shows them. */
export const ServiceOwnerSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  businessName: z.string().nullable(),
  photoUrl: z.string().nullable(),
});

export const ServiceSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  owner: ServiceOwnerSchema,
  title: z.string(),
  summary: z.string(),
  /** Markdown; the portal renders it safely. */
  description: z.string().nullable(),
  category: ServiceCategorySchema.nullable(),
  tags: z.array(z.string()),
  pricingNote: z.string().nullable(),
  idealClient: z.string().nullable(),
  position: z.number().int(),
  /** Set when the manager hid the service; only its owner and the manager ever see a hidden service. */
  hidden: z.object({ reason: z.string(), at: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Service = z.infer<typeof ServiceSchema>;
export const ServicePageSchema = pageSchema(ServiceSchema);

/** GET /api/services: visible services, ranked by `q` when given, else newest first. */
export const ListServicesQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  category: IdSchema.optional(),
  memberId: IdSchema.optional(),
});
export type ListServicesQuery = z.infer<typeof ListServicesQuerySchema>;
