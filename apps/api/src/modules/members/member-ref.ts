import type { MemberRef } from '@tertulia/domain';
import { photoUrlOf } from './photo-url';

/** A member as a byline shows them (columns of `members`). */
export interface MemberRefRow {
  id: string;
  display_name: string;
  photo_file: string | null;
  business_name: string | null;
  headline: string | null;
}

export function toMemberRef(row: MemberRefRow): MemberRef {
  return {
    id: row.id,
    displayName: row.display_name,
    photoUrl: photoUrlOf(row.photo_file),
    businessName: row.business_name,
    headline: row.headline,
  };
}
