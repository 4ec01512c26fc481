import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { LocalAuthority, Provider } from '../organisations/organisation.entity.js';
import { Document } from './documents.entity.js';
import { EvidenceType } from './evidence-catalogue.js';
import { EvidenceVerification, EvidenceVersion } from './evidence.entity.js';
import { AddEvidenceVersionInput } from './evidence.inputs.js';
import { EvidenceItem, PersonName } from './evidence.types.js';

@Resolver(() => Provider)
export class ProviderEvidenceResolver {
  @Query(() => [EvidenceType], { description: 'Every kind of evidence a provider’s QA record holds, in the order it is listed.' })
  evidenceCatalogue(@Ctx() context: Context): readonly EvidenceType[] {
    return context.services.evidence.catalogue(context);
  }

  @FieldResolver(() => [EvidenceItem], {
    description: 'The provider’s evidence: one item per catalogue type, in catalogue order, MISSING ones included. Readable by every signed-in user; the documents themselves only by commissioners.',
  })
  evidence(@Root() provider: Provider, @Ctx() context: Context): Promise<EvidenceItem[]> {
    return context.services.evidence.evidenceOf(context, provider.id);
  }

  @Mutation(() => EvidenceItem, { description: 'Provider managers: add a new version of one kind of evidence (earlier versions are kept as history).' })
  addEvidenceVersion(@Arg('input', () => AddEvidenceVersionInput) input: AddEvidenceVersionInput, @Ctx() context: Context): Promise<EvidenceItem> {
    return context.services.evidence.addVersion(context, input);
  }

  @Mutation(() => EvidenceVersion, {
    description: 'LA officers: record that your local authority checked this version (the current one). Verifying it again changes nothing.',
  })
  verifyEvidence(@Arg('versionId', () => ID) versionId: string, @Ctx() context: Context): Promise<EvidenceVersion> {
    return context.services.evidence.verify(context, versionId);
  }
}

@Resolver(() => EvidenceVersion)
export class EvidenceVersionResolver {
  @FieldResolver(() => Document, { description: 'The uploaded document’s details (downloading it is for commissioners only).' })
  document(@Root() version: EvidenceVersion): Promise<Document> {
    return version.document.loadOrFail();
  }

  @FieldResolver(() => PersonName, { description: 'Who added this version.' })
  uploadedBy(@Root() version: EvidenceVersion): PersonName {
    return { displayName: version.uploadedByName };
  }

  @FieldResolver(() => [EvidenceVerification], { description: 'Each local authority that checked this version, oldest first.' })
  verifications(@Root() version: EvidenceVersion, @Ctx() context: Context): Promise<EvidenceVerification[]> {
    return context.loaders.verificationsByVersion.load(version.id);
  }
}

@Resolver(() => EvidenceVerification)
export class EvidenceVerificationResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The local authority that checked it.' })
  localAuthority(@Root() verification: EvidenceVerification): Promise<LocalAuthority> {
    return verification.localAuthority.loadOrFail();
  }

  @FieldResolver(() => PersonName, { description: 'The officer who checked it (name only).' })
  verifiedBy(@Root() verification: EvidenceVerification): PersonName {
    return { displayName: verification.verifiedByName };
  }
}
