import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBodySchema, PresenterPreferencesSchema, type PresenterPreferences } from '@tertulia/domain';
import { CurrentMember } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { PresenterPreferencesService } from './presenter-preferences.service';

@ApiTags('breakfasts')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('members/me/presenter')
export class PresenterPreferencesController {
  constructor(private readonly preferences: PresenterPreferencesService) {}

  @Get()
  @ApiOkResponse({ standardSchema: PresenterPreferencesSchema })
  get(@CurrentMember() viewer: AuthenticatedMember) {
    return this.preferences.get(viewer);
  }

  @Put()
  @ApiOkResponse({ standardSchema: PresenterPreferencesSchema })
  save(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: PresenterPreferencesSchema }) preferences: PresenterPreferences) {
    return this.preferences.save(viewer, preferences);
  }
}
