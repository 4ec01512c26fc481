import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Pupil } from '../pupils/pupil.entity.js';
import { Placement } from './placement.entity.js';

@Resolver(() => Pupil)
export class PupilPlacementsResolver {
  @FieldResolver(() => [Placement], { description: "The pupil's placements, newest first." })
  placements(@Root() pupil: Pupil, @Ctx() context: Context): Promise<Placement[]> {
    return context.loaders.placementsByPupil.load(pupil.id);
  }

  @FieldResolver(() => Float, {
    description: 'Hours a week of education across settings: every agreed or active placement’s timetable plus the hours still taught at the home school.',
  })
  weeklyHours(@Root() pupil: Pupil, @Ctx() context: Context): Promise<number> {
    return context.services.placements.weeklyHoursOf(context, pupil.id);
  }
}
