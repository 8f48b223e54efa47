"""Every public operation of services/ with the permission it declares: the role runner, the
access table (docs/access.md) and the architecture test read this one list."""

from __future__ import annotations

import importlib
import pkgutil
from types import FunctionType

import services
from services.core.permissions import INTERNAL


def service_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(services.__path__, "services.") if not m.ispkg
    )


def declared_operations(include_internal: bool = False) -> dict[str, FunctionType]:
    """'services.area.module.function' -> function, for each function defined in its module
    that declares a permission (@requires, @signed_in, @before_sign_in, @internal)."""
    found = {}
    for name in service_modules():
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            permission = getattr(value, "permission", None)
            if (
                attr.startswith("_")
                or not callable(value)
                or permission is None
                or getattr(value, "__module__", None) != name
            ):
                continue
            if permission == INTERNAL and not include_internal:
                continue
            found[f"{name}.{attr}"] = value
    return found
