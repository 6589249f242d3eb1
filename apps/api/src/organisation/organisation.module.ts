import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { OrganisationStore } from '@jixiao/organisation';
import { AuthModule } from '../auth/auth.module';
import { Idempotency } from '../http/idempotency';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { OrganisationImportController } from './import.controller';
import { OrganisationController } from './organisation.controller';
import { PasswordController } from './password.controller';
import { RecordsController } from './records.controller';
import { SealedReplies } from './sealed-replies';
import { UsersController } from './users.controller';

/** SPEC §16: the organisation, accounts, bulk import, audit and sign-in records. */
@Module({
  imports: [AuthModule],
  controllers: [OrganisationController, UsersController, OrganisationImportController, RecordsController, PasswordController],
  providers: [
    { provide: OrganisationStore, useFactory: (pool: Pool) => new OrganisationStore(pool), inject: [PG_POOL] },
    Idempotency,
    SealedReplies,
  ],
})
export class OrganisationModule {}
