/**
 * Under the event's own key (`['events', 'detail', id]`), so that whatever refreshes an event (an answer that changes
 * who is going) refreshes its tables too.
 */
export const networkingKeys = {
  lunch: (eventId: string) => ['events', 'detail', eventId] as const,
  all: (eventId: string) => [...networkingKeys.lunch(eventId), 'networking'] as const,
  settings: (eventId: string) => [...networkingKeys.all(eventId), 'settings'] as const,
  plan: (eventId: string) => [...networkingKeys.all(eventId), 'plan'] as const,
  mySeats: (eventId: string) => [...networkingKeys.all(eventId), 'my-seats'] as const,
};

export const lunchPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;
