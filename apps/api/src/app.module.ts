import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SessionGuard } from './common/auth/session.guard';
import { OriginGuard } from './common/security/origin.guard';
import type { Config } from './config/config.schema';
import { APP_CONFIG } from './config/load-config';
import { AuthModule } from './modules/auth/auth.module';
import { BreakfastsModule } from './modules/breakfasts/breakfasts.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CirclesModule } from './modules/circles/circles.module';
import { CoffeeModule } from './modules/coffee/coffee.module';
import { EmailModule } from './modules/email/email.module';
import { EventsModule } from './modules/events/events.module';
import { FeedbackModule } from './modules/feedback/feedback.module';
import { SessionsModule } from './modules/auth/sessions.module';
import { HealthModule } from './modules/health/health.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MembersModule } from './modules/members/members.module';
import { NetworkingModule } from './modules/networking/networking.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { PhotosModule } from './modules/photos/photos.module';
import { PostsModule } from './modules/posts/posts.module';
import { ScheduledWorkModule } from './modules/scheduled-work/scheduled-work.module';
import { SearchModule } from './modules/search/search.module';
import { ServicesModule } from './modules/services/services.module';
import { ThrottleGuard } from './modules/throttle/throttle.guard';
import { ThrottleModule } from './modules/throttle/throttle.module';

@Module({})
export class AppModule {
  /** The data source is opened (and migrated) before the app, by the caller. */
  static forRoot(config: Config, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        JobsModule,
        NotificationsModule,
        SessionsModule,
        ThrottleModule,
        HealthModule,
        AuthModule,
        MembersModule,
        InvitationsModule,
        BreakfastsModule,
        ServicesModule,
        PhotosModule,
        SearchModule,
        CirclesModule,
        EventsModule,
        NetworkingModule,
        CalendarModule,
        PostsModule,
        FeedbackModule,
        CoffeeModule,
        ScheduledWorkModule,
        EmailModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // Guards run in this order: same origin, then session and role, then throttling.
        { provide: APP_GUARD, useClass: OriginGuard },
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_GUARD, useClass: ThrottleGuard },
      ],
      exports: [APP_CONFIG],
    };
  }
}
