import { describe, expect, it } from 'vitest';
import { ROLES } from '../api/types';
import { claimBackLink, leastRoleFor, mayOpen, navigationFor } from './desk-routes';

describe('desk routes and roles', () => {
  it('names the least role of each page, whatever its query', () => {
    expect(leastRoleFor('/queue/review?q=taxes')).toBe('editor');
    expect(leastRoleFor('/queue/research')).toBe('factchecker');
    expect(leastRoleFor('/queue/triage')).toBe('factchecker');
    expect(leastRoleFor('/claims/3f9a1c2b-0000-4000-8000-000000000000')).toBe('factchecker');
    expect(leastRoleFor('/mine')).toBe('factchecker');
    expect(leastRoleFor('/admin')).toBe('admin');
    expect(leastRoleFor('/articles/abc')).toBe('ingester');
    expect(leastRoleFor('/published#top')).toBe('ingester');
  });

  it('never lists a page in the navigation that the role may not open', () => {
    expect(navigationFor('ingester').map((entry) => entry.label)).toEqual(['Articles', 'Published']);
    expect(navigationFor('factchecker').map((entry) => entry.label)).toEqual([
      'Research queue',
      'My verdicts',
      'Articles',
      'Published',
    ]);
    expect(navigationFor('editor').map((entry) => entry.label)).toContain('Review queue');
    expect(navigationFor('editor').map((entry) => entry.label)).not.toContain('Admin');
    for (const role of ROLES) {
      for (const entry of navigationFor(role)) expect(mayOpen(role, entry.to)).toBe(true);
    }
  });

  it('leads a fact-checker back from a claim in review to the research queue, an editor to the review queue', () => {
    expect(claimBackLink('review', 'factchecker')).toEqual({ to: '/queue/research', label: 'Research queue' });
    expect(claimBackLink('review', 'editor')).toEqual({ to: '/queue/review', label: 'Review queue' });
    expect(claimBackLink('triage', 'factchecker').to).toBe('/queue/triage');
    expect(claimBackLink('published', 'factchecker').to).toBe('/published');
    expect(claimBackLink('dismissed', 'factchecker').to).toBe('/queue/research');
  });
});
