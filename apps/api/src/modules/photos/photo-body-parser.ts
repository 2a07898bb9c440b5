import { PHOTO_MAX_BYTES, PHOTO_MEDIA_TYPES } from '@tertulia/domain';
import type { FastifyInstance } from 'fastify';

/** What PUT /api/members/me/photo accepts as its raw body; the content decides whether it is an image. */
export const PHOTO_BODY_TYPES = [...PHOTO_MEDIA_TYPES, 'application/octet-stream'];

/**
 * Image bodies arrive as a Buffer, up to PHOTO_MAX_BYTES (the JSON limit stays as configured);
 * anything larger is refused by Fastify with 413 before it is read, which the error filter answers.
 */
export function registerPhotoBodyParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(PHOTO_BODY_TYPES, { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES }, (_request, body, done) => {
    done(null, body);
  });
}
