import { CreateServiceSchema, UpdateServiceSchema, type CreateService, type Service, type UpdateService } from '@tertulia/domain';
import type { SchemaIssue } from '../../../lib/errors';
import { formatLabels, parseLabels } from '../../../lib/labels';

/** A service as its form holds it while typed. */
export interface ServiceDraft {
  title: string;
  summary: string;
  description: string;
  categoryId: string;
  tags: string;
  pricingNote: string;
  idealClient: string;
}

export const EMPTY_SERVICE: ServiceDraft = {
  title: '',
  summary: '',
  description: '',
  categoryId: '',
  tags: '',
  pricingNote: '',
  idealClient: '',
};

export function draftFromService(service: Service): ServiceDraft {
  return {
    title: service.title,
    summary: service.summary,
    description: service.description ?? '',
    categoryId: service.category?.id ?? '',
    tags: formatLabels(service.tags),
    pricingNote: service.pricingNote ?? '',
    idealClient: service.idealClient ?? '',
  };
}

function body(draft: ServiceDraft) {
  return {
    title: draft.title,
    summary: draft.summary,
    description: draft.description,
    categoryId: draft.categoryId === '' ? null : draft.categoryId,
    tags: parseLabels(draft.tags),
    pricingNote: draft.pricingNote,
    idealClient: draft.idealClient,
  };
}

/** The form's field for a schema path (`tags.3` → `tags`). */
const field = (issue: { path: readonly PropertyKey[] }): SchemaIssue['path'] => [String(issue.path[0] ?? '')];

export type ServiceResult<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

/** POST /api/services's body, checked by the API's own schema. */
export function createServiceBody(draft: ServiceDraft): ServiceResult<CreateService> {
  const parsed = CreateServiceSchema.safeParse(body(draft));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues.map((issue) => ({ ...issue, path: field(issue) })) };
}

/** PATCH /api/services/{id}'s body: the whole service as edited (clearing a field sends null). */
export function updateServiceBody(draft: ServiceDraft): ServiceResult<UpdateService> {
  const parsed = UpdateServiceSchema.safeParse(body(draft));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues.map((issue) => ({ ...issue, path: field(issue) })) };
}

/** The ids in a new order: the one at `index` swapped with its neighbour (−1 up, +1 down); null when it cannot move. */
export function moved(ids: readonly string[], index: number, delta: -1 | 1): string[] | null {
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return null;
  const next = [...ids];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
