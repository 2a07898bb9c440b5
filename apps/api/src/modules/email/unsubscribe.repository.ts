import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EMAIL_FREQUENCY_DEFAULTS, NOTIFICATION_CATEGORIES, type NotificationCategory } from '@tertulia/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppSecretEntity } from './app-secret.entity';

@Injectable()
export class UnsubscribeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The key that signs unsubscribe links (made by the migration). */
  async signingKey(em: EntityManager = this.dataSource.manager): Promise<string> {
    const secret = await em.findOneBy(AppSecretEntity, { name: 'unsubscribe' });
    if (!secret) throw new Error('app_secrets has no unsubscribe key: run the migrations');
    return secret.value;
  }

  /**
   * Sets these categories to «never» for the member; `atFrequency` picks, among `categories`, those
   * currently at that frequency (a digest's link stops what the digest gathers). Under the member's row
   * lock. Null when there is no such member; else the categories set to «never».
   */
  async setNever(memberId: string, categories: readonly NotificationCategory[], atFrequency?: 'daily' | 'weekly'): Promise<NotificationCategory[] | null> {
    return this.dataSource.transaction(async (em) => {
      const [member] = (await em.query(`SELECT email_preferences FROM members WHERE id = $1 FOR UPDATE`, [memberId])) as {
        email_preferences: Record<string, string>;
      }[];
      if (!member) return null;
      const chosen = NOTIFICATION_CATEGORIES.filter(
        (category) =>
          categories.includes(category) &&
          (atFrequency === undefined || (member.email_preferences[category] ?? EMAIL_FREQUENCY_DEFAULTS[category]) === atFrequency),
      );
      if (chosen.length > 0) {
        await em.query(`UPDATE members SET email_preferences = email_preferences || $2::jsonb WHERE id = $1`, [
          memberId,
          JSON.stringify(Object.fromEntries(chosen.map((category) => [category, 'never']))),
        ]);
      }
      return chosen;
    });
  }
}
