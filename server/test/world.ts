import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../src/auth/passwords.js';
import type { Orm } from '../src/db/orm.js';
import { ApSettingType, OrganisationKind, ProviderRegistrationStatus } from '../src/organisations/organisation-kind.js';
import {
  LocalAuthority,
  Organisation,
  PlatformOrganisation,
  Provider,
  School,
} from '../src/organisations/organisation.entity.js';
import { ProviderSite } from '../src/organisations/provider-site.entity.js';
import { Membership } from '../src/people/membership.entity.js';
import type { Role } from '../src/people/role.js';
import { User } from '../src/people/user.entity.js';
import type { GraphQLClient } from './graphql-client.js';

export const TEST_PASSWORD = 'violet-harbour-lantern-47';

export interface Member {
  name: string;
  email: string;
  user: User;
  membership: Membership;
  organisation: Organisation;
  /** Signed in through the real login mutation. */
  client: GraphQLClient;
}

/**
 * Builds each test's own tenants straight into the database (as the owner, like migrations),
 * with identifiers random enough that test files never collide in the shared database.
 */
export class World {
  private passwordHash?: Promise<string>;

  constructor(
    private readonly orm: Orm,
    private readonly newClient: () => GraphQLClient,
  ) {}

  async la(name = 'Test LA'): Promise<LocalAuthority> {
    return this.save(async (em) => {
      const laCode = await this.unused(em, () => String(randomInt(100, 1000)), (laCode) => em.count(LocalAuthority, { laCode }));
      return em.create(LocalAuthority, { name: `${name} ${laCode}`, laCode, kind: OrganisationKind.LOCAL_AUTHORITY, createdAt: new Date() });
    });
  }

  async school(la?: LocalAuthority, name = 'Test School'): Promise<School> {
    const localAuthority = la ?? (await this.la());
    return this.save(async (em) => {
      const urn = await this.unused(em, () => String(randomInt(100000, 1000000)), (urn) => em.count(School, { urn }));
      const laestab = await this.unused(em, () => `${localAuthority.laCode}${randomInt(1000, 10000)}`, (laestab) => em.count(School, { laestab }));
      return em.create(School, {
        name: `${name} ${urn}`,
        urn,
        laestab,
        localAuthority: em.getReference(LocalAuthority, localAuthority.id),
        kind: OrganisationKind.SCHOOL,
        createdAt: new Date(),
      });
    });
  }

  async provider(options: { la?: LocalAuthority; name?: string } = {}): Promise<Provider> {
    const la = options.la ?? (await this.la());
    return this.save(async (em) => {
      const provider = em.create(Provider, {
        name: `${options.name ?? 'Test Provider'} ${randomInt(1000, 10000)}`,
        registrationStatus: ProviderRegistrationStatus.NON_SCHOOL,
        settingType: ApSettingType.OTH,
        kind: OrganisationKind.PROVIDER,
        createdAt: new Date(),
      });
      em.create(ProviderSite, {
        provider,
        name: 'Main site',
        addressLine1: '1 Test Street',
        town: 'Testville',
        postcode: 'DN1 3BU',
        localAuthority: em.getReference(LocalAuthority, la.id),
        createdAt: new Date(),
      });
      return provider;
    });
  }

  async platform(): Promise<PlatformOrganisation> {
    return this.save(async (em) =>
      em.create(PlatformOrganisation, { name: `Platform ${randomInt(1000, 10000)}`, kind: OrganisationKind.PLATFORM, createdAt: new Date() }),
    );
  }

  /** A user with these roles in the organisation, signed in (or added to an existing user). */
  async member(organisation: Organisation, roles: Role[], existing?: Member): Promise<Member> {
    this.passwordHash ??= hashPassword(TEST_PASSWORD);
    const passwordHash = await this.passwordHash;
    const em = this.orm.em.fork() as EntityManager;
    const email = existing?.email ?? `${roles.join('-').toLowerCase()}.${randomInt(1e9)}@test.example`;
    const name = existing?.name ?? `${roles.join(' ')} ${randomInt(1000, 10000)}`;
    const user = existing ? await em.findOneOrFail(User, existing.user.id) : em.create(User, { email, displayName: name, passwordHash, createdAt: new Date() });
    const membership = em.create(Membership, {
      user,
      organisation: em.getReference(Organisation, organisation.id),
      roles,
      createdAt: new Date(Date.now() + (existing ? 1000 : 0)),
    });
    await em.flush();
    const client = existing?.client ?? this.newClient();
    if (!existing) {
      const result = await client.request(`mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { user { id } } }`, {
        email,
        password: TEST_PASSWORD,
      });
      if (result.errors) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    }
    return { name, email, user, membership, organisation, client };
  }

  private async save<T extends object>(build: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.orm.em.fork() as EntityManager;
    const entity = await build(em);
    await em.flush();
    return entity;
  }

  private async unused(em: EntityManager, make: () => string, taken: (value: string) => Promise<number>): Promise<string> {
    for (;;) {
      const value = make();
      if (!(await taken(value))) return value;
    }
  }
}
