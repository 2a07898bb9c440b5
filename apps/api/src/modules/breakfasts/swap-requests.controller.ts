import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBodySchema, IdParamsSchema, SwapRequestSchema } from '@tertulia/domain';
import { CurrentMember } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { SwapRequestsService } from './swap-requests.service';

@ApiTags('breakfasts')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('swap-requests')
export class SwapRequestsController {
  constructor(private readonly swaps: SwapRequestsService) {}

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: SwapRequestSchema })
  accept(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.swaps.answer(viewer, params.id, true);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: SwapRequestSchema })
  decline(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.swaps.answer(viewer, params.id, false);
  }
}
