"""GraphQL over HTTP, as the GraphQL-over-HTTP specification describes it, on Strawberry's view.

Strawberry's ASGI view already answers POST JSON and GET queries. This module adds what the
specification (and the `graphql-http` audit) asks on top of it:

- content negotiation on `Accept`: `application/graphql-response+json` when the client asks
  for it (then request errors — parse, validation, variable coercion — are 400 without a
  `data` entry), `application/json` otherwise (200 with `errors`, as before), 406 when the
  client accepts neither;
- 415 for a POST body that is not JSON (missing or other `Content-Type`, non-UTF-8 charset);
- 405 with `Allow: POST` for a mutation sent over GET;
- 413 for a POST body over `max_body_bytes` (`KB_MAX_BODY_BYTES`), refused from its
  `Content-Length` or as soon as the bytes read pass the limit, before any parsing; 414 for a
  GET query string over the same limit; 400 for JSON nested too deeply to decode, and for a
  body (or GET `variables`/`extensions`) that is JSON but not an object (Strawberry's view
  failed with a 500 on `null`, `"x"`, `5`);
- errors of the HTTP layer itself as a GraphQL-shaped JSON body (`{"errors": [{"message"}]}`)
  in the negotiated media type, instead of plain text.
"""

from __future__ import annotations

import json
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

# Strawberry 0.341's HTTP layer raises cross_web's HTTPException (a dependency of Strawberry).
from cross_web import HTTPException
from graphql import GraphQLError
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse
from strawberry.http.parse_content_type import parse_content_type
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types import ExecutionResult

from kb.config import DEFAULT_MAX_BODY_BYTES

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
APPLICATION_JSON = "application/json"
SUPPORTED_MEDIA_TYPES = (GRAPHQL_RESPONSE_JSON, APPLICATION_JSON)


def negotiate(accept: str | None) -> str | None:
    """The response media type for an `Accept` header, or None when nothing acceptable.

    No header (or an empty one) means `application/json`, as the specification asks for
    legacy clients. Exact media ranges win over wildcards; a wildcard alone (`*/*`,
    `application/*`) gives `application/json`; between equally weighted exact ranges,
    `application/graphql-response+json` wins. A `charset` other than UTF-8 is not acceptable.
    """
    if not accept or not accept.strip():
        return APPLICATION_JSON
    exact: dict[str, float] = {}
    wildcard = 0.0
    for item in accept.split(","):
        media_range, params = _parse_media(item)
        if not media_range:
            continue
        try:
            quality = float(params.get("q", "1"))
        except ValueError:
            quality = 0.0
        charset = params.get("charset", "utf-8").lower()
        if charset not in {"utf-8", "utf8"}:
            continue
        if media_range in SUPPORTED_MEDIA_TYPES:
            exact[media_range] = max(exact.get(media_range, 0.0), quality)
        elif media_range in {"*/*", "application/*"}:
            wildcard = max(wildcard, quality)
    if exact:
        best = max(SUPPORTED_MEDIA_TYPES, key=lambda media_type: exact.get(media_type, -1.0))
        if exact.get(best, 0.0) > 0:
            return best
    if wildcard > 0:
        # Prefer application/json, unless the client refused it explicitly (q=0).
        for media_type in (APPLICATION_JSON, GRAPHQL_RESPONSE_JSON):
            if exact.get(media_type, 1.0) > 0:
                return media_type
    return None


def _parse_media(value: str) -> tuple[str, dict[str, str]]:
    """A media type (lower case) and its parameters; ("", {}) for an unparseable value."""
    value = value.strip()
    if not value:
        return "", {}
    try:
        media_type, params = parse_content_type(value)
    except (AssertionError, ValueError):
        return "", {}
    return media_type.lower(), params


@dataclass
class _Exchange:
    """What the view decided about the current HTTP request (one per request)."""

    media_type: str
    request_error: bool = False


_exchange: ContextVar[_Exchange | None] = ContextVar("kb_graphql_exchange", default=None)


def is_request_error(result: ExecutionResult) -> bool:
    """Whether execution never started: a parse, validation or variable coercion error.

    Field errors carry a `path`; request errors do not, and leave no `data`.
    """
    return (
        result.data is None
        and bool(result.errors)
        and all(error.path is None for error in result.errors or [])
    )


