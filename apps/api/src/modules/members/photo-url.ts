/** Where the portal loads a member's photo from; each upload gets a new file name, so the URL can be cached for good. */
export function photoUrlOf(photoFile: string | null): string | null {
  return photoFile ? `/api/photos/${photoFile}` : null;
}
