import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { AgreementParty, AgreementSignature, PlacementAgreement } from './agreement.entity.js';
import { SignAgreementInput, UpdateAgreementInput } from './agreement.inputs.js';
import { Placement } from './placement.entity.js';
import { PlanSnapshot } from './plan-snapshot.js';

@Resolver(() => PlacementAgreement)
export class AgreementResolver {
  @FieldResolver(() => Placement, { description: 'The placement.' })
  placement(@Root() agreement: PlacementAgreement): Promise<Placement> {
    return agreement.placement.loadOrFail();
  }

  @FieldResolver(() => [AgreementSignature], { description: 'Signatures so far, in the order they were recorded.' })
  signatures(@Root() agreement: PlacementAgreement, @Ctx() context: Context): Promise<AgreementSignature[]> {
    return context.loaders.signaturesByAgreement.load(agreement.id);
  }

  @FieldResolver(() => Boolean, { description: 'Someone has signed: this version can no longer change.' })
  async isSigned(@Root() agreement: PlacementAgreement, @Ctx() context: Context): Promise<boolean> {
    return (await context.services.agreements.missingParties(context, agreement)).length < Object.values(AgreementParty).length;
  }

  @FieldResolver(() => Boolean, { description: 'School, provider and parent or carer have all signed.' })
  async isFullySigned(@Root() agreement: PlacementAgreement, @Ctx() context: Context): Promise<boolean> {
    return (await context.services.agreements.missingParties(context, agreement)).length === 0;
  }

  @FieldResolver(() => [AgreementParty], { description: 'Parties yet to sign.' })
  missingParties(@Root() agreement: PlacementAgreement, @Ctx() context: Context): Promise<AgreementParty[]> {
    return context.services.agreements.missingParties(context, agreement);
  }

  @FieldResolver(() => PlanSnapshot, { nullable: true, description: 'The plan as signed: set at the first signature, never changed after.' })
  signedPlan(@Root() agreement: PlacementAgreement, @Ctx() context: Context): Promise<PlanSnapshot | null> {
    return context.services.agreements.signedPlan(context, agreement);
  }

  @Mutation(() => PlacementAgreement, {
    description: 'School (placement:commission): change an unsigned agreement version. CONFLICT once anyone has signed it: start a new version.',
  })
  updateAgreement(@Arg('input', () => UpdateAgreementInput) input: UpdateAgreementInput, @Ctx() context: Context): Promise<PlacementAgreement> {
    return context.services.agreements.updateAgreement(context, input);
  }

  @Mutation(() => PlacementAgreement, {
    description:
      'School (placement:commission): a new agreement version copied from the signed latest one, to change what was agreed. Every party signs again; an AGREED placement goes back to PROPOSED.',
  })
  newAgreementVersion(@Arg('placementId', () => ID, { description: 'The placement.' }) placementId: string, @Ctx() context: Context): Promise<PlacementAgreement> {
    return context.services.agreements.newAgreementVersion(context, placementId);
  }

  @Mutation(() => PlacementAgreement, {
    description:
      "Sign the latest agreement version for your party (agreement:sign), or as a school record the parent's or carer's signature. When all three have signed the placement is AGREED.",
  })
  signAgreement(@Arg('input', () => SignAgreementInput) input: SignAgreementInput, @Ctx() context: Context): Promise<PlacementAgreement> {
    return context.services.agreements.signAgreement(context, input);
  }
}
