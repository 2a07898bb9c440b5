import { Injectable } from '@nestjs/common';
import type { PresenterPreferences } from '@tertulia/domain';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { todayIn } from '../../common/time/today';
import { BreakfastsRepository } from './breakfasts.repository';
import { RotaRepository } from './rota.repository';

/** Whether a member presents at the breakfast, and the dates they cannot. */
@Injectable()
export class PresenterPreferencesService {
  constructor(
    private readonly breakfasts: BreakfastsRepository,
    private readonly rota: RotaRepository,
  ) {}

  async get(viewer: AuthenticatedMember): Promise<PresenterPreferences> {
    const series = await this.breakfasts.series();
    return this.rota.preferences(viewer.id, todayIn(series.timezone));
  }

  async save(viewer: AuthenticatedMember, preferences: PresenterPreferences): Promise<PresenterPreferences> {
    const series = await this.breakfasts.series();
    const today = todayIn(series.timezone);
    await this.breakfasts.manager.transaction((em) =>
      this.rota.savePreferences(em, viewer.id, preferences.optIn, preferences.unavailableDates, today),
    );
    return this.rota.preferences(viewer.id, today);
  }
}
