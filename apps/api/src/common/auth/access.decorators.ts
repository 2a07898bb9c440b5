import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedMember } from './authenticated-member';

export type Access = 'public' | 'member' | 'manager';
export const ACCESS_KEY = 'tertulia:access';

/** Anyone, signed in or not (login, invitation acceptance, health). */
export const Public = () => SetMetadata(ACCESS_KEY, 'public' satisfies Access);
/** Only a signed-in manager. Routes without a decorator need any signed-in member. */
export const ManagerOnly = () => SetMetadata(ACCESS_KEY, 'manager' satisfies Access);

export const CurrentMember = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedMember => {
  const member = context.switchToHttp().getRequest<FastifyRequest>().member;
  if (!member) throw new Error('CurrentMember used on a route without a session');
  return member;
});
