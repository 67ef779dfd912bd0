// GraphQL over HTTP from the IDE: POST JSON, preferring the GraphQL-over-HTTP media type.
// A 4xx answer with a GraphQL body (parse/validation errors) is shown, not thrown.
export function createFetcher(url) {
  return async (graphQLParams, opts) => {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'content-type': 'application/json',
        ...(opts && opts.headers),
      },
      body: JSON.stringify(graphQLParams),
    });
    const type = response.headers.get('content-type') || '';
    if (type.includes('json')) {
      return response.json();
    }
    const text = await response.text();
    return { errors: [{ message: `HTTP ${response.status}: ${text}` }] };
  };
}
