import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RotaService } from '../breakfasts/rota.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ScheduledWorkRepository } from './scheduled-work.repository';

/** How far ahead the rota is kept filled. */
export const ROTA_WEEKS_AHEAD = 8;

/**
 * The recurring work of the community: keeping the breakfast rota filled, closing feedback requests at their
 * deadline, and the reminders. Each method takes `now` (the tick) and is safe to run again: what it writes is
 * unique (sessions per date, notifications per dedupe key), so a second run, or a run in another process,
 * adds nothing.
 */
@Injectable()
export class ScheduledWorkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly work: ScheduledWorkRepository,
    private readonly rota: RotaService,
    private readonly notifications: NotificationsService,
  ) {}

  /** `rota.fill`: the breakfasts of the next 8 weeks exist and have presenters (when the series is active). */
  async fillRota(now: Date): Promise<{ created: number; assigned: number } | null> {
    return this.rota.keepFilled(now, ROTA_WEEKS_AHEAD);
  }

  /** `feedback.close`: requests past their deadline get `closed_at = closes_at`. Answers how many. */
  async closeFeedback(now: Date): Promise<number> {
    return this.work.closeDueFeedbackRequests(this.dataSource.manager, now);
  }

  /**
   * `reminders.breakfasts`: the presenter, 7 days and 1 day before their breakfast (dedupe
   * `breakfast_reminder:<sessionId>:<days>`). Answers how many breakfasts were due a reminder.
   */
  async remindBreakfasts(now: Date): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const due = await this.work.breakfastsToRemind(em, now);
      // At most a couple of rows (one series: the breakfast in 7 days and the one tomorrow).
      for (const session of due) {
        const daysBefore = String(session.days_before);
        await this.notifications.notify(em, {
          memberIds: [session.presenter_id],
          kind: 'breakfast_reminder',
          data: { date: session.date, daysBefore },
          link: '/breakfasts',
          dedupeKey: `breakfast_reminder:${session.session_id}:${daysBefore}`,
        });
      }
      return due.length;
    });
  }

  /**
   * `reminders.events`: those going to an event starting in the next 24 hours (dedupe `event_reminder:<eventId>`;
   * whoever says «going» later in that window is reminded at the next run). Answers how many events had someone to remind.
   */
  async remindEvents(now: Date): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const due = await this.work.eventsToRemind(em, now);
      // One statement per event starting in the next day (each event's sentence is its own).
      for (const event of due) {
        await this.notifications.notify(em, {
          memberIds: event.member_ids,
          kind: 'event_reminder',
          data: { eventTitle: event.title, startsAt: new Date(event.starts_at).toISOString() },
          link: `/events/${event.event_id}`,
          dedupeKey: `event_reminder:${event.event_id}`,
        });
      }
      return due.length;
    });
  }
}
