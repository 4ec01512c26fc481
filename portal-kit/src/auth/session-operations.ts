import { graphql } from '../gql';

// Fragments here never nest: the API's cost limit counts nested fragment spreads many times over.

graphql(`
  fragment SessionMe on Me {
    user {
      id
      email
      displayName
    }
    activeMembership {
      id
      roles
      organisation {
        id
        name
        kind
      }
    }
    memberships {
      id
      roles
      organisation {
        id
        name
        kind
      }
    }
    permissions
    unreadNotifications
  }
`);

export const SessionQuery = graphql(`
  query Session {
    me {
      ...SessionMe
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      ...SessionMe
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);

export const SwitchOrganisationMutation = graphql(`
  mutation SwitchOrganisation($membershipId: ID!) {
    switchOrganisation(membershipId: $membershipId) {
      ...SessionMe
    }
  }
`);

export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    me {
      unreadNotifications
    }
  }
`);
