import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { School } from '../organisations/organisation.entity.js';
import { QaFramework } from '../qa/framework.entity.js';
import { UpdateSchoolApPolicyInput } from './policy.inputs.js';
import { isSaved } from './policy.service.js';
import { SchoolApPolicy } from './school-policy.entity.js';

@Resolver(() => SchoolApPolicy)
export class SchoolApPolicyResolver {
  @FieldResolver(() => QaFramework, { nullable: true, description: 'Providers must be approved (or approved on conditions) on this QA framework; null when the policy names none.' })
  async requiredFramework(@Root() policy: SchoolApPolicy): Promise<QaFramework | null> {
    return policy.requiredFramework ? policy.requiredFramework.loadOrFail() : null;
  }

  @FieldResolver(() => Boolean, { description: 'False while the school has not saved its policy: the national defaults stand in.' })
  saved(@Root() policy: SchoolApPolicy): boolean {
    return isSaved(policy);
  }

  @Query(() => SchoolApPolicy, { description: "School members: their school's AP policy (the national defaults until it is saved)." })
  myApPolicy(@Ctx() context: Context): Promise<SchoolApPolicy> {
    return context.services.policies.mine(context);
  }

  @Mutation(() => SchoolApPolicy, { description: "Headteachers and AP leads: set your school's AP policy. New agreements start from its cadences and commitments; the compliance rules enforce its requirements." })
  updateSchoolApPolicy(@Arg('input', () => UpdateSchoolApPolicyInput) input: UpdateSchoolApPolicyInput, @Ctx() context: Context): Promise<SchoolApPolicy> {
    return context.services.policies.update(context, input);
  }
}

@Resolver(() => School)
export class SchoolPolicyResolver {
  @FieldResolver(() => SchoolApPolicy, { description: "The school's AP policy (the national defaults until it is saved). The school, its LA and the providers it places pupils with." })
  apPolicy(@Root() school: School, @Ctx() context: Context): Promise<SchoolApPolicy> {
    return context.services.policies.ofSchool(context, school);
  }
}
