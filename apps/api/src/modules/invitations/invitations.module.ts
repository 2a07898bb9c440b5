import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { MembersModule } from '../members/members.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [SessionsModule, MembersModule],
  controllers: [InvitationsController],
  providers: [InvitationsRepository, InvitationsService],
})
export class InvitationsModule {}
