import { Module } from '@nestjs/common';
import { BreakfastsController } from './breakfasts.controller';
import { BreakfastsRepository } from './breakfasts.repository';
import { BreakfastsService } from './breakfasts.service';
import { PresenterPreferencesController } from './presenter-preferences.controller';
import { PresenterPreferencesService } from './presenter-preferences.service';
import { RotaRepository } from './rota.repository';
import { RotaService } from './rota.service';
import { SwapRequestsController } from './swap-requests.controller';
import { SwapRequestsService } from './swap-requests.service';

@Module({
  controllers: [BreakfastsController, SwapRequestsController, PresenterPreferencesController],
  providers: [BreakfastsRepository, RotaRepository, BreakfastsService, RotaService, SwapRequestsService, PresenterPreferencesService],
  exports: [RotaService],
})
export class BreakfastsModule {}
