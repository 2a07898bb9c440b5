import { Module } from '@nestjs/common';
import { ServiceCategoriesController } from './service-categories.controller';
import { ServicesController } from './services.controller';
import { ServicesRepository } from './services.repository';
import { ServicesService } from './services.service';

@Module({
  controllers: [ServicesController, ServiceCategoriesController],
  providers: [ServicesRepository, ServicesService],
  exports: [ServicesRepository],
})
export class ServicesModule {}
