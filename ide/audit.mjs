// Runs graphql-http's GraphQL-over-HTTP audit against a server and prints the results as JSON.
// Usage: node audit.mjs http://127.0.0.1:8000/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}
const results = await auditServer({ url });
const out = [];
for (const result of results) {
  const item = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    item.reason = result.reason;
    try {
      item.response = {
        status: result.response.status,
        contentType: result.response.headers.get('content-type'),
        body: await result.response.text(),
      };
    } catch {
      // the body may already have been read by the audit
    }
  }
  out.push(item);
}
console.log(JSON.stringify(out, null, 2));
