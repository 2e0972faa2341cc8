"""The Neo4j writer against the real server: schema, idempotence, increments, plain data."""
from __future__ import annotations

import pytest
from test_neo4j_support import (  # noqa: F401
    INJECTION,
    base_triples,
    graph_of,
    hostile_triples,
    more_triples,
    store,
)

from newsgraph.core.errors import QueryError
from newsgraph.graph.io import to_dict
from newsgraph.graph.neo4j.store import Neo4jConfig

pytestmark = pytest.mark.neo4j


def test_neo4j_schema_constraints_and_indexes(store):
    store.ensure_schema()
    store.ensure_schema()  # idempotent
    cons = store.query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes, properties, type")
    found = {(r[0][0], r[1][0], r[2]) for r in cons.rows}
    assert ("Actor", "id", "UNIQUENESS") in found
    assert {("Article", "id", "UNIQUENESS"), ("Sentence", "key", "UNIQUENESS"), ("Mention", "key", "UNIQUENESS")} <= found
    idx = store.query("SHOW INDEXES YIELD labelsOrTypes, properties, state RETURN labelsOrTypes, properties, state")
    props = {(r[0][0], r[1][0]) for r in idx.rows if r[0]}
    assert {("Actor", "name"), ("Actor", "type"), ("Mention", "edge")} <= props
    assert all(r[2] == "ONLINE" for r in idx.rows)


def test_neo4j_push_reads_back_the_same_graph(store):
    g = graph_of(base_triples())
    store.push_graph(g)
    assert to_dict(store.read_graph()) == to_dict(g)


def test_neo4j_push_twice_changes_no_count(store):
    g = graph_of(base_triples())
    store.push_graph(g, batch_size=4)
    first = store.counts()
    store.push_graph(g, batch_size=7)
    assert store.counts() == first
    assert first["actors"] == g.number_of_nodes()
    assert first["relationships"] == g.number_of_edges()
    assert first["weight"] == sum(d["weight"] for _, _, d in g.edges(data=True))
    assert first["mentions"] == first["weight"]
    nodes = store.query("MATCH (n) RETURN count(n)").rows[0][0]
    rels = store.query("MATCH ()-[r]->() RETURN count(r)").rows[0][0]
    store.push_graph(g)
    assert store.query("MATCH (n) RETURN count(n)").rows[0][0] == nodes
    assert store.query("MATCH ()-[r]->() RETURN count(r)").rows[0][0] == rels


def test_neo4j_push_with_another_article_adds_weight_and_evidence(store):
    store.push_graph(graph_of(base_triples()))
    edge = ("MATCH (:Actor {name: 'Russia'})-[r:SUPPORTS {negated: false}]->(:Actor {name: 'Bashar al-Assad'}) "
            "RETURN r.weight, size(r.evidence_keys), r.last_seen")
    before = store.query(edge).rows[0]
    assert before == [3, 3, "2017-02-01"]
    # the second graph holds only the new article: a push merges it into what is there
    store.push_graph(graph_of(more_triples()))
    assert store.query(edge).rows[0] == [4, 4, "2017-03-10"]
    both = graph_of(base_triples() + more_triples())
    assert to_dict(store.read_graph()) == to_dict(both)
    why = store.query(
        "MATCH (:Actor {name: 'Russia'})-[r:SUPPORTS {negated: false}]->(:Actor {name: 'Bashar al-Assad'}) "
        "MATCH (m:Mention)-[:IN_SENTENCE]->(s:Sentence) WHERE m.key IN r.evidence_keys "
        "RETURN s.article_id, m.subject_mention, s.text ORDER BY s.article_id, m.subject_mention"
    )
    assert [r[:2] for r in why.rows] == [["a1", "Moscow"], ["a1", "Russia"], ["a2", "Russia"], ["a4", "the Kremlin"]]


def test_neo4j_keys_push_writes_the_actor_layer_that_a_full_push_completes(store):
    """``evidence="keys"``: the same actors and relationships (weights, evidence keys, dates,
    confidence) as a full push, without :Article/:Sentence/:Mention; a full push on top
    then adds the provenance and changes no relationship."""
    g = graph_of(base_triples() + more_triples())
    edges = ("MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id, type(r), r.negated, b.id, r.weight, r.evidence_keys, "
             "r.first_seen, r.last_seen, r.confidence, r.attributed, a.mentions, b.mentions ORDER BY a.id, type(r), r.negated, b.id")
    store.push_graph(g, evidence="full")
    want = store.query(edges).rows
    store.clear()
    store.push_graph(graph_of(base_triples()), evidence="keys", batch_size=3)
    store.push_graph(g, evidence="keys", batch_size=5)  # merges into the first: only new keys count
    counts = store.counts()
    assert (counts["articles"], counts["sentences"], counts["mentions"]) == (0, 0, 0)
    assert counts["relationships"] == g.number_of_edges()
    assert store.query(edges).rows == want
    store.push_graph(g, evidence="full", batch_size=4)
    assert store.query(edges).rows == want
    assert to_dict(store.read_graph()) == to_dict(g)


