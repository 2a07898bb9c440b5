import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionsModule } from './sessions.module';

@Module({ imports: [SessionsModule, MembersModule], controllers: [AuthController], providers: [AuthService] })
export class AuthModule {}
