import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { EmailModule } from '../email/email.module';
import { MembersModule } from '../members/members.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [SessionsModule, MembersModule, EmailModule],
  controllers: [InvitationsController],
  providers: [InvitationsRepository, InvitationsService],
})
export class InvitationsModule {}
