import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PHOTO_MEDIA_TYPES, type Event } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateEvents } from './invalidate';
import { eventsKeys } from './keys';

export interface UploadCoverInput {
  id: string;
  file: Blob;
}

/** The Content-Type to announce: the file's own when the API takes it, else «some bytes» (the API looks at the content). */
const contentType = (file: Blob) =>
  (PHOTO_MEDIA_TYPES as readonly string[]).includes(file.type) ? file.type : 'application/octet-stream';

/** PUT /api/events/{id}/cover — the image itself as the body; stored as a 1200×630 WebP. */
export function uploadCover({ id, file }: UploadCoverInput): Promise<Event> {
  return api.putBinary<Event>(`/api/events/${encodeURIComponent(id)}/cover`, file, contentType(file));
}

export function useUploadCover() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadCover,
    onSuccess: (event) => {
      queryClient.setQueryData(eventsKeys.detail(event.id), event);
      return invalidateEvents(queryClient);
    },
  });
}
