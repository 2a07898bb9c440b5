import { Module } from '@nestjs/common';
import { ThrottleGuard } from './throttle.guard';
import { ThrottleRepository } from './throttle.repository';

@Module({ providers: [ThrottleRepository, ThrottleGuard], exports: [ThrottleRepository, ThrottleGuard] })
export class ThrottleModule {}
