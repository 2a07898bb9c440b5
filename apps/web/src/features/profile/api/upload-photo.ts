import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PHOTO_MEDIA_TYPES, type MemberProfile, type Photo } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateProfile } from './invalidate';
import { profileKeys } from './keys';

/** The Content-Type to announce: the file's own when it is one the API takes, else «some bytes» (the API looks at the content). */
export function photoContentType(file: Blob): string {
  return (PHOTO_MEDIA_TYPES as readonly string[]).includes(file.type) ? file.type : 'application/octet-stream';
}

/** PUT /api/members/me/photo — the image itself as the body; the API re-encodes it and answers its address. */
export function uploadPhoto(file: Blob): Promise<Photo> {
  return api.putBinary<Photo>('/api/members/me/photo', file, photoContentType(file));
}

export function useUploadPhoto(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadPhoto,
    onSuccess: ({ photoUrl }) => {
      queryClient.setQueryData<MemberProfile>(profileKeys.me(memberId), (profile) => (profile ? { ...profile, photoUrl } : profile));
      return invalidateProfile(queryClient);
    },
  });
}
