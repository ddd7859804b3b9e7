/** Calls to the API on this origin with the signed-in key; errors become ApiError with the problem's detail. */
import type { Problem } from './types';

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title || `The service answered ${problem.status}.`);
  }

  get status(): number {
    return this.problem.status;
  }
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  /** The server's clock at the answer (the Date header), for lease countdowns. */
  date: string | null;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class ApiClient {
  constructor(
    private readonly key: string,
    /** Called when the key stops working (revoked, rotated): the desk signs out. */
    private readonly onUnauthorized: (error: ApiError) => void = () => undefined,
  ) {}

  get<T>(path: string, query?: Record<string, string | number | undefined | null>) {
    return this.request<T>('GET', withQuery(path, query));
  }

  post<T>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }

  patch<T>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  delete<T = void>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async request<T>(method: Method, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.key}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError({
        type: 'about:blank',
        status: 0,
        title: 'Offline',
        detail: 'The service cannot be reached. Check your connection and try again.',
      });
    }
    const text = await response.text();
    let data: unknown = null;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = text;
      }
    }
    if (!response.ok) {
      const problem: Problem =
        data && typeof data === 'object' && 'status' in data
          ? (data as Problem)
          : { type: 'about:blank', status: response.status, title: response.statusText, detail: '' };
      const error = new ApiError(problem);
      if (response.status === 401) this.onUnauthorized(error);
      throw error;
    }
    return { status: response.status, data: data as T, date: response.headers.get('date') };
  }
}

function withQuery(path: string, query?: Record<string, string | number | undefined | null>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The message to show for a failed call, with each field's problem when the API named them. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.problem.errors?.map((entry) => `${entry.field}: ${entry.message}`) ?? [];
    return fields.length ? `${error.message} (${fields.join('; ')})` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