def test_neo4j_unknown_evidence_mode_is_refused_before_writing(store):
    with pytest.raises(ValueError, match="evidence must be one of full, keys"):
        store.push_graph(graph_of(base_triples()), evidence="none")
    assert store.counts()["actors"] == 0


def test_neo4j_add_triples_counts_new_mentions(store):
    assert store.add_triples(base_triples()) == len({t.edge_key() + (t.article_id, t.char_start, t.subject_mention) for t in base_triples()})
    assert store.add_triples(base_triples()) == 0


def test_neo4j_labels_and_types_come_from_the_ontology(store):
    store.push_graph(graph_of(base_triples() + hostile_triples()))
    labels = {tuple(r[0]) for r in store.query("MATCH (n) RETURN DISTINCT labels(n)").rows}
    assert {tuple(sorted(x)) for x in labels} <= {
        ("Actor", "Person"), ("Actor", "Country"), ("Actor", "Group"), ("Actor", "Location"), ("Actor", "Organization"),
        ("Article",), ("Sentence",), ("Mention",),
    }
    types = {r[0] for r in store.query("MATCH ()-[r]->() RETURN DISTINCT type(r)").rows}
    from newsgraph.core.ontology import RelationType

    assert types <= {t.value for t in RelationType} | {"MENTIONS", "HAS_SENTENCE", "IN_SENTENCE"}


def test_neo4j_injection_looking_text_is_stored_as_plain_data(store):
    g = graph_of(hostile_triples())
    store.push_graph(g)
    assert to_dict(store.read_graph()) == to_dict(g)
    names = sorted(r[0] for r in store.query("MATCH (a:Actor) RETURN a.name").rows)
    assert f"O'Brien {INJECTION}" in names and 'Aleppo"}) RETURN 1 //' in names
    text = store.query("MATCH (s:Sentence) WHERE s.text CONTAINS 'DETACH' RETURN s.text").rows[0][0]
    assert text.startswith('He said "' + INJECTION)
    assert store.counts()["actors"] == g.number_of_nodes()


def test_neo4j_queries_are_read_only_unless_write(store):
    with pytest.raises(QueryError, match="read-only"):
        store.query("CREATE (:Intruder {x: 1})")
    assert store.query("MATCH (n:Intruder) RETURN count(n)").rows == [[0]]
    store.query("CREATE (:Intruder {x: 1})", write=True)
    assert store.query("MATCH (n:Intruder) RETURN count(n)").rows == [[1]]


def test_neo4j_query_parameters_and_result_shape(store):
    store.push_graph(graph_of(base_triples()))
    res = store.query("MATCH (a:Actor {name: $n}) RETURN a.name AS name, a.type AS type, a", {"n": "Russia"})
    assert res.columns == ["name", "type", "a"]
    assert res.rows[0][:2] == ["Russia", "COUNTRY"]
    assert res.rows[0][2]["id"] == "country:russia" and "_lock" not in res.rows[0][2]
    with pytest.raises(QueryError):
        store.query("MATCH (a RETURN a")


def test_neo4j_config_never_shows_the_password():
    cfg = Neo4jConfig(uri="bolt://127.0.0.1:1", password="s3cret-pass-word")
    assert "s3cret" not in repr(cfg) and "s3cret" not in str(cfg)


@pytest.mark.parametrize("bad", ["SUPPORTS]->(x) DETACH DELETE x //", "supports", "MENTIONS", "`X`"])
def test_statement_builders_take_types_only_from_the_ontology(bad):
    from newsgraph.graph.neo4j import statements as Q

    with pytest.raises(ValueError):
        Q.merge_edges(bad)
    with pytest.raises(ValueError):
        Q.set_actor_label(bad)


def test_statement_builders_put_no_data_in_the_text():
    from newsgraph.graph.neo4j import statements as Q
    from newsgraph.graph.neo4j.plan import plan

    g = graph_of(hostile_triples())
    for batch in plan(g, 2):
        for stmt in batch.statements:
            assert "O'Brien" not in stmt.text and "DETACH" not in stmt.text and "$param" not in stmt.text
            assert set(stmt.params) <= {"rows", "ids"}


def test_neo4j_concurrent_overlapping_pushes_equal_one_merge(store):
    """Two writers at once on overlapping article sets end in the same graph as one merged push."""
    import threading

    from test_neo4j_support import PASSWORD, URI

    from newsgraph.graph.neo4j.store import Neo4jConfig, Neo4jStore

    base, more = base_triples(), more_triples()
    first, second = graph_of(base[:18] + more), graph_of(base[8:] + more[:2])
    store.ensure_schema()
    errors: list[BaseException] = []

    def push(g):
        try:
            with Neo4jStore(Neo4jConfig(uri=URI, password=PASSWORD, retry_seconds=60)) as st:
                for _ in range(2):
                    st.push_graph(g, batch_size=2)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(g,)) for g in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert to_dict(store.read_graph()) == to_dict(graph_of(base + more))
