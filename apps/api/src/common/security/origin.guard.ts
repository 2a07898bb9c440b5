import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_KEY, type Access } from '../auth/access.decorators';
import { APP_CONFIG } from '../../config/load-config';
import type { Config } from '../../config/config.schema';
import { AppError } from '../errors/app-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SKIP_ORIGIN_CHECK_KEY = 'tertulia:skip-origin-check';

/**
 * Exempts one @Public() route handler from the same-origin check (on a route that is not public it has
 * no effect): only for a route whose URL carries its own proof and that uses no session, i.e. the
 * one-click unsubscribe that mail clients post without an Origin (RFC 8058).
 */
export const SkipOriginCheck = () => SetMetadata(SKIP_ORIGIN_CHECK_KEY, true);

/**
 * CSRF defence, with the SameSite cookie: a state-changing request must come from the app's
 * own origin (PUBLIC_URL, or the request's host), shown by its Origin or, failing that, Referer.
 */
@Injectable()
export class OriginGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: Config,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (this.exempt(context)) return true;
    const claimed = originOf(request.headers.origin) ?? originOf(request.headers.referer);
    if (claimed && claimed === this.expectedOrigin(request)) return true;
    throw new AppError(403, 'ORIGIN_REJECTED', 'This request did not come from Tertulia itself.');
  }

  /** Only the handler's own marks count (never a whole controller's), and only on a public route. */
  private exempt(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    return (
      this.reflector.get<boolean | undefined>(SKIP_ORIGIN_CHECK_KEY, handler) === true &&
      this.reflector.get<Access | undefined>(ACCESS_KEY, handler) === 'public'
    );
  }

  private expectedOrigin(request: FastifyRequest): string {
    if (this.config.PUBLIC_URL) return new URL(this.config.PUBLIC_URL).origin;
    return `${request.protocol}://${request.host}`;
  }
}

function originOf(header: string | undefined): string | null {
  if (!header || header === 'null') return null;
  try {
    return new URL(header).origin;
  } catch {
    return null;
  }
}
