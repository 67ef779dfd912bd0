// The /insights page: an indicator's series as a line chart (one line per source, conflicts
// marked, each point opening its passages) and an entity's co-mention network.
// Bundled by build.mjs with Chart.js and Cytoscape from the npm registry; no CDN.
import { Chart, LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Title } from 'chart.js';
import cytoscape from 'cytoscape';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Title);

const config = JSON.parse(document.getElementById('kb-insights-config').textContent);
const $ = (id) => document.getElementById(id);

async function gql(query, variables) {
  const r = await fetch(config.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

const SCALE = { USD: 1e9, EUR: 1e9, CNY: 1e9, RUB: 1e9, m3: 1e9, kWh: 1e9 };
let chart = null;

async function loadIndicators() {
  const data = await gql(`query { indicators(first: 100, filter: {minStatistics: 2}) {
    edges { node { key statistics sources } } } }`);
  const select = $('indicator');
  select.replaceChildren();
  for (const { node } of data.indicators.edges) {
    select.append(el('option', { value: node.key }, `${node.key} — ${node.statistics} statistics`));
  }
  const wanted = config.indicator && [...select.options].find((o) => o.value === config.indicator);
  if (wanted) select.value = config.indicator;
  await showSeries(select.value);
}

function showPassages(point) {
  const box = $('passages');
  box.replaceChildren(el('h3', {}, `${point.periodStart ?? 'undated'} · ${point.source?.name ?? 'no source named'}`));
  for (const s of point.statistics) {
    const p = s.passage;
    const item = el('div', { class: 'passage', id: `passage-${s.id}` });
    if (p) {
      const at = s.start - p.start;
      const len = s.end - s.start;
      const chars = [...p.text]; // offsets are code points
      item.append(
        chars.slice(0, at).join(''),
        el('mark', {}, chars.slice(at, at + len).join('')),
        chars.slice(at + len).join(''),
      );
    } else {
      item.append(s.surface);
    }
    item.append(el('div', { class: 'where' }, `${s.document.sourcePath} [${s.start}, ${s.end})`));
    box.append(item);
  }
  box.firstElementChild.scrollIntoView({ block: 'nearest' });
}

async function showSeries(key) {
  if (!key) return;
  const data = await gql(`query($key: String!) { indicator(key: $key) { key
    series { periodStart periodEnd unit value qualifier occurrences inConflict
      source { name }
      statistics { id surface start end document { sourcePath } passage { start text } } } } }`,
    { key });
  const points = (data.indicator?.series ?? []).filter((p) => p.periodStart);
  const units = {};
  for (const p of points) units[p.unit] = (units[p.unit] ?? 0) + 1;
  const unit = Object.keys(units).sort((a, b) => units[b] - units[a])[0];
  const scale = SCALE[unit] ?? 1;
  const bySource = new Map();
  for (const p of points.filter((q) => q.unit === unit)) {
    const name = p.source?.name ?? '(no source named)';
    if (!bySource.has(name)) bySource.set(name, []);
    bySource.get(name).push(p);
  }
  const palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf'];
  const datasets = [...bySource.entries()].map(([name, pts], i) => ({
    label: name,
    data: pts.map((p) => ({ x: Number(p.periodStart.slice(0, 4)), y: p.value / scale, point: p })),
    borderColor: palette[i % palette.length],
    backgroundColor: palette[i % palette.length],
    pointStyle: pts.map((p) => (p.inConflict ? 'crossRot' : 'circle')),
    pointRadius: pts.map((p) => (p.inConflict ? 11 : 5)),
    pointBorderWidth: pts.map((p) => (p.inConflict ? 3 : 1)),
    pointBorderColor: pts.map((p) => (p.inConflict ? '#d62728' : palette[i % palette.length])),
  }));
  if (chart) chart.destroy();
  chart = new Chart($('chart'), {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { type: 'linear', title: { display: true, text: 'year (period start)' }, ticks: { stepSize: 1, callback: (v) => String(v) } },
        y: { title: { display: true, text: scale === 1 ? unit : `${unit} (billions)` } },
      },
      plugins: {
        title: { display: true, text: `${key} — ✕ marks a conflict; click a point for its passages` },
        tooltip: { callbacks: { title: (items) => String(items[0].raw.x), label: (c) => `${c.dataset.label}: ${c.raw.y} (${c.raw.point.qualifier})` } },
      },
      onClick: (_e, elements) => {
        if (elements.length) {
          const { datasetIndex, index } = elements[0];
          showPassages(datasets[datasetIndex].data[index].point);
        }
      },
    },
  });
  window.__kbChart = chart; // for tests and the console
  $('chart').dataset.points = String(points.length);
  $('chart').dataset.conflicts = String(points.filter((p) => p.inConflict).length);
}

async function showNetwork(name) {
  const data = await gql(`query($names: [String!]) { coMentionGraph(entities: $names, minCount: 1, limit: 40) {
    nodes { id name __typename } edges { source target count } } }`, { names: [name] });
  const { nodes, edges } = data.coMentionGraph;
  const centre = nodes[0]?.id;
  const cy = cytoscape({
    container: $('network'),
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.__typename, centre: n.id === centre ? 1 : 0 } })),
      ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, count: e.count } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': '#1f77b4', width: 14, height: 14 } },
      { selector: 'node[kind = "Actor"]', style: { 'background-color': '#ff7f0e' } },
      { selector: 'node[centre = 1]', style: { 'background-color': '#d62728', width: 26, height: 26, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 'mapData(count, 1, 15, 1, 8)', 'line-color': '#aaa', opacity: 0.7 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000 },
  });
  $('network').dataset.nodes = String(nodes.length);
  $('network').dataset.edges = String(edges.length);
  cy.on('tap', 'edge', (evt) => {
    const d = evt.target.data();
    $('pair').textContent = `${cy.getElementById(d.source).data('label')} — ${cy.getElementById(d.target).data('label')}: ${d.count} shared sentences/claims`;
  });
}

$('indicator').addEventListener('change', (e) => showSeries(e.target.value));
$('entity-form').addEventListener('submit', (e) => {
  e.preventDefault();
  showNetwork($('entity').value);
});
$('entity').value = config.entity;
Promise.all([loadIndicators(), showNetwork(config.entity)])
  .then(() => document.body.setAttribute('data-ready', '1'))
  .catch((err) => {
    $('error').textContent = String(err);
    document.body.setAttribute('data-ready', 'error');
  });
