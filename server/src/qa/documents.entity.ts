import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../people/user.entity.js';

/**
 * An uploaded file. Its details are shared with every signed-in user; its bytes (in FileStorage,
 * under `storageKey`) only with its owner organisation and commissioners (see `canReadDocument`).
 */
@Entity({ tableName: 'document' })
@ObjectType('DocumentFile', {
  description: 'An uploaded file. Its details are visible to every signed-in user; downloading it (GET `downloadPath`) is for its owner organisation and commissioners only.',
})
export class Document {
  [OptionalProps]?: 'downloadPath';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => Organisation, ref: true })
  owner!: Ref<Organisation>;

  @Field(() => String, { description: 'The name the file was uploaded with.' })
  @Property({ type: 'text' })
  filename!: string;

  @Field(() => String, { description: 'MIME type, worked out from the file’s contents (not its name).' })
  @Property({ type: 'text' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  /** Hex SHA-256 of the bytes: recognises the same file uploaded twice. */
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'text' })
  storageKey!: string;

  @ManyToOne({ entity: () => User, ref: true })
  uploadedBy!: Ref<User>;

  @Field(() => Date, { description: 'When it was uploaded.' })
  @Property({ type: 'timestamptz' })
  uploadedAt: Date = new Date();

  @Field(() => String, { description: 'Where to download it (GET, same origin, with the session cookie).' })
  get downloadPath(): string {
    return `/files/${this.id}`;
  }
}
