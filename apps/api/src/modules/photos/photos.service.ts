import { Injectable } from '@nestjs/common';
import type { Photo } from '@tertulia/domain';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { photoUrlOf } from '../members/photo-url';
import { searchViewerOf } from '../search/search-viewer';
import { toProfilePhoto } from './photo-image';
import { PhotoStore } from './photo-store';
import { notAnImage, photoNotFound } from './photos.errors';
import { PhotosRepository } from './photos.repository';

@Injectable()
export class PhotosService {
  constructor(
    private readonly photos: PhotosRepository,
    private readonly store: PhotoStore,
  ) {}

  /**
   * Re-encodes the image, stores it under a new name, then points the member at it. The old file
   * goes only once the row no longer names it; the new one goes if the row could not be written.
   */
  async upload(viewer: AuthenticatedMember, body: unknown): Promise<Photo> {
    if (!Buffer.isBuffer(body) || body.length === 0) throw notAnImage();
    const webp = await toProfilePhoto(body);
    if (!webp) throw notAnImage();
    const file = await this.store.save(webp);
    let previous: string | null;
    try {
      previous = await this.photos.replace(viewer.id, file);
    } catch (error) {
      await this.store.remove(file);
      throw error;
    }
    if (previous) await this.store.remove(previous);
    return { photoUrl: photoUrlOf(file) };
  }

  async remove(viewer: AuthenticatedMember): Promise<void> {
    const previous = await this.photos.replace(viewer.id, null);
    if (previous) await this.store.remove(previous);
  }

  /** The bytes of a photo whose owner the viewer may see; otherwise, as if it did not exist. */
  async read(viewer: AuthenticatedMember, file: string): Promise<Buffer> {
    if (!(await this.photos.isVisible(file, searchViewerOf(viewer)))) throw photoNotFound();
    const bytes = await this.store.read(file);
    if (!bytes) throw photoNotFound();
    return bytes;
  }
}
