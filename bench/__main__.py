"""Run every benchmark module (or the ones named): `python -m bench [NAME ...] [--OPTION ...]`.

Everything from the first word starting with `-` goes to each named module's `main(argv)`, e.g.
`python -m bench quality --json --batch batch1`.
"""

from __future__ import annotations

import pkgutil
import sys
from importlib import import_module
from pathlib import Path


def available() -> list[str]:
    here = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_"))


def run(args: list[str]) -> int:
    first = next((i for i, a in enumerate(args) if a.startswith("-")), len(args))
    names, options = args[:first], args[first:]
    unknown = sorted(set(names) - set(available()))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}")
        return 2
    for name in names or available():
        print(f"== bench.{name}", flush=True)
        main = import_module(f"bench.{name}").main
        if options:
            main(options)
        else:
            main()
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
