import { Refusal } from '../report/errors';
/** A campaign command that does not fit the campaign's or the task's current facts (HTTP 409). */
export class CampaignConflict extends Refusal {
  constructor(message: string) {
    super(message);
  }
}
