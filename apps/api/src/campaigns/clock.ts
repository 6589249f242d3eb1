import { Injectable } from '@nestjs/common';
import { CAMPAIGN_TIME_ZONE, dateIn } from '@jixiao/domain';

/** The one place the API reads the time for campaigns: due dates and overdue marks are Asia/Shanghai dates. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  today(): string {
    return dateIn(CAMPAIGN_TIME_ZONE, this.now());
  }
}
