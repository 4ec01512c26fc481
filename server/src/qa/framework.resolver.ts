import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { LocalAuthority } from '../organisations/organisation.entity.js';
import { QaCriterion, QaFramework, QaFrameworkVersion, QaFrameworkVersionStatus } from './framework.entity.js';
import { QaFrameworkDraftInput } from './framework.inputs.js';

export const QaFrameworkConnection = connectionType('QaFramework', () => QaFramework);

@Resolver(() => QaFramework)
export class FrameworkResolver {
  @Query(() => QaFrameworkConnection, { description: 'LA QA frameworks, by name: every LA’s (shared across borders), or one LA’s.' })
  frameworks(
    @Arg('localAuthorityId', () => ID, { nullable: true, description: 'Only this local authority’s frameworks.' }) localAuthorityId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<QaFramework>> {
    return context.services.frameworks.list(context, localAuthorityId, page);
  }

  @Query(() => QaFramework, { nullable: true, description: 'One framework, or null.' })
  framework(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<QaFramework | null> {
    return context.services.frameworks.byId(context, id);
  }

  @Query(() => QaFrameworkVersion, { nullable: true, description: 'One framework version (drafts only for the owning LA), or null.' })
  frameworkVersion(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<QaFrameworkVersion | null> {
    return context.services.frameworks.versionById(context, id);
  }

  @FieldResolver(() => LocalAuthority, { description: 'The local authority that owns and runs it.' })
  localAuthority(@Root() framework: QaFramework): Promise<LocalAuthority> {
    return framework.localAuthority.loadOrFail();
  }

  @FieldResolver(() => [QaFrameworkVersion], { description: 'Versions, newest first: published ones, and the draft for the owning LA.' })
  versions(@Root() framework: QaFramework, @Ctx() context: Context): Promise<QaFrameworkVersion[]> {
    return context.services.frameworks.versionsOf(context, framework.id);
  }

  @FieldResolver(() => QaFrameworkVersion, { nullable: true, description: 'The newest published version: the one new assessments use. Null before the first is published.' })
  async latestPublishedVersion(@Root() framework: QaFramework, @Ctx() context: Context): Promise<QaFrameworkVersion | null> {
    const versions = await context.services.frameworks.versionsOf(context, framework.id);
    return versions.find((version) => version.status === QaFrameworkVersionStatus.PUBLISHED) ?? null;
  }

  @FieldResolver(() => QaFrameworkVersion, { nullable: true, description: 'The draft being prepared, for the owning LA only; null otherwise.' })
  async draftVersion(@Root() framework: QaFramework, @Ctx() context: Context): Promise<QaFrameworkVersion | null> {
    const versions = await context.services.frameworks.versionsOf(context, framework.id);
    return versions.find((version) => version.status === QaFrameworkVersionStatus.DRAFT) ?? null;
  }

  @Mutation(() => QaFramework, { description: 'LA QA officers and commissioners: create a framework for their LA, as draft version 1.' })
  createFramework(@Arg('input', () => QaFrameworkDraftInput) input: QaFrameworkDraftInput, @Ctx() context: Context): Promise<QaFramework> {
    return context.services.frameworks.createFramework(context, input);
  }

  @Mutation(() => QaFrameworkVersion, {
    description: 'The owning LA: replace a draft’s scale, visit frequency and criteria (and the framework’s name and description). A published version is CONFLICT.',
  })
  updateFrameworkDraft(
    @Arg('versionId', () => ID, { description: 'The draft version.' }) versionId: string,
    @Arg('input', () => QaFrameworkDraftInput) input: QaFrameworkDraftInput,
    @Ctx() context: Context,
  ): Promise<QaFrameworkVersion> {
    return context.services.frameworks.updateFrameworkDraft(context, versionId, input);
  }

  @Mutation(() => QaFrameworkVersion, { description: 'The owning LA: publish a draft. It is frozen from then on and can be used for assessments.' })
  publishFrameworkVersion(@Arg('versionId', () => ID, { description: 'The draft version.' }) versionId: string, @Ctx() context: Context): Promise<QaFrameworkVersion> {
    return context.services.frameworks.publishFrameworkVersion(context, versionId);
  }

  @Mutation(() => QaFrameworkVersion, { description: 'The owning LA: start a new draft, a copy of the latest published version.' })
  createFrameworkDraft(@Arg('frameworkId', () => ID, { description: 'The framework.' }) frameworkId: string, @Ctx() context: Context): Promise<QaFrameworkVersion> {
    return context.services.frameworks.createFrameworkDraft(context, frameworkId);
  }
}

@Resolver(() => QaFrameworkVersion)
export class FrameworkVersionResolver {
  @FieldResolver(() => QaFramework, { description: 'The framework it is a version of.' })
  framework(@Root() version: QaFrameworkVersion): Promise<QaFramework> {
    return version.framework.loadOrFail();
  }

  @FieldResolver(() => [QaCriterion], { description: 'The criteria, in order.' })
  criteria(@Root() version: QaFrameworkVersion, @Ctx() context: Context): Promise<QaCriterion[]> {
    return context.loaders.criteriaByVersion.load(version.id);
  }
}

@Resolver(() => LocalAuthority)
export class LocalAuthorityFrameworksResolver {
  @FieldResolver(() => [QaFramework], { description: 'The QA frameworks this LA runs, by name.' })
  frameworks(@Root() la: LocalAuthority, @Ctx() context: Context): Promise<QaFramework[]> {
    return context.loaders.frameworksByLa.load(la.id);
  }
}
