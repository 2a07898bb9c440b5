import { join } from 'node:path';
import { isTimeZone } from '@tertulia/domain';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

/** Every environment variable Tertulia reads; README.md documents each one. */
export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('localhost'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('./.data'),
    /** Where members' photos are kept; `<DATA_DIR>/uploads` unless given. */
    UPLOADS_DIR: z.string().min(1).optional(),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    TRUST_PROXY: booleanFlag.default(false),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(60 * 24 * 7),
    SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).default(30),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    COMMUNITY_TIMEZONE: z.string().refine(isTimeZone, 'must be an IANA time zone').default('Europe/Madrid'),
    DEMO_SEED: z.enum(['auto', 'always', 'never']).default('auto'),
    WEB_DIST: z.string().optional(),
    /** The SMTP server e-mails go through, e.g. `smtp://user:pass@mail.example:587`; unset: e-mails wait in the outbox. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Tertulia <tertulia@localhost>'),
    /** Run scheduled and background work (reminders, digests, e-mail) in this process. */
    JOBS: booleanFlag.default(true),
  })
  .transform((config) => ({ ...config, UPLOADS_DIR: config.UPLOADS_DIR ?? join(config.DATA_DIR, 'uploads') }));

export type Config = z.infer<typeof ConfigSchema>;
