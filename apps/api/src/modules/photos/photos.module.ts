import { Module } from '@nestjs/common';
import { PhotoStore } from './photo-store';
import { PhotosController } from './photos.controller';
import { PhotosRepository } from './photos.repository';
import { PhotosService } from './photos.service';

@Module({
  controllers: [PhotosController],
  providers: [PhotosRepository, PhotosService, PhotoStore],
})
export class PhotosModule {}
