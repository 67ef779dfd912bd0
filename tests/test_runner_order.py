"""Extracted files are written in the order they were submitted, whatever order the workers
finish them in: what a file's entities resolve to depends on what is stored before it."""

from __future__ import annotations

from loaders.pool import Job
from loaders.runner import InOrder
from loaders.worker import Outcome


def _job(order: InOrder, name: str) -> Job:
    return Job(b"", name, None, context=(name, "digest", order.ticket()))


def test_files_finished_out_of_order_are_written_in_submission_order() -> None:
    written: list[str] = []
    order = InOrder(lambda job, _outcome: written.append(job.source_path))
    a, b, c, d = (_job(order, n) for n in "abcd")
    ok: Outcome = ("ok", [])
    order.done(c, ok)
    order.done(b, ok)
    assert written == []  # both wait for a
    order.done(a, ("error", "timed out"))  # a failure takes its turn like a success
    assert written == ["a", "b", "c"]
    order.done(d, ok)
    assert written == ["a", "b", "c", "d"]


def test_a_very_slow_file_does_not_hold_every_later_file_in_memory() -> None:
    written: list[str] = []
    order = InOrder(lambda job, _outcome: written.append(job.source_path))
    order.MAX_WAITING = 2
    slow, *quick = (_job(order, f"f{i}") for i in range(5))
    for job in quick[:2]:
        order.done(job, ("ok", []))
    assert written == []  # f1, f2 wait for f0
    order.done(quick[2], ("ok", []))  # a third would pass the bound: the waiting go out
    assert written == ["f1", "f2", "f3"]
    order.done(quick[3], ("ok", []))
    order.done(slow, ("ok", []))  # its turn has passed: written as it comes
    assert written == ["f1", "f2", "f3", "f4", "f0"]
