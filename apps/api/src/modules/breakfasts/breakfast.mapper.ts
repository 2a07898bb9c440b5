import type { BreakfastSession, BreakfastSettings, BreakfastStatus, Closure, PendingSwap } from '@tertulia/domain';
import type { BreakfastClosureEntity } from './breakfast-closure.entity';
import type { BreakfastSeriesEntity } from './breakfast-series.entity';
import type { PendingSwapRow, SessionViewRow } from './breakfasts.repository';

export function toBreakfastSettings(series: BreakfastSeriesEntity): BreakfastSettings {
  return {
    weekday: series.weekday,
    startTime: series.startTime.slice(0, 5),
    durationMinutes: series.durationMinutes,
    place: series.place,
    timezone: series.timezone,
    active: series.active,
  };
}

export function toClosure(closure: BreakfastClosureEntity): Closure {
  return { id: closure.id, from: closure.fromDate, to: closure.toDate, reason: closure.reason };
}

function statusOf(row: SessionViewRow): BreakfastStatus {
  if (row.cancelled) return 'cancelled';
  if (!row.presenter_id) return 'open';
  return row.presenter_confirmed ? 'confirmed' : 'assigned';
}

/** The swap of this breakfast the viewer is part of, seen from their side. */
function pendingSwapOf(sessionId: string, swaps: PendingSwapRow[], viewerId: string): PendingSwap | null {
  for (const swap of swaps) {
    if (swap.from_session_id === sessionId && swap.proposer_id === viewerId) {
      return { id: swap.id, direction: 'outgoing', otherSessionId: swap.to_session_id, otherDate: swap.to_date, otherPresenter: swap.recipient_name };
    }
    if (swap.to_session_id === sessionId && swap.recipient_id === viewerId) {
      return { id: swap.id, direction: 'incoming', otherSessionId: swap.from_session_id, otherDate: swap.from_date, otherPresenter: swap.proposer_name };
    }
  }
  return null;
}

export function toBreakfastSession(row: SessionViewRow, swaps: PendingSwapRow[], viewerId: string): BreakfastSession {
  return {
    id: row.id,
    date: row.date,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    place: row.place,
    status: statusOf(row),
    topic: row.topic,
    summary: row.summary,
    presenter: row.presenter_id
      ? { id: row.presenter_id, displayName: row.presenter_name!, headline: row.presenter_headline, businessName: row.presenter_business }
      : null,
    headcount: row.headcount,
    attending: row.attending,
    pendingSwap: pendingSwapOf(row.id, swaps, viewerId),
  };
}
