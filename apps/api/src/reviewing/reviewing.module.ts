import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ReviewingController } from './reviewing.controller';

@Module({ imports: [CqrsModule], controllers: [ReviewingController] })
export class ReviewingModule {}
