import { Body, Controller, Delete, Get, HttpCode, Param, Put, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiDefaultResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ErrorBodySchema, PhotoSchema, PHOTO_MAX_BYTES } from '@tertulia/domain';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CurrentMember } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { PHOTO_BODY_TYPES } from './photo-body-parser';
import { PHOTO_FILE } from './photo-store';
import { PhotosService } from './photos.service';

const PhotoFileParamsSchema = z.strictObject({ file: z.string().regex(PHOTO_FILE, 'Not a photo file name') });
const BINARY = { type: 'string', format: 'binary' } as const;

@ApiTags('photos')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller()
export class PhotosController {
  constructor(private readonly photos: PhotosService) {}

  @Put('members/me/photo')
  @ApiConsumes(...PHOTO_BODY_TYPES)
  @ApiBody({
    description: `A JPEG, PNG or WebP image (recognised by its content), up to ${PHOTO_MAX_BYTES} bytes; stored as a 512×512 WebP`,
    schema: BINARY,
  })
  @ApiOkResponse({ standardSchema: PhotoSchema })
  upload(@CurrentMember() viewer: AuthenticatedMember, @Body() body: unknown) {
    return this.photos.upload(viewer, body);
  }

  @Delete('members/me/photo')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentMember() viewer: AuthenticatedMember): Promise<void> {
    await this.photos.remove(viewer);
  }

  /**
   * A new name at each upload: the bytes behind a URL never change, so the browser keeps them for good.
   * The headers are set only once the photo is found (an error must not be cached, nor typed as an image).
   */
  @Get('photos/:file')
  @ApiProduces('image/webp')
  @ApiOkResponse({ description: 'The photo (WebP)', schema: BINARY })
  async read(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: PhotoFileParamsSchema }) params: { file: string },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const bytes = await this.photos.read(viewer, params.file);
    void reply.headers({
      'content-type': 'image/webp',
      'cache-control': 'private, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    return bytes;
  }
}
