"""The GraphQL API over kb's tables: Strawberry schema, Starlette app, `kb serve`, `kb schema`."""
