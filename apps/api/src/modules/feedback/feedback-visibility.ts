/**
 * SQL condition: the request aliased `request` is visible to the reader — a request for every member, or
 * one the reader asked for or is invited to. Nobody else sees an invite-only request, the manager included.
 * Lists, details, answers and every change use it, so an invite-only request never leaks.
 * `viewerId` is a parameter placeholder such as `$1`.
 */
export function feedbackRequestVisibleTo(request: string, viewerId: string): string {
  return `(${request}.audience = 'all' OR ${request}.requester_id = ${viewerId} OR EXISTS (
    SELECT 1 FROM feedback_invitations vi WHERE vi.request_id = ${request}.id AND vi.member_id = ${viewerId}))`;
}

/**
 * SQL expression: the request's status, by the database's clock. `closed` once its requester closed it or its
 * deadline's day is over; else `full` once it has as many answers as its cap; else `open`. `responses` is an
 * expression counting its answers. Every read, filter and decision uses this one expression.
 */
export function feedbackStatusOf(request: string, responses: string): string {
  return `(CASE WHEN ${request}.closed_at IS NOT NULL OR ${request}.closes_at <= now() THEN 'closed'
                WHEN ${responses} >= ${request}.cap THEN 'full'
                ELSE 'open' END)`;
}

/** A lateral join counting the answers of the request aliased `request`, as `<alias>.responses`. */
export function responseCountJoin(request: string, alias: string): string {
  return `CROSS JOIN LATERAL (SELECT count(*)::int AS responses FROM feedback_responses cnt WHERE cnt.request_id = ${request}.id) ${alias}`;
}
