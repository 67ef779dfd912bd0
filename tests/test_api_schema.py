"""The schema as a contract: every name documented, the SDL file current, contract names present."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from api_helpers import Api
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLUnionType,
    get_introspection_query,
)
from sqlalchemy import Engine

from kb.models import enums as kb_enums
from schema.query import schema
from schema.types import enums as api_enums

ROOT = Path(__file__).resolve().parents[1]
BUILTIN = {"String", "Int", "Float", "Boolean", "ID"}


def test_every_type_field_argument_and_enum_value_is_described() -> None:
    missing: list[str] = []
    for name, type_ in schema._schema.type_map.items():
        if name.startswith("__") or name in BUILTIN:
            continue
        if not (type_.description or "").strip():
            missing.append(name)
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType | GraphQLInputObjectType):
            for field_name, field in type_.fields.items():
                if not (field.description or "").strip():
                    missing.append(f"{name}.{field_name}")
                for arg_name, arg in getattr(field, "args", {}).items():
                    if not (arg.description or "").strip():
                        missing.append(f"{name}.{field_name}({arg_name})")
        if isinstance(type_, GraphQLEnumType):
            for value_name, value in type_.values.items():
                if not (value.description or "").strip():
                    missing.append(f"{name}.{value_name}")
        if isinstance(type_, GraphQLUnionType):
            assert type_.types
    assert missing == []


def test_offsets_are_described_as_code_points() -> None:
    for type_name in ("Passage", "Mention", "Claim", "Statistic"):
        fields = schema._schema.type_map[type_name].fields
        for name in ("start", "end"):
            assert "code point" in fields[name].description, f"{type_name}.{name}"


def test_schema_file_equals_kb_schema_output() -> None:
    kb = Path(sys.executable).parent / "kb"
    printed = subprocess.run([str(kb), "schema"], capture_output=True, text=True, check=True)
    assert printed.stdout == schema.as_str() + "\n"
    on_disk = (ROOT / "schema" / "schema.graphql").read_text(encoding="utf-8")
    assert on_disk == printed.stdout, "run `kb schema > schema/schema.graphql`"


def test_contract_names_exist() -> None:
    types = schema._schema.type_map
    expected = {
        "Node": ["id"],
        "Entity": ["id", "name", "aliases", "mentions", "claims", "documents"],
        "Actor": ["handles", "affiliations", "mentions"],
        "Organisation": ["kind", "members", "claims"],
        "Affiliation": ["actor", "organisation", "role"],
        "Document": [
            "kind",
            "title",
            "sourcePath",
            "url",
            "publishedOn",
            "authors",
            "publisher",
            "text",
            "passages",
            "claims",
            "statistics",
            "mentions",
            "sameAs",
        ],
        "Passage": [
            "id",
            "ordinal",
            "kind",
            "text",
            "section",
            "start",
            "end",
            "number",
            "url",
            "title",
        ],
        "Mention": ["entity", "document", "passage", "start", "end", "surface"],
        "Claim": [
            "text",
            "document",
            "passage",
            "start",
            "end",
            "speaker",
            "attribution",
            "kind",
            "mentions",
            "statistics",
            "speakerGroup",
            "duplicateOf",
        ],
        "Statistic": [
            "value",
            "valueHigh",
            "unit",
            "surface",
            "metric",
            "periodStart",
            "periodEnd",
            "subjects",
            "source",
            "qualifier",
            "isChange",
            "document",
            "passage",
            "start",
            "end",
            "table",
        ],
        "TableCell": ["table", "caption", "row", "column"],
        "Query": [
            "node",
            "documents",
            "document",
            "actors",
            "actor",
            "organisations",
            "organisation",
            "claims",
            "statistics",
            "search",
        ],
        "PageInfo": ["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"],
        "StatisticFilter": [
            "unit",
            "metric",
            "subject",
            "source",
            "periodFrom",
            "periodTo",
            "valueMin",
            "valueMax",
            "isChange",
            "document",
            "fromTable",
            "inFootnote",
        ],
        "DocumentFilter": [
            "kind",
            "sourcePath",
            "author",
            "publisher",
            "publishedFrom",
            "publishedTo",
            "text",
        ],
        "ActorFilter": ["name", "namePrefix", "mentionedIn"],
        "OrganisationFilter": ["name", "namePrefix", "mentionedIn", "kind"],
        "ClaimFilter": [
            "speaker",
            "speakerId",
            "attribution",
            "kind",
            "mentions",
            "document",
            "text",
        ],
    }
    for type_name, fields in expected.items():
        assert set(fields) <= set(types[type_name].fields), type_name
    for conn in ("Mention", "Claim", "Document", "Passage", "Statistic", "Actor", "Organisation"):
        assert {"edges", "pageInfo", "totalCount"} <= set(types[f"{conn}Connection"].fields)
    assert {i.name for i in types["Actor"].interfaces} == {"Node", "Entity"}
    assert set(types["StatisticOrder"].values) == {
        "PERIOD_ASC",
        "PERIOD_DESC",
        "VALUE_ASC",
        "VALUE_DESC",
    }
    assert set(types["DocumentOrder"].values) == {"PUBLISHED_ASC", "PUBLISHED_DESC", "SOURCE_PATH"}
    assert set(types["EntityOrder"].values) == {"NAME", "MENTIONS_DESC"}
    args = types["Query"].fields["statistics"].args
    assert {"first", "after", "filter", "orderBy"} <= set(args)
    assert args["first"].default_value == 20


def test_enums_mirror_the_tables_vocabularies() -> None:
    for name in (
        "DocumentKind",
        "PassageKind",
        "OrganisationKind",
        "Attribution",
        "ClaimKind",
        "Qualifier",
        "EntityType",
    ):
        ours = {m.value for m in getattr(api_enums, name)}
        theirs = {m.value for m in getattr(kb_enums, name)}
        assert ours == theirs, name


def test_the_api_is_read_only() -> None:
    assert schema._schema.mutation_type is None
    assert schema._schema.subscription_type is None


def test_graphiql_introspection_passes_the_limits(seeded_engine: Engine) -> None:
    api = Api(seeded_engine)
    body = api.post(get_introspection_query(descriptions=True, input_value_deprecation=True))
    assert "errors" not in body
    assert any(t["name"] == "Statistic" for t in body["data"]["__schema"]["types"])
