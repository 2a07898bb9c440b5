import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBodySchema, UnsubscribeParamsSchema, UnsubscribeResultSchema } from '@tertulia/domain';
import { Public } from '../../common/auth/access.decorators';
import { SkipOriginCheck } from '../../common/security/origin.guard';
import { Throttle } from '../throttle/throttle.decorator';
import { UnsubscribeService } from './unsubscribe.service';

@ApiTags('email')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  /**
   * One-click unsubscribe (RFC 8058): mail clients post `List-Unsubscribe=One-Click` to the link of the
   * `List-Unsubscribe` header, signed in or not and without an Origin; the portal's `/unsubscribe/:token`
   * page posts here too. The signed token is the proof. Any body is ignored.
   */
  @Public()
  @SkipOriginCheck()
  @Throttle('unsubscribe', 30)
  @Post(':token')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: UnsubscribeResultSchema })
  unsubscribe(@Param({ schema: UnsubscribeParamsSchema }) params: { token: string }) {
    return this.unsubscribes.unsubscribe(params.token);
  }
}
