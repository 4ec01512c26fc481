import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-link';

describe('notificationTarget', () => {
  it('opens a provider-portal link inside the provider portal', () => {
    expect(notificationTarget('/provider/qa/evidence', '/provider', '/')).toEqual({ internal: '/qa/evidence' });
    expect(notificationTarget('/provider', '/provider', '/')).toEqual({ internal: '/' });
  });

  it('leaves a school-portal link to a full page load from the provider portal, and the reverse', () => {
    expect(notificationTarget('/providers/p1/evidence', '/provider', '/')).toEqual({ external: '/providers/p1/evidence' });
    expect(notificationTarget('/provider/qa/evidence', '/', '/provider/')).toEqual({ external: '/provider/qa/evidence' });
  });

  it('opens a school-portal link inside the school portal', () => {
    expect(notificationTarget('/providers/p1?tab=x', '/', '/provider/')).toEqual({ internal: '/providers/p1?tab=x' });
  });

  it('drops links that are missing or could leave the site', () => {
    for (const link of [null, undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'qa/evidence']) {
      expect(notificationTarget(link, '/', '/provider/')).toBeUndefined();
    }
  });
});
