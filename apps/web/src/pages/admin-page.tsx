import { FormEvent, useState } from 'react';
import { describeError } from '../api/client';
import {
  CreatedUser,
  CreatedWebhookSubscription,
  CreateUser,
  CreateWebhook,
  Role,
  ROLES,
  User,
  UserList,
  UserWithKey,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEvent,
  WEBHOOK_EVENTS,
  WebhookSubscription,
  WebhookSubscriptionList,
} from '../api/types';
import { useSession } from '../auth/session';
import { TextField } from '../components/text-field';
import { Loading, Notice, OneTimeSecret } from '../components/ui';
import { formatDateTime } from '../lib/format';
import { formatPayload, retryOffer } from '../lib/deliveries';
import { useDocumentTitle, useLoad, useNow } from '../lib/hooks';

export function AdminPage() {
  useDocumentTitle('Admin');
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">Admin</h1>
      <Users />
      <Webhooks />
    </section>
  );
}

/** People and their keys: create (the key shown once), rotate (a new key shown once), revoke. */
function Users() {
  const { api, me } = useSession();
  const users = useLoad(() => api.get<UserList>('/v1/users').then((response) => response.data.items), []);
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('factchecker');
  const [team, setTeam] = useState('');

  const act = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
      await users.reload();
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Give the person a name.');
      return;
    }
    void act(async () => {
      const body: CreateUser = { name: name.trim(), role, ...(team.trim() ? { team: team.trim() } : {}) };
      // 201 with the key: the desk sends no Idempotency-Key, so never a replayed 200 without one.
      const { data } = await api.post<CreatedUser>('/v1/users', body);
      setSecret({ title: `The API key for ${data.name}.`, value: data.apiKey });
      setName('');
      setTeam('');
    });
  };

  const rotate = (user: User) => {
    if (!window.confirm(`Give ${user.name} a new key? Their current key stops working at once.`)) return;
    void act(async () => {
      const { data } = await api.post<UserWithKey>(`/v1/users/${user.id}/key`);
      setSecret({ title: `The new API key for ${data.name}.`, value: data.apiKey });
    });
  };

  const revoke = (user: User) => {
    if (
      !window.confirm(
        `Revoke ${user.name}’s key? They can no longer sign in, and the claims they hold go back to the queues.`,
      )
    )
      return;
    void act(async () => {
      await api.delete(`/v1/users/${user.id}`);
    });
  };

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">People and keys</h2>
      {secret && <OneTimeSecret title={secret.title} value={secret.value} onDone={() => setSecret(null)} />}
      {error && <Notice tone="error">{error}</Notice>}
      {users.error && <Notice tone="error">{users.error}</Notice>}
      {!users.data && !users.error && <Loading what="people" />}
      {users.data && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">People with a live key</caption>
            <HeadingsWithActions headings={['Name', 'Role', 'Team', 'Key starts', 'Since']} />
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td>{user.role}</td>
                  <td>{user.team ?? ''}</td>
                  <td>
                    <code>{user.keyPrefix}…</code>
                  </td>
                  <td>{formatDateTime(user.createdAt)}</td>
                  <td className="row-actions">
                    {user.id !== me.id && (
                      <>
                        <button type="button" className="button-secondary" onClick={() => rotate(user)}>
                          New key<span className="visually-hidden"> for {user.name}</span>
                        </button>
                        <button type="button" className="button-danger" onClick={() => revoke(user)}>
                          Revoke<span className="visually-hidden"> {user.name}</span>
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="inline-form" onSubmit={create} noValidate aria-label="Add a person">
        <h3>Add a person</h3>
        <TextField id="user-name" label="Name" value={name} onValue={setName} />
        <div className="field">
          <label htmlFor="user-role">Role</label>
          <select id="user-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <TextField id="user-team" label="Team" value={team} onValue={setTeam} />
        <div className="field buttons">
          <button type="submit">Create and show the key</button>
        </div>
      </form>
    </section>
  );
}

/** Newsroom subscriptions: create (the secret shown once), delete, and each one's delivery log with retries. */
function Webhooks() {
  const { api } = useSession();
  const hooks = useLoad(
    () => api.get<WebhookSubscriptionList>('/v1/webhooks').then((response) => response.data.items),
    [],
  );
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['verdict.published', 'verdict.corrected']);
  const [open, setOpen] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!/^https?:\/\/\S+$/i.test(url.trim())) {
      setError('The address must start with http:// or https://.');
      return;
    }
    if (events.length === 0) {
      setError('Choose at least one event.');
      return;
    }
    try {
      const body: CreateWebhook = {
        url: url.trim(),
        events,
        ...(description.trim() ? { description: description.trim() } : {}),
      };
      // 201 with the secret, as for a person above.
      const { data } = await api.post<CreatedWebhookSubscription>('/v1/webhooks', body);
      setSecret(data.secret ?? null);
      setUrl('');
      setDescription('');
      await hooks.reload();
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  const remove = async (hook: WebhookSubscription) => {
    if (!window.confirm(`Delete the subscription to ${hook.url}? Deliveries not yet made are ended.`)) return;
    try {
      await api.delete(`/v1/webhooks/${hook.id}`);
      await hooks.reload();
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhook subscriptions</h2>
      {secret && (
        <OneTimeSecret
          title="The signing secret of the new subscription."
          value={secret}
          onDone={() => setSecret(null)}
        />
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {hooks.error && <Notice tone="error">{hooks.error}</Notice>}
      {hooks.data && hooks.data.length === 0 && <p className="empty">No subscriptions.</p>}
      <ul className="plain-list webhooks">
        {hooks.data?.map((hook) => (
          <li key={hook.id} className="webhook">
            <p>
              <code>{hook.url}</code>{' '}
              {hook.active ? (
                <span className="badge badge-ok">active</span>
              ) : (
                <span className="badge badge-warning">
                  disabled{hook.disabledReason ? `: ${hook.disabledReason}` : ''}
                </span>
              )}
            </p>
            <p className="meta">
              {hook.events.join(', ')}
              {hook.description && <> · {hook.description}</>} · since {formatDateTime(hook.createdAt)}
            </p>
            <p className="actions">
              <button
                type="button"
                className="button-secondary"
                aria-expanded={open === hook.id}
                onClick={() => setOpen(open === hook.id ? null : hook.id)}
              >
                {open === hook.id ? 'Hide deliveries' : 'Deliveries'}
              </button>
              <button type="button" className="button-danger" onClick={() => remove(hook)}>
                Delete<span className="visually-hidden"> the subscription to {hook.url}</span>
              </button>
            </p>
            {open === hook.id && <Deliveries webhookId={hook.id} />}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={create} noValidate aria-label="Add a subscription">
        <h3>Add a subscription</h3>
        <TextField
          id="webhook-url"
          label="Endpoint address"
          type="url"
          placeholder="https://newsroom.example/hooks"
          value={url}
          onValue={setUrl}
          wide
        />
        <fieldset>
          <legend>Events</legend>
          {WEBHOOK_EVENTS.map((name) => (
            <label key={name} className="checkbox">
              <input
                type="checkbox"
                checked={events.includes(name)}
                onChange={(event) =>
                  setEvents(event.target.checked ? [...events, name] : events.filter((existing) => existing !== name))
                }
              />{' '}
              {name}
            </label>
          ))}
        </fieldset>
        <TextField id="webhook-description" label="Description" value={description} onValue={setDescription} wide />
        <div className="field buttons">
          <button type="submit">Subscribe and show the secret</button>
        </div>
      </form>
    </section>
  );
}

/** How often an open delivery log asks for news while the tab is visible. */
const DELIVERY_LOG_POLL_MS = 5000;

/**
 * A subscription's delivery log, refreshed every few seconds while the tab is visible: each delivery's outcome, its
 * message as sent and the start of the receiver's answer; a finished delivery can be sent again, one waiting for its
 * next attempt tried now.
 */
function Deliveries({ webhookId }: { webhookId: string }) {
  const { api } = useSession();
  const deliveries = useLoad(
    () =>
      api
        .get<WebhookDeliveryList>(`/v1/webhooks/${webhookId}/deliveries`, { limit: 50 })
        .then((response) => response.data.items),
    [webhookId],
    { pollMs: DELIVERY_LOG_POLL_MS, poll: () => !document.hidden },
  );
  const now = useNow(DELIVERY_LOG_POLL_MS);
  const [error, setError] = useState<string | null>(null);
  const retry = async (delivery: WebhookDelivery) => {
    setError(null);
    try {
      await api.post(`/v1/webhooks/${webhookId}/deliveries/${delivery.id}/retry`);
      await deliveries.reload();
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  if (!deliveries.data)
    return deliveries.error ? <Notice tone="error">{deliveries.error}</Notice> : <Loading what="deliveries" />;
  return (
    <div className="table-wrap">
      {error && <Notice tone="error">{error}</Notice>}
      {deliveries.error && <Notice tone="error">{deliveries.error}</Notice>}
      <p className="hint">Refreshed every {DELIVERY_LOG_POLL_MS / 1000} seconds while this page is in view.</p>
      {deliveries.data.length === 0 ? (
        <p className="empty">Nothing delivered yet.</p>
      ) : (
        <table className="delivery-log">
          <caption className="visually-hidden">Delivery log</caption>
          <HeadingsWithActions headings={['Event', 'Status', 'Attempts', 'Last answer', 'Created']} />
          {deliveries.data.map((delivery) => {
            const offer = retryOffer(delivery, now);
            return (
              <tbody key={delivery.id} data-delivery-id={delivery.id}>
                <tr>
                  <td>{delivery.eventType}</td>
                  <td>
                    <span className={`badge delivery-${delivery.status}`}>{delivery.status}</span>
                    {delivery.nextAttemptAt && delivery.status === 'pending' && (
                      <span className="muted"> next {formatDateTime(delivery.nextAttemptAt)}</span>
                    )}
                  </td>
                  <td>{delivery.attempts}</td>
                  <td>
                    {delivery.lastStatusCode ?? ''} {delivery.lastError ?? ''}
                  </td>
                  <td>{formatDateTime(delivery.createdAt)}</td>
                  <td>
                    {offer && (
                      <button type="button" className="button-secondary" onClick={() => retry(delivery)}>
                        {offer === 'now' ? 'Retry now' : 'Retry'}
                        <span className="visually-hidden"> delivery of {delivery.eventType}</span>
                      </button>
                    )}
                  </td>
                </tr>
                <tr className="delivery-detail">
                  <td colSpan={6}>
                    <details>
                      <summary>
                        Message and answer<span className="visually-hidden"> of {delivery.eventType}</span>
                      </summary>
                      <div className="delivery-bodies">
                        <div>
                          <h3 className="small-heading">Message sent</h3>
                          <pre data-testid="delivery-payload" tabIndex={0} aria-label="Message sent">
                            {formatPayload(delivery.payload)}
                          </pre>
                        </div>
                        <div>
                          <h3 className="small-heading">
                            Answer{delivery.lastStatusCode !== null && ` (${delivery.lastStatusCode})`}
                          </h3>
                          {delivery.lastResponseBody === null ? (
                            <p className="muted">No answer received yet.</p>
                          ) : delivery.lastResponseBody === '' ? (
                            <p className="muted">The answer had no body.</p>
                          ) : (
                            <pre data-testid="delivery-answer" tabIndex={0} aria-label="Answer received">
                              {delivery.lastResponseBody}
                            </pre>
                          )}
                          <p className="hint">The first 1,024 characters at most.</p>
                        </div>
                      </div>
                    </details>
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
      )}
    </div>
  );
}

/** The column headings of an admin table, then the column of each row's buttons, named for screen readers only. */
function HeadingsWithActions({ headings }: { headings: string[] }) {
  return (
    <thead>
      <tr>
        {headings.map((heading) => (
          <th key={heading} scope="col">
            {heading}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}
