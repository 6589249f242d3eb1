import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { Pool } from 'pg';
import { Config, CONFIG } from '../config';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { jwtSecretOf } from '../jwt-secret';
import { AccountChecks } from './account-checks';
import { AuthController } from './auth.controller';
import { JwtGuard } from './jwt.guard';
import { Tokens } from './tokens';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [CONFIG, PG_POOL],
      useFactory: async (config: Config, pool: Pool) => {
        // One KeyObject for the process: given a string, jsonwebtoken tries createPublicKey on every verify.
        const key = createSecretKey(Buffer.from(await jwtSecretOf(config, pool), 'utf8'));
        return { secretOrKeyProvider: () => key, signOptions: { expiresIn: '12h', algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [{ provide: APP_GUARD, useClass: JwtGuard }, Tokens, AccountChecks],
  exports: [JwtModule, Tokens, AccountChecks],
})
export class AuthModule {}
