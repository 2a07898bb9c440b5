import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiDefaultResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CreateServiceSchema,
  ErrorBodySchema,
  IdParamsSchema,
  ListServicesQuerySchema,
  ModerateServiceSchema,
  ReorderServicesSchema,
  ServicePageSchema,
  ServiceSchema,
  UpdateServiceSchema,
  type CreateService,
  type ListServicesQuery,
  type ModerateService,
  type ReorderServices,
  type UpdateService,
} from '@tertulia/domain';
import { CurrentMember, ManagerOnly } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { ServicesService } from './services.service';

@ApiTags('services')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('services')
export class ServicesController {
  constructor(private readonly services: ServicesService) {}

  @Get()
  @ApiOkResponse({ standardSchema: ServicePageSchema })
  list(@CurrentMember() viewer: AuthenticatedMember, @Query({ schema: ListServicesQuerySchema }) query: ListServicesQuery) {
    return this.services.list(viewer, query);
  }

  @Post()
  @ApiCreatedResponse({ standardSchema: ServiceSchema })
  create(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: CreateServiceSchema }) input: CreateService) {
    return this.services.create(viewer, input);
  }

  // Declared before ':id' routes so that "order" is never read as an id.
  @Put('order')
  @ApiOkResponse({ standardSchema: ServicePageSchema })
  reorder(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: ReorderServicesSchema }) input: ReorderServices) {
    return this.services.reorder(viewer, input.ids);
  }

  @Patch(':id')
  @ApiOkResponse({ standardSchema: ServiceSchema })
  update(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateServiceSchema }) patch: UpdateService,
  ) {
    return this.services.update(viewer, params.id, patch);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.services.remove(viewer, params.id);
  }

  @ManagerOnly()
  @Put(':id/moderation')
  @ApiOkResponse({ standardSchema: ServiceSchema })
  moderate(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: ModerateServiceSchema }) input: ModerateService,
  ) {
    return this.services.moderate(viewer, params.id, input.hiddenReason);
  }
}
