import { describe, expect, it } from 'vitest';
import type { Supplier } from '../domain/supplier.js';
import { knowledgeQuery } from '../rules/knowledge-index.js';
import { supplierIndex } from '../rules/supplier-index.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { reindexSuppliers } from './reindex-suppliers.js';

describe('reindexSuppliers', () => {
  it('re-indexes suppliers left at an older index version, in batches, and then has nothing to do', async () => {
    const ports = createTestPorts();
    const communityId = ports.ids.id();
    const blank = supplierIndex({ name: '', categories: [], description: '', region: '' });
    const made: Supplier[] = [];
    for (let i = 0; i < 7; i++) {
      const supplier: Supplier = {
        id: ports.ids.id(),
        communityId,
        name: `Forwarder ${i}`,
        categories: ['freight forwarding'],
        region: '',
        contact: '',
        description: '',
        status: 'vetted',
        vettingNotes: '',
        recommendedBy: null,
        endorsements: i,
        createdAt: new Date(0),
      };
      await ports.suppliers.create(supplier);
      // As after the migration that added the index: nothing indexed yet.
      await ports.suppliers.saveIndex(communityId, supplier.id, blank, 0);
      made.push(supplier);
    }
    expect(await ports.suppliers.searchVetted(communityId, knowledgeQuery('货代'), 10)).toEqual([]);
    expect(await reindexSuppliers(ports, { batchSize: 3 })).toEqual({ reindexed: 7 });
    const found = await ports.suppliers.searchVetted(communityId, knowledgeQuery('货代'), 10);
    expect(found.map((s) => s.name)).toEqual(made.map((s) => s.name).reverse());
    expect(await reindexSuppliers(ports, {})).toEqual({ reindexed: 0 });
  });
});
