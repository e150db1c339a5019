"""A small JSON Schema (draft 2020-12) validator for the keywords the checked-in schemas use, because the
``jsonschema`` package is not among the locked dependencies: type, const, enum, required, properties,
additionalProperties (false), items, minLength, pattern, $ref to "#/$defs/…". An unknown keyword fails loudly rather
than being skipped, so a schema that grows past this subset cannot pass untested."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}
_ANNOTATIONS = {"$schema", "$id", "title", "description", "$defs"}


def schema_errors(instance: Any, schema: Mapping[str, Any], root: Mapping[str, Any] | None = None, at: str = "$"):
    """Every way ``instance`` breaks ``schema``, as "path: problem" lines (empty when it is valid)."""
    root = root or schema
    errors: list[str] = []
    for keyword, rule in schema.items():
        if keyword in _ANNOTATIONS:
            continue
        if keyword == "$ref":
            target = root
            for part in rule.removeprefix("#/").split("/"):
                target = target[part]
            errors += schema_errors(instance, target, root, at)
        elif keyword == "type":
            if not _TYPES[rule](instance):
                errors.append(f"{at}: not of type {rule}")
        elif keyword == "const":
            if instance != rule:
                errors.append(f"{at}: is not {rule!r}")
        elif keyword == "enum":
            if instance not in rule:
                errors.append(f"{at}: {instance!r} is not one of {rule}")
        elif keyword == "required":
            if isinstance(instance, dict):
                errors += [f"{at}: {name} is required" for name in rule if name not in instance]
        elif keyword == "properties":
            if isinstance(instance, dict):
                for name, sub in rule.items():
                    if name in instance:
                        errors += schema_errors(instance[name], sub, root, f"{at}.{name}")
        elif keyword == "additionalProperties":
            if rule is not False:
                raise ValueError("only additionalProperties: false is supported")
            if isinstance(instance, dict):
                known = set(schema.get("properties", {}))
                errors += [f"{at}: {name} is not allowed" for name in instance if name not in known]
        elif keyword == "items":
            if isinstance(instance, list):
                for n, item in enumerate(instance):
                    errors += schema_errors(item, rule, root, f"{at}[{n}]")
        elif keyword == "minLength":
            if isinstance(instance, str) and len(instance) < rule:
                errors.append(f"{at}: shorter than {rule}")
        elif keyword == "pattern":
            if isinstance(instance, str) and re.search(rule, instance) is None:
                errors.append(f"{at}: {instance!r} does not match {rule}")
        else:
            raise ValueError(f"keyword {keyword} is outside the supported subset")
    return errors
