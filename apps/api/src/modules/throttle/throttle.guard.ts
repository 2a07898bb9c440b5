import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error';
import { THROTTLE_KEY, type ThrottlePolicy } from './throttle.decorator';
import { ThrottleRepository } from './throttle.repository';

@Injectable()
export class ThrottleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly throttle: ThrottleRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.get<ThrottlePolicy | undefined>(THROTTLE_KEY, context.getHandler());
    if (!policy) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const attempts = await this.throttle.record(`${policy.bucket}:${request.ip}`, policy.windowSeconds);
    if (attempts <= policy.limit) return true;
    throw new AppError(429, 'RATE_LIMITED', 'Too many attempts. Wait a minute and try again.', [], {
      'retry-after': String(policy.windowSeconds),
    });
  }
}
