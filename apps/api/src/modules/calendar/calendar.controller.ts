import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CalendarFeedSchema, ErrorBodySchema, IdParamsSchema } from '@tertulia/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentMember, Public } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import type { Config } from '../../config/config.schema';
import { APP_CONFIG } from '../../config/load-config';
import { publicOrigin } from '../../config/public-origin';
import { CalendarService } from './calendar.service';

/** Any string: an unknown token is a 404 (CALENDAR_FEED_NOT_FOUND), never a validation error. */
const FeedTokenParamsSchema = z.strictObject({ token: z.string().max(200) });
const CALENDAR = { type: 'string', description: 'An iCalendar file (RFC 5545)' } as const;

/** Calendar files are personal and change with every RSVP: never stored by caches. */
const CALENDAR_HEADERS = {
  'content-type': 'text/calendar; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

@ApiTags('calendar')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller()
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    @Inject(APP_CONFIG) private readonly config: Config,
  ) {}

  /** «Add to calendar»: one event as a download. */
  @Get('events/:id/ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The event as an iCalendar file', schema: CALENDAR })
  async eventFile(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.calendar.eventFile(viewer, params.id, this.originOf(request));
    void reply.headers({ ...CALENDAR_HEADERS, 'content-disposition': `attachment; filename="${file.fileName}"` });
    return file.body;
  }

  @Get('calendar/feed')
  @ApiOkResponse({ standardSchema: CalendarFeedSchema })
  feed(@CurrentMember() viewer: AuthenticatedMember, @Req() request: FastifyRequest) {
    return this.calendar.feed(viewer, this.originOf(request));
  }

  /** A new secret address: the old one stops working. */
  @Post('calendar/feed')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: CalendarFeedSchema })
  regenerate(@CurrentMember() viewer: AuthenticatedMember, @Req() request: FastifyRequest) {
    return this.calendar.regenerate(viewer, this.originOf(request));
  }

  /** The subscription itself: calendar apps send no cookie, so the token in the address is the only key. */
  @Public()
  @Get('calendar/:token.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: "The member's events and breakfasts as an iCalendar feed", schema: CALENDAR })
  async feedFile(
    @Param({ schema: FeedTokenParamsSchema }) params: { token: string },
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.calendar.feedFile(params.token, this.originOf(request));
    void reply.headers({ ...CALENDAR_HEADERS, 'content-disposition': 'inline; filename="tertulia.ics"' });
    return body;
  }

  /** Where the portal lives: PUBLIC_URL, else the address the request came to. */
  private originOf(request: FastifyRequest): string {
    return publicOrigin(this.config, () => `${request.protocol}://${request.host}`);
  }
}
