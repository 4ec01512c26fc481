import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { School } from '../organisations/organisation.entity.js';
import { Pupil } from './pupil.entity.js';
import { ImportPupilsInput, PupilFilter, PupilImportResult, PupilInput, UpdatePupilInput } from './pupil.inputs.js';

export const PupilConnection = connectionType('Pupil', () => Pupil);

@Resolver(() => Pupil)
export class PupilResolver {
  @Query(() => PupilConnection, {
    description: 'Pupils by legal surname then forename: a school’s members see its roll, LA officers the pupils of their schools. Audited.',
  })
  pupils(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PupilFilter, { nullable: true, description: 'Search, year group, flags, school.' }) filter: PupilFilter | null,
    @Ctx() context: Context,
  ): Promise<Connection<Pupil>> {
    return context.services.pupils.list(context, filter, page);
  }

  @Query(() => Pupil, { description: 'One pupil’s record (NOT_FOUND unless on your school’s roll or, for LA officers, a school in your LA). Audited.' })
  pupil(@Arg('id', () => ID, { description: 'The pupil.' }) id: string, @Ctx() context: Context): Promise<Pupil> {
    return context.services.pupils.byId(context, id);
  }

  @Mutation(() => Pupil, { description: 'School heads, AP leads, SENCos and attendance leads: add a pupil to the school’s roll.' })
  createPupil(@Arg('input', () => PupilInput) input: PupilInput, @Ctx() context: Context): Promise<Pupil> {
    return context.services.pupils.create(context, input);
  }

  @Mutation(() => Pupil, { description: 'School heads, AP leads, SENCos and attendance leads: change a pupil’s record.' })
  updatePupil(@Arg('input', () => UpdatePupilInput) input: UpdatePupilInput, @Ctx() context: Context): Promise<Pupil> {
    return context.services.pupils.update(context, input);
  }

  @Mutation(() => PupilImportResult, {
    description:
      'School heads, AP leads, SENCos and attendance leads: add or update pupils from a CSV export of the school MIS (up to 5,000 rows). ' +
      'Every row is checked like createPupil; a file with rejected rows saves nothing unless skipInvalidRows.',
  })
  importPupils(@Arg('input', () => ImportPupilsInput) input: ImportPupilsInput, @Ctx() context: Context): Promise<PupilImportResult> {
    return context.services.pupils.importPupils(context, input);
  }

  @FieldResolver(() => School, { description: 'The home school, whose roll the pupil is on.' })
  school(@Root() pupil: Pupil): Promise<School> {
    return pupil.school.loadOrFail();
  }

  @FieldResolver(() => String, { description: 'The name to use day to day: preferred names where given.' })
  displayName(@Root() pupil: Pupil): string {
    return pupil.displayName;
  }

  @FieldResolver(() => Boolean, { description: 'Open to an allocated social worker (absences are reported to them).' })
  hasSocialWorker(@Root() pupil: Pupil): boolean {
    return Boolean(pupil.socialWorkerName);
  }

  @FieldResolver(() => Boolean, { description: 'Has a youth offending team worker.' })
  hasYouthOffendingWorker(@Root() pupil: Pupil): boolean {
    return Boolean(pupil.youthOffendingWorkerName);
  }
}
