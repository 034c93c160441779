/** Business that came from an introduction (or from the club), with its value. */
export interface Deal {
  readonly id: string;
  readonly communityId: string;
  readonly introductionId: string | null;
  readonly recordedBy: string;
  readonly counterpartId: string | null;
  readonly amountMinor: number;
  readonly currency: string;
  readonly note: string;
  readonly confirmedByCounterpart: boolean;
  readonly closedAt: Date;
  readonly createdAt: Date;
}
