"""/insights in headless Chromium: the trade turnover chart (one line per source, the 2021
conflict marked, a point opening its passages) and Huawei's co-mention network, offline.

Screenshots go to build/browser/ (gitignored) for a look after the run.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_helpers import Browser, browser, chromium_path
from http_helpers import live_server, require_assets
from sqlalchemy import Engine
from test_browser import assert_offline, screenshot_path

from schema.app import create_app

pytestmark = pytest.mark.browser


@pytest.fixture
def insights(seeded_engine: Engine) -> Iterator[tuple[Browser, str]]:
    require_assets()
    binary = chromium_path()
    with live_server(create_app(seeded_engine)) as base, browser(binary) as session:
        session.navigate(f"{base}/insights")
        session.wait_for(
            "!!document.body && ['1', 'error'].includes(document.body.dataset.ready)",
            what="the chart and network",
        )
        assert session.evaluate("document.getElementById('error').textContent") == ""
        yield session, base
        assert_offline(session, base)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_insights_chart_and_network(insights: tuple[Browser, str]) -> None:
    session, _base = insights
    chart = session.evaluate("({...document.getElementById('chart').dataset})")
    assert int(chart["points"]) >= 3  # 2020, 2021 (two sources), 2024
    assert int(chart["conflicts"]) >= 1  # $146.89 bn vs $140.7 bn in 2021
    selected = session.evaluate("document.getElementById('indicator').value")
    assert selected == "trade turnover (China–Russia; money)"
    network = session.evaluate("({...document.getElementById('network').dataset})")
    assert int(network["nodes"]) >= 5 and int(network["edges"]) >= 4
    assert session.evaluate("document.querySelectorAll('#network canvas').length") > 0
    session.screenshot(screenshot_path("insights.png"))
    # a click on the 2021 conflict point shows the passage with the figure marked
    clicked = session.evaluate(
        """(() => {
          const canvas = document.getElementById('chart');
          const chart = window.__kbChart;
          for (const [di, ds] of chart.data.datasets.entries()) {
            const i = ds.data.findIndex((p) => p.point.inConflict);
            if (i >= 0) {
              const el = chart.getDatasetMeta(di).data[i];
              const r = canvas.getBoundingClientRect();
              canvas.dispatchEvent(new MouseEvent('click', {clientX: r.left + el.x,
                clientY: r.top + el.y, bubbles: true}));
              return true;
            }
          }
          return false;
        })()"""
    )
    assert clicked
    session.wait_for("document.querySelectorAll('#passages mark').length > 0", what="passages")
    marks = session.evaluate(
        "[...document.querySelectorAll('#passages mark')].map(m => m.textContent)"
    )
    assert any("146.89" in m for m in marks) or any("140.7" in m for m in marks)
    session.screenshot(screenshot_path("insights-passages.png"))
    session.evaluate("document.getElementById('network').scrollIntoView()")
    session.screenshot(screenshot_path("insights-network.png"))
