import { graphql } from '../../gql';

export const PlacementReasonsDocument = graphql(`
  query PlacementReasons {
    placementReasons {
      id
      label
    }
  }
`);

/** The pupil a referral is for: the journey's caption, and a check that they are on the roll. */
export const ReferralPupilDocument = graphql(`
  query ReferralPupil($id: ID!) {
    pupil(id: $id) {
      id
      displayName
      yearGroup
    }
  }
`);

/** What the school and its LA see beyond the shared record: the pupil's record and the compliance findings. */
export const PlacementOversightDocument = graphql(`
  query PlacementOversight($id: ID!) {
    placement(id: $id) {
      id
      pupil {
        id
        displayName
        upn
      }
      findings {
        rule
        severity
        placementId
        title
        explanation
        source
        since
      }
    }
  }
`);

export const StartReferralDocument = graphql(`
  mutation StartReferral($input: StartReferralInput!) {
    startReferral(input: $input) {
      id
    }
  }
`);

export const UpdateReferralDocument = graphql(`
  mutation UpdateReferral($input: UpdateReferralInput!) {
    updateReferral(input: $input) {
      id
    }
  }
`);

export const UpdatePlanDocument = graphql(`
  mutation UpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) {
      id
    }
  }
`);

export const SaveObjectiveDocument = graphql(`
  mutation SaveObjective($input: SaveObjectiveInput!) {
    saveObjective(input: $input) {
      id
      position
    }
  }
`);

export const RemoveObjectiveDocument = graphql(`
  mutation RemoveObjective($id: ID!) {
    removeObjective(id: $id) {
      id
    }
  }
`);

export const UpdateAgreementDocument = graphql(`
  mutation UpdateAgreement($input: UpdateAgreementInput!) {
    updateAgreement(input: $input) {
      id
    }
  }
`);

export const NewAgreementVersionDocument = graphql(`
  mutation NewAgreementVersion($placementId: ID!) {
    newAgreementVersion(placementId: $placementId) {
      id
      version
    }
  }
`);

export const SendReferralDocument = graphql(`
  mutation SendReferral($input: SendReferralInput!) {
    sendReferral(input: $input) {
      id
      status
    }
  }
`);

export const StartPlacementDocument = graphql(`
  mutation StartPlacement($input: StartPlacementInput!) {
    startPlacement(input: $input) {
      id
      status
    }
  }
`);

export const CancelPlacementDocument = graphql(`
  mutation CancelPlacement($input: CancelPlacementInput!) {
    cancelPlacement(input: $input) {
      id
      status
    }
  }
`);

/** The pupil's placements, newest first, for the timeline on their record. */
export const PupilPlacementsDocument = graphql(`
  query PupilPlacements($id: ID!) {
    pupil(id: $id) {
      id
      placements {
        id
        status
        createdAt
        startedOn
        endedOn
        hoursPerWeek
        provider {
          id
          name
        }
        currentAgreement {
          id
          startDate
          proposedEndDate
        }
      }
    }
  }
`);
