import type { Service, ServiceCategory } from '@tertulia/domain';
import type { MemberEntity } from '../members/member.entity';
import { photoUrlOf } from '../members/photo-url';
import type { ServiceCategoryEntity } from './service-category.entity';
import type { ServiceEntity } from './service.entity';

/** The columns of the owner a service card shows. */
export type ServiceOwnerColumns = Pick<MemberEntity, 'id' | 'displayName' | 'businessName' | 'photoFile'>;

/** A service as the repository loads it: with its owner's card columns and its category. */
export type ServiceWithOwner = ServiceEntity & { member: ServiceOwnerColumns; category?: ServiceCategoryEntity | null };

export function toServiceCategory(category: ServiceCategoryEntity): ServiceCategory {
  return {
    id: category.id,
    slug: category.slug,
    names: { ca: category.nameCa, es: category.nameEs, en: category.nameEn },
    position: category.position,
  };
}

/** Only the owner and the manager are ever handed a hidden service, so `hidden` (with its reason) is theirs to read. */
export function toService(service: ServiceWithOwner): Service {
  return {
    id: service.id,
    memberId: service.memberId,
    owner: {
      id: service.member.id,
      displayName: service.member.displayName,
      businessName: service.member.businessName,
      photoUrl: photoUrlOf(service.member.photoFile),
    },
    title: service.title,
    summary: service.summary,
    description: service.description,
    category: service.category ? toServiceCategory(service.category) : null,
    tags: service.tags,
    pricingNote: service.pricingNote,
    idealClient: service.idealClient,
    position: service.position,
    hidden: service.hiddenAt && service.hiddenReason !== null ? { reason: service.hiddenReason, at: service.hiddenAt.toISOString() } : null,
    createdAt: service.createdAt.toISOString(),
    updatedAt: service.updatedAt.toISOString(),
  };
}
