/**
 * SQL condition: the event aliased `event` is visible to the reader — an event for the whole
 * space, or one of a circle they belong to (active), or any event for the manager. Lists,
 * details, attendees and calendar feeds all use it, so a circle's event never leaks.
 * `viewerId` and `isManager` are parameter placeholders such as `$2`.
 */
export function eventVisibleTo(event: string, viewerId: string, isManager: string): string {
  return `(${isManager} OR ${event}.circle_id IS NULL OR EXISTS (
    SELECT 1 FROM circle_members cm WHERE cm.circle_id = ${event}.circle_id AND cm.member_id = ${viewerId} AND cm.status = 'active'))`;
}
