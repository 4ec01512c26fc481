import { describe, expect, it } from 'vitest';
import { appPathOf, isCurrentSection, safeReturnTo, signInPath, singleParam } from './paths';

describe('appPathOf', () => {
  it('strips the router base of the provider portal', () => {
    expect(appPathOf('/provider/my-organisation', '/provider')).toBe('/my-organisation');
    expect(appPathOf('/provider', '/provider')).toBe('/');
    expect(appPathOf('/provider/', '/provider')).toBe('/');
  });

  it('leaves paths of the school portal, served at the root, as they are', () => {
    expect(appPathOf('/my-organisation', '/')).toBe('/my-organisation');
    expect(appPathOf('/', '/')).toBe('/');
  });

  it('does not mistake a longer first segment for the base', () => {
    expect(appPathOf('/providers/x', '/provider')).toBe('/providers/x');
  });
});

describe('safeReturnTo', () => {
  it('keeps a path inside the portal, with its query', () => {
    expect(safeReturnTo('/my-organisation/invite?x=1')).toBe('/my-organisation/invite?x=1');
  });

  it('sends anything that could leave the site, or loop back to sign-in, home', () => {
    for (const unsafe of [undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'my-organisation', '/sign-in', '/sign-in?returnTo=%2F']) {
      expect(safeReturnTo(unsafe)).toBe('/');
    }
  });
});

describe('signInPath', () => {
  it('carries where to return to, unless it is home', () => {
    expect(signInPath('/my-organisation?tab=members')).toBe('/sign-in?returnTo=%2Fmy-organisation%3Ftab%3Dmembers');
    expect(signInPath('/')).toBe('/sign-in');
  });
});

describe('isCurrentSection', () => {
  it('matches a section and the pages inside it', () => {
    expect(isCurrentSection('/my-organisation', '/my-organisation')).toBe(true);
    expect(isCurrentSection('/my-organisation/invite', '/my-organisation')).toBe(true);
    expect(isCurrentSection('/my-organisations', '/my-organisation')).toBe(false);
  });

  it('matches home only on the home page', () => {
    expect(isCurrentSection('/', '/')).toBe(true);
    expect(isCurrentSection('/my-organisation', '/')).toBe(false);
  });
});

describe('singleParam', () => {
  it('takes the first of repeated query parameters', () => {
    expect(singleParam(['a', 'b'])).toBe('a');
    expect(singleParam('a')).toBe('a');
    expect(singleParam(undefined)).toBeUndefined();
  });
});
