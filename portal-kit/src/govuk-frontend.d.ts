// govuk-frontend ships no type declarations; these are the parts the portals use.
declare module 'govuk-frontend' {
  export class PasswordInput {
    constructor(root: Element);
  }
  export class ServiceNavigation {
    constructor(root: Element);
  }
}
