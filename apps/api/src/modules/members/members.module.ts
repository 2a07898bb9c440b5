import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { BreakfastsModule } from '../breakfasts/breakfasts.module';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';

@Module({
  imports: [SessionsModule, BreakfastsModule],
  controllers: [MembersController],
  providers: [MembersRepository, MembersService],
  exports: [MembersRepository],
})
export class MembersModule {}
