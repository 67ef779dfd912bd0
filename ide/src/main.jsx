// kb's GraphiQL: the IDE with the Explorer plugin, everything bundled and served by kb itself.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { setupWorkers } from './workers.js';
import { createFetcher } from './fetcher.js';

const config = JSON.parse(document.getElementById('kb-graphiql-config').textContent);
setupWorkers(config.assetBase);

const explorer = explorerPlugin({ showAttribution: false });
const root = createRoot(document.getElementById('graphiql'));
root.render(
  <GraphiQL
    fetcher={createFetcher(config.endpoint)}
    defaultQuery={config.defaultQuery}
    plugins={[explorer]}
    visiblePlugin={explorer}
    defaultEditorToolsVisibility={false}
  />,
);
