import type { CurrentMember } from '@tertulia/domain';

/** The signed-in member, as the session guard found them for this request. */
export interface AuthenticatedMember extends CurrentMember {
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    member?: AuthenticatedMember;
  }
}
