import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Attendance, AttendanceResultSchema, BreakfastSession, Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

export interface SetAttendanceInput extends Attendance {
  sessionId: string;
}

/** The reader's answer and the new headcount (the domain's AttendanceResultSchema). */
export type AttendanceResult = ReturnType<typeof AttendanceResultSchema.parse>;

/** PUT /api/breakfasts/{id}/attendance — whether the reader comes (upcoming, non-cancelled sessions only). */
export function setAttendance({ sessionId, attending }: SetAttendanceInput): Promise<AttendanceResult> {
  return api.put<AttendanceResult>(`/api/breakfasts/${encodeURIComponent(sessionId)}/attendance`, { attending });
}

/** Writes the answer and the new headcount into every cached list holding the session. */
function applyAttendance(queryClient: QueryClient, sessionId: string, result: AttendanceResult): void {
  queryClient.setQueriesData<Page<BreakfastSession>>({ queryKey: breakfastsKeys.lists() }, (page) =>
    page
      ? {
          ...page,
          items: page.items.map((session) =>
            session.id === sessionId ? { ...session, attending: result.attending, headcount: result.headcount } : session,
          ),
        }
      : page,
  );
}

/** For one session: answers given in quick succession are sent one after the other, so the last one wins. */
export function useSetAttendance(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setAttendance,
    scope: { id: `breakfast-attendance:${sessionId}` },
    onSuccess: (result, { sessionId }) => {
      applyAttendance(queryClient, sessionId, result);
      return queryClient.invalidateQueries({ queryKey: breakfastsKeys.all });
    },
  });
}
