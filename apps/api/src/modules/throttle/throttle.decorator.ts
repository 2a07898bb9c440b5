import { SetMetadata } from '@nestjs/common';

export interface ThrottlePolicy {
  /** Names the bucket: attempts at different actions are counted apart. */
  bucket: string;
  limit: number;
  windowSeconds: number;
}

export const THROTTLE_KEY = 'tertulia:throttle';

/** Counts attempts per client address; past `limit` within the window the route answers 429. */
export const Throttle = (bucket: string, limit = 6, windowSeconds = 60) =>
  SetMetadata(THROTTLE_KEY, { bucket, limit, windowSeconds } satisfies ThrottlePolicy);
