import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiDefaultResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import {
  AttendeesSchema,
  CreateEventSchema,
  ErrorBodySchema,
  EventPageSchema,
  EventSchema,
  IdParamsSchema,
  ListEventsQuerySchema,
  MyRsvpSchema,
  PHOTO_MAX_BYTES,
  RsvpSchema,
  UpdateEventSchema,
  WantsSchema,
  type CreateEvent,
  type ListEventsQuery,
  type Rsvp,
  type UpdateEvent,
  type Wants,
} from '@tertulia/domain';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CurrentMember } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { PHOTO_BODY_TYPES } from '../photos/photo-body-parser';
import { COVER_HEIGHT, COVER_WIDTH, EventsService } from './events.service';

const BINARY = { type: 'string', format: 'binary' } as const;
/** `v` names the cover file (the URL the event hands out): it only makes each cover's URL its own. */
const CoverQuerySchema = z.strictObject({ v: z.string().max(100).optional() });

@ApiTags('events')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @ApiOkResponse({ standardSchema: EventPageSchema })
  list(@CurrentMember() viewer: AuthenticatedMember, @Query({ schema: ListEventsQuerySchema }) query: ListEventsQuery) {
    return this.events.list(viewer, query);
  }

  @Post()
  @ApiCreatedResponse({ standardSchema: EventSchema })
  create(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: CreateEventSchema }) input: CreateEvent) {
    return this.events.create(viewer, input);
  }

  @Get(':id')
  @ApiOkResponse({ standardSchema: EventSchema })
  get(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.events.get(viewer, params.id);
  }

  @Patch(':id')
  @ApiOkResponse({ standardSchema: EventSchema })
  update(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateEventSchema }) patch: UpdateEvent,
  ) {
    return this.events.update(viewer, params.id, patch);
  }

  /** Cancels: the event stays, with status `cancelled`, for calendar feeds. */
  @Delete(':id')
  @ApiOkResponse({ standardSchema: EventSchema })
  cancel(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.events.cancel(viewer, params.id);
  }

  @Put(':id/rsvp')
  @ApiOkResponse({ standardSchema: MyRsvpSchema })
  rsvp(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: RsvpSchema }) input: Rsvp,
  ) {
    return this.events.rsvp(viewer, params.id, input);
  }

  @Get(':id/attendees')
  @ApiOkResponse({ standardSchema: AttendeesSchema })
  attendees(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.events.attendees(viewer, params.id);
  }

  /** Headers are set only once the list is built: an error stays a JSON error. */
  @Get(':id/attendees.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'name, business, e-mail, status, position, private (UTF-8 with a BOM)', schema: { type: 'string' } })
  async attendeesCsv(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { csv, filename } = await this.events.attendeesCsv(viewer, params.id);
    void reply.headers({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    });
    return csv;
  }

  @Get(':id/wants')
  @ApiOkResponse({ standardSchema: WantsSchema })
  wants(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.events.wants(viewer, params.id);
  }

  @Put(':id/wants')
  @ApiOkResponse({ standardSchema: WantsSchema })
  setWants(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: WantsSchema }) input: Wants,
  ) {
    return this.events.setWants(viewer, params.id, input);
  }

  @Put(':id/cover')
  @ApiConsumes(...PHOTO_BODY_TYPES)
  @ApiBody({
    description: `A JPEG, PNG or WebP image (recognised by its content), up to ${PHOTO_MAX_BYTES} bytes; stored as a ${COVER_WIDTH}×${COVER_HEIGHT} WebP`,
    schema: BINARY,
  })
  @ApiOkResponse({ standardSchema: EventSchema })
  setCover(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }, @Body() body: unknown) {
    return this.events.setCover(viewer, params.id, body);
  }

  @Delete(':id/cover')
  @HttpCode(204)
  @ApiNoContentResponse()
  async removeCover(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }): Promise<void> {
    await this.events.removeCover(viewer, params.id);
  }

  /** Cached for good only under the URL the event hands out (`?v=<file>`), which changes with each cover. */
  @Get(':id/cover')
  @ApiProduces('image/webp')
  @ApiOkResponse({ description: 'The cover (WebP)', schema: BINARY })
  async cover(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Query({ schema: CoverQuerySchema }) query: { v?: string },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { bytes, file } = await this.events.cover(viewer, params.id);
    void reply.headers({
      'content-type': 'image/webp',
      'cache-control': query.v === file ? 'private, max-age=31536000, immutable' : 'private, no-cache',
      'x-content-type-options': 'nosniff',
    });
    return bytes;
  }
}