async def read_body(request: Request, limit: int) -> bytes:
    """The request's body, refused with 413 (before reading, if it says its length) over `limit`."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, _too_large(limit))
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, _too_large(limit))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int, what: str = "body") -> str:
    return (
        f"Request {what} too large: the limit is {limit:,} bytes (KB_MAX_BODY_BYTES); "
        "send a shorter query or smaller variables"
    )


def replaying(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands out `body` once, then defers to the real one (disconnects)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


class GraphQLOverHTTP(GraphQL):
    """Strawberry's ASGI view with the GraphQL-over-HTTP media types and status codes."""

    def __init__(
        self, *args: Any, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        media_type = negotiate(request.headers.get("accept"))
        if media_type is None and not self.should_render_graphql_ide(
            self.request_adapter_class(request)
        ):
            response = self._error_response(
                406,
                "Not Acceptable: ask for " + " or ".join(SUPPORTED_MEDIA_TYPES),
                APPLICATION_JSON,
            )
            await response(scope, receive, send)
            return
        exchange = _Exchange(media_type or APPLICATION_JSON)
        token = _exchange.set(exchange)
        try:
            try:
                if len(scope.get("query_string", b"")) > self.max_body_bytes:
                    raise HTTPException(414, _too_large(self.max_body_bytes, "query string"))
                body = await read_body(request, self.max_body_bytes)
                request = Request(scope=scope, receive=replaying(body, receive))
                response = await self.run(request)
            except HTTPException as error:
                response = self._error_response(
                    error.status_code, error.reason, exchange.media_type, request.method
                )
        finally:
            _exchange.reset(token)
        await response(scope, receive, send)

    def _error_response(
        self, status: int, message: str, media_type: str, method: str = "GET"
    ) -> Response:
        headers = {"Vary": "Accept"}
        if status == 405:
            headers["Allow"] = "POST" if method == "GET" else "GET, POST"
        body = json.dumps({"errors": [{"message": message}]})
        return Response(body, status_code=status, media_type=media_type, headers=headers)

    def decode_json(self, data: str | bytes) -> object:
        try:
            return super().decode_json(data)
        except RecursionError as error:
            raise HTTPException(
                400, "Unable to parse the request's JSON: it is nested too deeply"
            ) from error

    def parse_json(self, data: str | bytes) -> Any:
        parsed = super().parse_json(data)
        if not isinstance(parsed, dict | list):
            kind = "null" if parsed is None else type(parsed).__name__
            raise HTTPException(
                400,
                f"Expected a JSON object, got {kind}: send "
                '{"query": "...", "variables": {...}} (variables and extensions are objects too)',
            )
        return parsed

    async def parse_http_body(self, request: Any) -> Any:
        if request.method == "POST":
            content_type, params = _parse_media(request.content_type or "")
            if not request.content_type:
                raise HTTPException(415, "Missing Content-Type: send application/json")
            if content_type != APPLICATION_JSON and not (
                self.multipart_uploads_enabled and content_type == "multipart/form-data"
            ):
                raise HTTPException(
                    415, f"Unsupported Content-Type {content_type!r}: send application/json"
                )
            charset = params.get("charset", "utf-8").lower()
            if charset not in {"utf-8", "utf8"}:
                raise HTTPException(415, f"Unsupported charset {charset!r}: send UTF-8")
        data = await super().parse_http_body(request)
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item.operation_name, str | None):
                raise HTTPException(
                    400, "The GraphQL operation's `operationName` must be a string or null."
                )
        return data

    async def execute_single(self, *args: Any, **kwargs: Any) -> ExecutionResult:
        request_adapter = kwargs.get("request_adapter")
        try:
            return await super().execute_single(*args, **kwargs)
        except HTTPException as error:
            cause = error.__cause__
            if isinstance(cause, InvalidOperationTypeError) and (
                request_adapter is not None and request_adapter.method == "GET"
            ):
                raise HTTPException(405, f"{error.reason}; send it with POST") from cause
            if isinstance(cause, CannotGetOperationTypeError):
                # A well-formed request naming no runnable operation: a GraphQL request error.
                return ExecutionResult(data=None, errors=[GraphQLError(error.reason)])
            raise

    async def process_result(self, request: Request, result: ExecutionResult) -> Any:
        response_data: GraphQLHTTPResponse = await super().process_result(request, result)
        if is_request_error(result):
            # The specification: no `data` entry when execution did not start.
            response_data.pop("data", None)  # type: ignore[misc]
            exchange = _exchange.get()
            if exchange is not None:
                exchange.request_error = True
        return response_data

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        response = super().create_response(response_data, sub_response)
        exchange = _exchange.get()
        if exchange is not None:
            response.headers["content-type"] = f"{exchange.media_type}; charset=utf-8"
            response.headers.add_vary_header("Accept")
            if (
                exchange.request_error
                and exchange.media_type == GRAPHQL_RESPONSE_JSON
                and not sub_response.status_code
            ):
                response.status_code = 400
        return response
