import { Role, roleAllows } from '../api/types';

/**
 * The least role each page of the desk needs: the role the API asks for what the page reads or does. The routes
 * check it, the navigation lists only what the person may open, and in-page links ask `mayOpen` first, so nobody is
 * offered a link to a page that would only say it is not for their role. A page not listed is open to every role.
 */
const PAGE_ROLES: { path: RegExp; role: Role }[] = [
  { path: /^\/queue\/review\/?$/, role: 'editor' },
  { path: /^\/queue\/(research|triage)\/?$/, role: 'factchecker' },
  { path: /^\/claims\/[^/]+\/?$/, role: 'factchecker' },
  { path: /^\/mine\/?$/, role: 'factchecker' },
  { path: /^\/admin\/?$/, role: 'admin' },
];

/** The least role the page at `path` (a desk address, with or without its query) needs. */
export function leastRoleFor(path: string): Role {
  const pathname = path.split(/[?#]/)[0];
  return PAGE_ROLES.find((page) => page.path.test(pathname))?.role ?? 'ingester';
}

export function mayOpen(role: Role, path: string): boolean {
  return roleAllows(role, leastRoleFor(path));
}

/** The desk's navigation, in order. */
const NAVIGATION = [
  { to: '/queue/research', label: 'Research queue' },
  { to: '/queue/review', label: 'Review queue' },
  { to: '/mine', label: 'My verdicts' },
  { to: '/articles', label: 'Articles' },
  { to: '/published', label: 'Published' },
  { to: '/admin', label: 'Admin' },
] as const;

/** The navigation a person with `role` sees: only the pages they may open. */
export function navigationFor(role: Role): { to: string; label: string }[] {
  return NAVIGATION.filter((entry) => mayOpen(role, entry.to));
}

/** Where a claim page leads back to: the list the claim is in, when the person may open it, else the research queue. */
export function claimBackLink(stage: string, role: Role): { to: string; label: string } {
  const own =
    stage === 'review'
      ? { to: '/queue/review', label: 'Review queue' }
      : stage === 'triage'
        ? { to: '/queue/triage', label: 'Parked claims' }
        : stage === 'published'
          ? { to: '/published', label: 'Published' }
          : { to: '/queue/research', label: 'Research queue' };
  return mayOpen(role, own.to) ? own : { to: '/queue/research', label: 'Research queue' };
}
