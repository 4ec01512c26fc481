import DataLoader from 'dataloader';
import type { Services } from '../services.js';
import type { ProviderSite } from '../organisations/provider-site.entity.js';
import type { TenantTransaction } from '../db/tenant-transaction.js';

/** Per-request batch loaders for nested lists that MikroORM references do not cover. */
export function createLoaders(services: Services, tenant: TenantTransaction) {
  return {
    sitesByProvider: new DataLoader<string, ProviderSite[]>(async (providerIds) =>
      services.organisations.sitesOfProviders(await tenant.em(), providerIds),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
