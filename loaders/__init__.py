"""Loaders: map corpus files to kb's tables (readers → extraction pipeline → store).

Public surface: :func:`loaders.runner.load_paths` and the `kb load` command.
"""
