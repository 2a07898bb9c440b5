import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiDefaultResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CreateServiceCategorySchema,
  ErrorBodySchema,
  IdParamsSchema,
  ServiceCategoryListSchema,
  ServiceCategorySchema,
  UpdateServiceCategorySchema,
  type CreateServiceCategory,
  type UpdateServiceCategory,
} from '@tertulia/domain';
import { ManagerOnly } from '../../common/auth/access.decorators';
import { ServicesService } from './services.service';

@ApiTags('services')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('service-categories')
export class ServiceCategoriesController {
  constructor(private readonly services: ServicesService) {}

  @Get()
  @ApiOkResponse({ standardSchema: ServiceCategoryListSchema })
  list() {
    return this.services.categories();
  }

  @ManagerOnly()
  @Post()
  @ApiCreatedResponse({ standardSchema: ServiceCategorySchema })
  create(@Body({ schema: CreateServiceCategorySchema }) input: CreateServiceCategory) {
    return this.services.createCategory(input);
  }

  @ManagerOnly()
  @Patch(':id')
  @ApiOkResponse({ standardSchema: ServiceCategorySchema })
  update(@Param({ schema: IdParamsSchema }) params: { id: string }, @Body({ schema: UpdateServiceCategorySchema }) patch: UpdateServiceCategory) {
    return this.services.updateCategory(params.id, patch);
  }

  @ManagerOnly()
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.services.removeCategory(params.id);
  }
}
