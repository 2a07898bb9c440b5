import 'reflect-metadata';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { ErrorFilter } from './common/errors/error.filter';
import { SpaFallback } from './common/http/spa-fallback';
import { createValidationPipe } from './common/http/validation.pipe';
import { registerPhotoBodyParser } from './modules/photos/photo-body-parser';
import type { Config } from './config/config.schema';
import { PinoNestLogger } from './logging/logger';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the whole app (API, OpenAPI, portal) on a data source that is already migrated. */
export async function createApp(config: Config, dataSource: DataSource, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, dataSource), adapter, {
    logger: new PinoNestLogger(logger),
  });
  const fastify = app.getHttpAdapter().getInstance();
  // Photos arrive as raw image bodies, with a limit of their own (PHOTO_MAX_BYTES).
  registerPhotoBodyParser(fastify);
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    strictTransportSecurity: config.PUBLIC_URL?.startsWith('https:') ?? false,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });

  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  const webRoot = config.WEB_DIST ?? resolve(__dirname, '../../web/dist');
  const spa = SpaFallback.load(webRoot);
  app.useGlobalFilters(new ErrorFilter(spa));
  if (spa) app.useStaticAssets({ root: spa.root, prefix: '/', index: 'index.html', wildcard: true });

  const openApi = new DocumentBuilder()
    .setTitle('Tertulia API')
    .setDescription('The community platform of a coworking space. Errors: {"error": {code, message, details}}.')
    .setVersion('0.1.0')
    .addCookieAuth('tertulia_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });

  await app.init();
  return app;
}
