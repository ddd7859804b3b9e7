import { ChangeEvent, FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../api/client';
import { Article, ArticleReceived, roleAllows } from '../api/types';
import { useSession } from '../auth/session';
import { ArticleBrowser } from '../components/article-browser';
import { TextField } from '../components/text-field';
import { Notice } from '../components/ui';
import { articleSubmission, fetchesPage } from '../lib/article-submission';
import { formatDateTime } from '../lib/format';
import { useDocumentTitle } from '../lib/hooks';
import { looksLikeHtml, recentArticles, rememberArticle, titleFromText } from '../lib/recent-articles';

const MAX_BYTES = 2 * 1024 * 1024;

/**
 * Browse and search everything ingested (who may read claims), and paste or upload an article (text or HTML), or give
 * only its address for the service to fetch the page, to follow its extraction.
 */
export function ArticlesPage() {
  const { api, me } = useSession();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'text' | 'html'>('text');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [publisher, setPublisher] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [claimsFrom, setClaimsFrom] = useState<'' | 'quotes' | 'all'>('');
  const [error, setError] = useState<string | null>(null);
  /** What the form waits for: the article sent, or the page at its address fetched by the service first. */
  const [busy, setBusy] = useState<'sending' | 'fetching' | null>(null);
  const [recent] = useState(() => recentArticles());
  useDocumentTitle('Articles');

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError('The file is over 2 MB, the most the service takes.');
      return;
    }
    const content = await file.text();
    setText(content);
    setFormat(looksLikeHtml(content, file.name) ? 'html' : 'text');
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = articleSubmission({
      text,
      format,
      title,
      url,
      publisher,
      publishedAt,
      claimsFrom: claimsFrom || undefined,
    });
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    const { submission } = checked;
    setBusy(fetchesPage(submission) ? 'fetching' : 'sending');
    setError(null);
    try {
      // 202 for a new article, 200 with the stored one when it was submitted before.
      const { data } = await api.post<ArticleReceived | Article>('/v1/articles', submission);
      const stored = 'article' in data ? data.article : data;
      rememberArticle({
        id: data.id,
        title: title.trim() || stored.title || (text.trim() ? titleFromText(text) : url.trim()),
        at: new Date().toISOString(),
      });
      void navigate(`/articles/${data.id}`);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="articles-title">
      <h1 id="articles-title">Articles</h1>
      {roleAllows(me.role, 'factchecker') && <ArticleBrowser />}
      <h2>Submit an article</h2>
      <form className="article-form" onSubmit={submit} noValidate aria-label="Submit an article">
        <div className="grid-2">
          <TextField id="article-title" label="Title" value={title} onValue={setTitle} />
          <TextField
            id="article-url"
            label="Address (URL)"
            type="url"
            placeholder="https://…"
            value={url}
            onValue={setUrl}
            aria-describedby="article-url-hint"
          >
            <p id="article-url-hint" className="hint">
              Give only the address, with no text below, and the service fetches the page.
            </p>
          </TextField>
          <TextField id="article-publisher" label="Publisher" value={publisher} onValue={setPublisher} />
          <TextField
            id="article-published-at"
            label="Published"
            type="datetime-local"
            value={publishedAt}
            onValue={setPublishedAt}
          />
        </div>
        <fieldset className="inline">
          <legend>Format</legend>
          <label>
            <input
              type="radio"
              name="format"
              value="text"
              checked={format === 'text'}
              onChange={() => setFormat('text')}
            />{' '}
            Plain text
          </label>
          <label>
            <input
              type="radio"
              name="format"
              value="html"
              checked={format === 'html'}
              onChange={() => setFormat('html')}
            />{' '}
            HTML page
          </label>
        </fieldset>
        <fieldset className="inline">
          <legend>Claims from</legend>
          {(
            [
              ['', 'The service’s default'],
              ['quotes', 'Quotes only'],
              ['all', 'Quotes and the article’s own statements'],
            ] as const
          ).map(([value, label]) => (
            <label key={value || 'default'}>
              <input
                type="radio"
                name="claims-from"
                value={value}
                checked={claimsFrom === value}
                onChange={() => setClaimsFrom(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <TextField
          id="article-text"
          label="Article"
          rows={14}
          value={text}
          onValue={setText}
          aria-describedby="article-text-hint"
        >
          <p id="article-text-hint" className="hint">
            Paste the text, or the whole HTML page: the service takes the article out of it. Leave it empty to have the
            page at the address fetched.
          </p>
        </TextField>
        <div className="field">
          <label htmlFor="article-file">Or upload a file (.txt, .html)</label>
          <input id="article-file" type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={upload} />
        </div>
        {error && <Notice tone="error">{error}</Notice>}
        <div className="form-actions">
          <button type="submit" disabled={busy !== null}>
            {busy === 'fetching' ? 'Fetching the page…' : busy === 'sending' ? 'Submitting…' : 'Submit the article'}
          </button>
        </div>
      </form>

      <h2>Submitted from this tab</h2>
      {recent.length === 0 ? (
        <p className="empty">Nothing yet.</p>
      ) : (
        <ul className="plain-list">
          {recent.map((article) => (
            <li key={article.id}>
              <Link to={`/articles/${article.id}`}>{article.title}</Link>{' '}
              <span className="muted">{formatDateTime(article.at)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
