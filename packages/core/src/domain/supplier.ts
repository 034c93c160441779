export type VettingStatus = 'pending' | 'vetted' | 'rejected';

/** An outside business the club vetted for members. */
export interface Supplier {
  readonly id: string;
  readonly communityId: string;
  readonly name: string;
  readonly categories: readonly string[];
  readonly region: string;
  readonly contact: string;
  readonly description: string;
  readonly status: VettingStatus;
  readonly vettingNotes: string;
  readonly recommendedBy: string | null;
  readonly endorsements: number;
  readonly createdAt: Date;
}

/** A member vouching for a vetted supplier; at most one per member and supplier. */
export interface SupplierEndorsement {
  readonly communityId: string;
  readonly supplierId: string;
  readonly memberId: string;
  readonly createdAt: Date;
}
