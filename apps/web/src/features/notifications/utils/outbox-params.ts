import { OutboxStatusSchema, type OutboxStatus } from '@tertulia/domain';

/** `/admin/outbox?status=pending`: the status shown, or every message when it is missing or unknown. */
export function outboxStatusFromParams(params: URLSearchParams): OutboxStatus | undefined {
  const parsed = OutboxStatusSchema.safeParse(params.get('status'));
  return parsed.success ? parsed.data : undefined;
}
