import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../../config/load-config';
import type { Config } from '../../config/config.schema';
import { AppError } from '../errors/app-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence, with the SameSite cookie: a state-changing request must come from the app's
 * own origin (PUBLIC_URL, or the request's host), shown by its Origin or, failing that, Referer.
 */
@Injectable()
export class OriginGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: Config) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const claimed = originOf(request.headers.origin) ?? originOf(request.headers.referer);
    if (claimed && claimed === this.expectedOrigin(request)) return true;
    throw new AppError(403, 'ORIGIN_REJECTED', 'This request did not come from Tertulia itself.');
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
