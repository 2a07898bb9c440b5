import { Injectable } from '@nestjs/common';
import type {
  CreateService,
  CreateServiceCategory,
  ListServicesQuery,
  Page,
  Service,
  ServiceCategory,
  UpdateService,
  UpdateServiceCategory,
} from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { decodeCursor, encodeCursor } from '../../common/http/cursor';
import type { SearchViewer } from '../search/search.sql';
import { toServiceCategory } from './service.mapper';
import { categoryNotFound, invalidCursor, notTheOwner, serviceNotFound, serviceOrderMismatch, unknownCategory } from './services.errors';
import { ServicesRepository, type ServiceAccessRow, type ServiceFields } from './services.repository';

const viewerOf = (member: AuthenticatedMember): SearchViewer => ({ id: member.id, isManager: member.role === 'manager' });

/** Whether the viewer sees this service at all (else it does not exist for them: 404). */
const canSee = (service: ServiceAccessRow, viewer: SearchViewer) =>
  service.memberId === viewer.id || viewer.isManager || (!service.hidden && service.ownerVisible);

@Injectable()
export class ServicesService {
  constructor(private readonly services: ServicesRepository) {}

  /** With `q`, ranked by relevance (offset pages); without, newest first (keyset pages). */
  async list(member: AuthenticatedMember, query: ListServicesQuery): Promise<Page<Service>> {
    const viewer = viewerOf(member);
    if (query.q) {
      const offset = offsetOf(query.cursor);
      const ids = await this.services.searchIds(viewer, {
        q: query.q,
        categoryId: query.category,
        memberId: query.memberId,
        limit: query.limit + 1,
        offset,
      });
      const items = await this.services.findByIds(ids.slice(0, query.limit), viewer);
      return { items, nextCursor: ids.length > query.limit ? encodeOffset(offset + query.limit) : null };
    }
    const page = await this.services.listIds(viewer, {
      categoryId: query.category,
      memberId: query.memberId,
      cursor: query.cursor,
      limit: query.limit,
    });
    return { items: await this.services.findByIds(page.items.map((row) => row.id), viewer), nextCursor: page.nextCursor };
  }

  async create(member: AuthenticatedMember, input: CreateService): Promise<Service> {
    const id = await this.services.manager.transaction(async (em) => {
      await this.services.lockOwner(em, member.id);
      await this.checkCategory(em, input.categoryId);
      return this.services.insert(em, member.id, {
        title: input.title,
        summary: input.summary,
        description: input.description ?? null,
        categoryId: input.categoryId ?? null,
        tags: input.tags ?? [],
        pricingNote: input.pricingNote ?? null,
        idealClient: input.idealClient ?? null,
      });
    });
    return this.loadFor(member, id);
  }

  async update(member: AuthenticatedMember, id: string, patch: UpdateService): Promise<Service> {
    await this.asOwner(member, id, async (em) => {
      await this.checkCategory(em, patch.categoryId);
      const fields: Partial<ServiceFields> = {};
      if (patch.title !== undefined) fields.title = patch.title;
      if (patch.summary !== undefined) fields.summary = patch.summary;
      if (patch.description !== undefined) fields.description = patch.description;
      if (patch.categoryId !== undefined) fields.categoryId = patch.categoryId;
      if (patch.tags !== undefined) fields.tags = patch.tags;
      if (patch.pricingNote !== undefined) fields.pricingNote = patch.pricingNote;
      if (patch.idealClient !== undefined) fields.idealClient = patch.idealClient;
      await this.services.update(em, id, fields);
    });
    return this.loadFor(member, id);
  }

  async remove(member: AuthenticatedMember, id: string): Promise<void> {
    await this.asOwner(member, id, (em) => this.services.delete(em, id));
  }

  /** The ids must be exactly the caller's services; the member's services stay locked while the order is written. */
  async reorder(member: AuthenticatedMember, ids: string[]): Promise<Page<Service> & { nextCursor: null }> {
    const viewer = viewerOf(member);
    return this.services.manager.transaction(async (em) => {
      await this.services.lockOwner(em, member.id);
      const current = await this.services.lockIdsOf(em, member.id);
      const wanted = new Set(ids);
      if (current.length !== ids.length || !current.every((serviceId) => wanted.has(serviceId))) throw serviceOrderMismatch();
      await this.services.reorder(em, member.id, ids);
      return { items: await this.services.findForMembers([member.id], viewer, em), nextCursor: null };
    });
  }

  /** The manager hides a service with a reason its owner reads, or shows it again. */
  async moderate(member: AuthenticatedMember, id: string, hiddenReason: string | null): Promise<Service> {
    await this.services.manager.transaction(async (em) => {
      const service = await this.services.findAccess(id, em);
      if (!service) throw serviceNotFound();
      await this.services.lockOwner(em, service.memberId);
      await this.services.moderate(em, id, hiddenReason);
    });
    return this.loadFor(member, id);
  }

  async categories(): Promise<{ items: ServiceCategory[]; nextCursor: null }> {
    return { items: (await this.services.listCategories()).map(toServiceCategory), nextCursor: null };
  }

  async createCategory(input: CreateServiceCategory): Promise<ServiceCategory> {
    const category = await this.services.insertCategory({
      slug: input.slug,
      nameCa: input.names.ca,
      nameEs: input.names.es,
      nameEn: input.names.en,
      position: input.position,
    });
    return toServiceCategory(category);
  }

  async updateCategory(id: string, patch: UpdateServiceCategory): Promise<ServiceCategory> {
    const category = await this.services.updateCategory(id, {
      ...(patch.slug !== undefined ? { slug: patch.slug } : {}),
      ...(patch.names ? { nameCa: patch.names.ca, nameEs: patch.names.es, nameEn: patch.names.en } : {}),
      ...(patch.position !== undefined ? { position: patch.position } : {}),
    });
    if (!category) throw categoryNotFound();
    return toServiceCategory(category);
  }

  async removeCategory(id: string): Promise<void> {
    if (!(await this.services.deleteCategory(id))) throw categoryNotFound();
  }

  /**
   * Runs the change as the service's owner, holding the owner's lock. Someone else gets a 404 when
   * they cannot even see the service, else a 403 (the manager moderates, but edits nothing).
   */
  private async asOwner(member: AuthenticatedMember, id: string, change: (em: EntityManager) => Promise<void>): Promise<void> {
    const viewer = viewerOf(member);
    await this.services.manager.transaction(async (em) => {
      const service = await this.services.findAccess(id, em);
      if (!service || !canSee(service, viewer)) throw serviceNotFound();
      if (service.memberId !== viewer.id) throw notTheOwner();
      await this.services.lockOwner(em, service.memberId);
      // A concurrent removal may have won the lock: it is gone for this request too.
      if (!(await this.services.findAccess(id, em))) throw serviceNotFound();
      await change(em);
    });
  }

  private async checkCategory(em: EntityManager, categoryId: string | null | undefined): Promise<void> {
    if (categoryId && !(await this.services.lockCategory(em, categoryId))) throw unknownCategory();
  }

  private async loadFor(member: AuthenticatedMember, id: string): Promise<Service> {
    const [service] = await this.services.findByIds([id], viewerOf(member));
    if (!service) throw serviceNotFound();
    return service;
  }
}

/** A ranked page's cursor is the offset of its first row, opaque to clients. */
function encodeOffset(offset: number): string {
  return encodeCursor([offset]);
}

function offsetOf(cursor: string | undefined): number {
  const key = decodeCursor(cursor, 1);
  if (key === null) return 0;
  const [offset] = key;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > 10_000) {
    throw invalidCursor();
  }
  return offset;
}
