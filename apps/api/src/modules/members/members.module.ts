import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { BreakfastsModule } from '../breakfasts/breakfasts.module';
import { ServicesModule } from '../services/services.module';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';

@Module({
  imports: [SessionsModule, BreakfastsModule, ServicesModule],
  controllers: [MembersController],
  providers: [MembersRepository, MembersService],
  exports: [MembersRepository, MembersService],
})
export class MembersModule {}
