/**
 * Checks that `response` is a problem answer (RFC 9457) with `status`: its media type and the members every problem
 * has. `what` names the request in a failure, for checks made in a loop.
 */
export function expectProblem(
  response: { headers: Record<string, string>; body: unknown },
  status: number,
  what = '',
): void {
  expect({ what, contentType: response.headers['content-type'] }).toEqual({
    what,
    contentType: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(response.body).toEqual(
    expect.objectContaining({
      type: expect.any(String),
      title: expect.any(String),
      status,
      detail: expect.any(String),
    }),
  );
}
