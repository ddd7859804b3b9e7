import { ReactElement, useRef } from 'react';
import { BrowserRouter, Navigate, NavLink, Route, Routes } from 'react-router';
import { roleAllows } from './api/types';
import { SessionProvider, useSession } from './auth/session';
import { leastRoleFor, mayOpen, navigationFor } from './lib/desk-routes';
import { useEscapeLeavesSearch, useKeys } from './lib/hooks';
import { AdminPage } from './pages/admin-page';
import { ArticlePage } from './pages/article-page';
import { ArticlesPage } from './pages/articles-page';
import { ClaimPage } from './pages/claim-page';
import { MyWorkPage } from './pages/my-work-page';
import { NotFoundPage } from './pages/not-found-page';
import { PublishedPage } from './pages/published-page';
import { QueuePage } from './pages/queue-page';
import { SignInPage } from './pages/sign-in-page';

export function App() {
  return (
    <SessionProvider signIn={SignInPage}>
      <BrowserRouter>
        <Desk />
      </BrowserRouter>
    </SessionProvider>
  );
}

function Desk() {
  const { me, signOut } = useSession();
  const help = useRef<HTMLDialogElement>(null);
  useKeys((event) => {
    if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      if (help.current?.open) help.current.close();
      else help.current?.showModal();
    }
  });
  useEscapeLeavesSearch();
  const checker = roleAllows(me.role, 'factchecker');
  // A page the person may not open says so, for an address typed or bookmarked; the desk never links to one.
  const gate = (path: string, page: ReactElement) =>
    mayOpen(me.role, path) ? page : <Forbidden role={leastRoleFor(path)} />;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <header className="top">
        <div className="brand">Fact-check desk</div>
        <nav aria-label="Desk">
          <ul>
            {navigationFor(me.role).map((entry) => (
              <li key={entry.to}>
                <NavLink to={entry.to}>{entry.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span data-testid="signed-in-as">
            {me.name} <span className="role">({me.role})</span>
          </span>
          <button
            type="button"
            className="button-secondary"
            onClick={() => help.current?.showModal()}
            aria-keyshortcuts="?"
          >
            Shortcuts
          </button>
          <button type="button" className="button-secondary" onClick={() => signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<Navigate to={checker ? '/queue/research' : '/articles'} replace />} />
          <Route path="/queue" element={<Navigate to="/queue/research" replace />} />
          <Route path="/queue/research" element={gate('/queue/research', <QueuePage stage="research" />)} />
          <Route path="/queue/review" element={gate('/queue/review', <QueuePage stage="review" />)} />
          <Route path="/queue/triage" element={gate('/queue/triage', <QueuePage stage="triage" />)} />
          <Route path="/claims/:id" element={gate('/claims/:id', <ClaimPage />)} />
          <Route path="/mine" element={gate('/mine', <MyWorkPage />)} />
          <Route path="/articles" element={<ArticlesPage />} />
          <Route path="/articles/:id" element={<ArticlePage />} />
          <Route path="/published" element={<PublishedPage />} />
          <Route path="/admin" element={gate('/admin', <AdminPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
      <dialog ref={help} className="help" aria-labelledby="help-title">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <dl>
          <dt>
            <kbd>j</kbd> / <kbd>k</kbd>
          </dt>
          <dd>next / previous item in a list</dd>
          <dt>
            <kbd>Enter</kbd>
          </dt>
          <dd>open the selected item</dd>
          <dt>
            <kbd>n</kbd>
          </dt>
          <dd>take the next claim of the queue</dd>
          <dt>
            <kbd>t</kbd>
          </dt>
          <dd>take the selected claim</dd>
          <dt>
            <kbd>/</kbd>
          </dt>
          <dd>search the queue</dd>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>leave a search box (its text stays; Clear removes the filters)</dd>
          <dt>
            <kbd>Alt</kbd> + <kbd>1</kbd>…<kbd>9</kbd>
          </dt>
          <dd>choose a rating in the verdict form</dd>
          <dt>
            <kbd>Ctrl</kbd> + <kbd>S</kbd>
          </dt>
          <dd>save the verdict draft</dd>
          <dt>
            <kbd>Ctrl</kbd> + <kbd>Enter</kbd> (<kbd>⌘</kbd> + <kbd>Enter</kbd> on a Mac)
          </dt>
          <dd>
            on a claim page, from anywhere: submit the verdict (under review: ask to approve it); in a note, a review
            comment or another form, send that one
          </dd>
          <dt>
            <kbd>a</kbd>
          </dt>
          <dd>approve the verdict under review (asks to confirm: Enter publishes, Esc cancels)</dd>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>show or hide this list</dd>
        </dl>
        <button type="button" onClick={() => help.current?.close()}>
          Close
        </button>
      </dialog>
    </>
  );
}

function Forbidden({ role }: { role: string }) {
  return (
    <section>
      <h1>Not for your role</h1>
      <p>This page needs the {role} role or higher.</p>
    </section>
  );
}
