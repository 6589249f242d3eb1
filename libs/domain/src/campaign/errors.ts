/** A campaign command that does not fit the campaign's or the task's current facts (HTTP 409). */
export class CampaignConflict extends Error {
  constructor(message: string) {
    super(message);
  }
}
