import { ArgumentsHost, Catch, ExceptionFilter, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorResponse } from './to-error-response';
import type { SpaFallback } from '../http/spa-fallback';

/** The single place where failures become `{"error": {code, message, details}}`. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(private readonly spa: SpaFallback | null) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    // Deep links of the portal are routes of the client: serve it instead of a 404.
    if (exception instanceof NotFoundException && this.spa?.accepts(request)) {
      this.spa.send(reply);
      return;
    }
    const response = toErrorResponse(exception, String(request.id));
    if (response.unexpected) request.log.error({ err: exception }, 'unexpected error');
    void reply.status(response.status).headers(response.headers).send(response.body);
  }
}
