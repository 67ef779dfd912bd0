// Monaco's web workers, loaded from the same origin as the page (never from a CDN).
// The page tells us where the built assets live through <script id="kb-graphiql-config">.
export function setupWorkers(assetBase) {
  const files = {
    json: 'workers/json.worker.js',
    graphql: 'workers/graphql.worker.js',
  };
  globalThis.MonacoEnvironment = {
    getWorker(_workerId, label) {
      return new Worker(assetBase + (files[label] || 'workers/editor.worker.js'));
    },
  };
}
