"""The `/insights` page: an indicator's series as a chart and an entity's co-mention network.

Served by kb next to GraphiQL from the same locally built folder (`ide/src/insights.js`,
bundled with Chart.js and Cytoscape by `ide/build.mjs`; no CDN, the same Content Security
Policy). The page reads everything through `/graphql` (`indicators`, `Indicator.series`,
`coMentionGraph`). Query parameters: `indicator` (a key) and `entity` (a name) to open on.
"""

from __future__ import annotations

import html

from starlette.requests import Request
from starlette.responses import HTMLResponse

from schema import ide

DEFAULT_INDICATOR = "trade turnover (China–Russia; money)"
DEFAULT_ENTITY = "Huawei"

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kb · insights</title>
<link rel="icon" href="data:,">
<style>
body {{ font-family: system-ui, sans-serif; margin: 1em 2em; color: #222; }}
section {{ margin-bottom: 2em; }}
#chart-box {{ position: relative; height: 380px; max-width: 1100px; }}
#network {{ height: 460px; max-width: 1100px; border: 1px solid #ddd; }}
select {{ max-width: 100%; }}
.passage {{ border-left: 3px solid #1f77b4; padding: .3em .8em; margin: .5em 0; }}
.passage .where {{ color: #777; font-size: .85em; }}
mark {{ background: #ffe08a; }}
#error {{ color: #b00; }}
</style>
</head>
<body>
<h1>kb · insights</h1>
<p>Every figure comes from <a href="{endpoint}">{endpoint}</a>.</p>
<p id="error"></p>
<section>
<h2>Indicator series by source</h2>
<label>Indicator <select id="indicator"></select></label>
<div id="chart-box"><canvas id="chart"></canvas></div>
<div id="passages"></div>
</section>
<section>
<h2>Co-mention network</h2>
<form id="entity-form"><label>Entity <input id="entity" size="30"></label>
<button type="submit">Show</button></form>
<p id="pair"></p>
<div id="network"></div>
</section>
<script id="kb-insights-config" type="application/json">{config}</script>
<script src="{base}/insights.js?v={tag}" defer></script>
</body>
</html>
"""


_MISSING = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kb · insights not built</title></head>
<body style="font-family: sans-serif; max-width: 44em; margin: 2em auto">
<h1>The insights page is not built</h1>
<p>Build the browser assets with <code>{build}</code> (needs Node.js and npm), then reload.
The GraphQL API at <code>/graphql</code> works without them.</p></body></html>
"""


def insights_response(request: Request) -> HTMLResponse:
    """The HTML page at `/insights` (503 with build instructions when assets are missing)."""
    root = request.scope.get("root_path", "")
    endpoint = f"{root}/graphql"
    if not ide.assets_built() or not (ide.STATIC_DIR / "insights.js").is_file():
        return (
            ide.graphiql_response(request)
            if not ide.assets_built()
            else HTMLResponse(
                f"<p>The insights page is not built: run {html.escape(ide.BUILD_COMMAND)}.</p>",
                status_code=503,
            )
        )
    config = {
        "endpoint": endpoint,
        "indicator": request.query_params.get("indicator", DEFAULT_INDICATOR),
        "entity": request.query_params.get("entity", DEFAULT_ENTITY),
    }
    build_json = ide.STATIC_DIR / "build.json"
    tag = ide.build_tag(build_json, build_json.stat().st_mtime_ns)
    page = _PAGE.format(
        base=html.escape(f"{root}{ide.ASSET_PATH}"),
        tag=tag,
        endpoint=html.escape(endpoint),
        config=ide.script_json(config),
    )
    return HTMLResponse(page, headers={"Content-Security-Policy": ide.CONTENT_SECURITY_POLICY})
