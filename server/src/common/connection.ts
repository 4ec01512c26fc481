import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors.js';

@ObjectType('PageInfo', { description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items, 1 to 100.' })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor after which to start.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares the `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionType<T extends object>(name: string, nodeType: () => ClassType<T> | object) {
  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items on this page.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Where this page sits.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match in all.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Offset window for `first`/`after`; cursors are opaque to clients. */
export function pageWindow(args: PageArgs): { offset: number; limit: number } {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100) throw badInput('first', 'first must be between 1 and 100');
  let offset = 0;
  if (args.after) {
    const decoded = Number(Buffer.from(args.after, 'base64url').toString().replace(/^o:/, ''));
    if (!Number.isInteger(decoded) || decoded < 0) throw badInput('after', 'after is not a cursor from this list');
    offset = decoded + 1;
  }
  return { offset, limit: args.first };
}

export function toConnection<T>(items: T[], totalCount: number, offset: number): Connection<T> {
  const edges = items.map((node, index) => ({ node, cursor: Buffer.from(`o:${offset + index}`).toString('base64url') }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: offset + items.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
