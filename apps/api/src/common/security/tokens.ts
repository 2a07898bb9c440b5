import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits in base64url (43 characters): session cookies and invitation links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Only the hash of a token is stored, so a leaked table opens nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
