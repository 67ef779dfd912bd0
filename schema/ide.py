"""GraphiQL for `/graphql` in a browser, served entirely by kb (no CDN, works offline).

The assets (GraphiQL 5, the Explorer plugin, Monaco's workers) are bundled from the npm
registry by `ide/` (`npm ci && npm run build`, run by `make install`) into
`schema/static/graphiql/`, which is gitignored. This module serves that folder under
:data:`ASSET_PATH` and renders the HTML page that loads it, opening on :data:`DEFAULT_QUERY`.
When the folder has not been built, the page says how to build it instead of staying blank.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).with_name("static") / "graphiql"
ASSET_PATH = "/static/graphiql"
# Files the page links; `build.json` is written last by ide/build.mjs, so its presence
# means a complete build.
REQUIRED_ASSETS = ("graphiql.js", "graphiql.css", "build.json")
BUILD_COMMAND = "make install"
MANUAL_BUILD_COMMAND = "cd ide && npm ci && npm run build"

DEFAULT_QUERY = """\
# Run with ▶ or Ctrl-Enter.
# Build queries in the Explorer;
# the Docs describe every field.
query Overview {
  # A document, its claims, speakers
  # and their affiliations.
  documents(first: 1) {
    edges {
      node {
        title
        kind
        sourcePath
        claims(first: 5) {
          edges {
            node {
              text
              attribution
              kind
              speaker {
                name
                ... on Actor {
                  affiliations {
                    role
                    organisation {
                      name
                      kind
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  # Trade figures by period, with
  # their source and document.
  statistics(first: 10, filter: {metric: "trade"}, orderBy: PERIOD_ASC) {
    totalCount
    edges {
      node {
        surface
        value
        unit
        metric
        periodStart
        periodEnd
        source {
          name
        }
        document {
          title
        }
      }
    }
  }
}
"""

# The page loads scripts, styles, fonts and workers from kb only; the browser enforces it.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "worker-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "font-src 'self' data:",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'self'",
    ]
)


def assets_built(directory: Path | None = None) -> bool:
    """Whether `ide/` has built the bundle the page needs (in `directory`, default STATIC_DIR)."""
    folder = STATIC_DIR if directory is None else directory
    return all((folder / name).is_file() for name in REQUIRED_ASSETS)


@lru_cache(maxsize=4)
def build_tag(build_json: Path, mtime_ns: int) -> str:
    """A short cache-busting tag: the hash of the lock file the bundle was built from."""
    info = json.loads(build_json.read_text(encoding="utf-8"))
    return str(info.get("lockSha256") or mtime_ns)[:12]


def script_json(data: object) -> str:
    """JSON safe to embed in a `<script type="application/json">` element."""
    return (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kb · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{base}/graphiql.css?v={tag}">
<style>html, body, #graphiql {{ height: 100%; margin: 0; }}</style>
</head>
<body>
<div id="graphiql"><p style="font-family: sans-serif; padding: 1em">Loading GraphiQL…</p></div>
<script id="kb-graphiql-config" type="application/json">{config}</script>
<script src="{base}/graphiql.js?v={tag}" defer></script>
</body>
</html>
"""

_MISSING = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>kb · GraphiQL not built</title></head>
<body style="font-family: sans-serif; max-width: 44em; margin: 2em auto; line-height: 1.5">
<h1>GraphiQL's assets are not built</h1>
<p>kb serves GraphiQL from files built locally from the npm registry, and they are missing
from <code>{directory}</code>.</p>
<p>Build them with <code>{build}</code> at the top of the repository
(or by hand: <code>{manual}</code>; it needs Node.js and npm), then reload this page.</p>
<p>The GraphQL API itself works without them: POST queries to <code>{endpoint}</code>.</p>
</body>
</html>
"""


def graphiql_response(request: Request) -> HTMLResponse:
    """The HTML page a browser gets at `/graphql`."""
    root = request.scope.get("root_path", "")
    endpoint = request.url.path
    if not assets_built():
        page = _MISSING.format(
            directory=html.escape(str(STATIC_DIR)),
            build=html.escape(BUILD_COMMAND),
            manual=html.escape(MANUAL_BUILD_COMMAND),
            endpoint=html.escape(endpoint),
        )
        return HTMLResponse(page, status_code=503)
    base = f"{root}{ASSET_PATH}"
    config = {"endpoint": endpoint, "assetBase": f"{base}/", "defaultQuery": DEFAULT_QUERY}
    build_json = STATIC_DIR / "build.json"
    tag = build_tag(build_json, build_json.stat().st_mtime_ns)
    page = _PAGE.format(base=html.escape(base), tag=tag, config=script_json(config))
    return HTMLResponse(page, headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY})


def static_routes() -> list[BaseRoute]:
    """Routes serving the IDE's built assets (404s, not a crash, when they are missing)."""
    return [
        Mount(
            ASSET_PATH,
            app=StaticFiles(directory=STATIC_DIR, check_dir=False),
            name="graphiql-assets",
        )
    ]
