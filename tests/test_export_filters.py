"""graph.filters.filter_graph: one selection semantics for every output."""
from __future__ import annotations

import pytest
from export_sample import sample_graph

from newsgraph.graph.filters import FilterError, date_bound, filter_graph


def _edges(g):
    return sorted((u, k, v) for u, v, k in g.edges(keys=True))


def test_filters_default_drops_negated_and_copies():
    g = sample_graph()
    sub = filter_graph(g)
    assert ("country:peru", "SUPPORTS:NEG", "country:chile") not in _edges(sub)
    assert sub.number_of_edges() == g.number_of_edges() - 1
    sub.nodes["country:peru"]["name"] = "changed"
    sub.edges["country:chile", "group:andean-rebels", "SUPPORTS"]["evidence"].clear()
    assert g.nodes["country:peru"]["name"] == "Peru"
    assert len(g.edges["country:chile", "group:andean-rebels", "SUPPORTS"]["evidence"]) == 2


def test_filters_include_negated_keeps_everything():
    g = sample_graph()
    assert _edges(filter_graph(g, include_negated=True)) == _edges(g)


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({"classes": ["conflictual"]}, {"ATTACKS", "CRITICIZES", }),
        ({"classes": "structural"}, {"LEADS", "CONTROLS"}),
        ({"classes": "Cooperative,structural"}, {"SUPPORTS", "MEETS", "APPEALS_TO", "LEADS", "CONTROLS"}),
        ({"types": ["attacks", "MEETS"]}, {"ATTACKS", "MEETS"}),
        ({"actor_types": ["COUNTRY"]}, {"CRITICIZES", "MEETS"}),
        ({"min_weight": 2}, {"SUPPORTS", "ATTACKS"}),
    ],
)
def test_filters_select_edges(kwargs, expected):
    sub = filter_graph(sample_graph(), **kwargs)
    assert {d["type"] for _, _, d in sub.edges(data=True)} == expected


def test_filters_drop_isolated_nodes():
    sub = filter_graph(sample_graph(), types="CONTROLS")
    assert set(sub.nodes) == {"country:peru", "location:puerto-lindo"}


def test_filters_date_range_trims_evidence_and_recomputes():
    g = sample_graph()
    sub = filter_graph(g, classes="conflictual", since="2016", until="2016")
    attacks = sub.edges["country:peru", "group:andean-rebels", "ATTACKS"]
    assert attacks["weight"] == 1
    assert (attacks["first_seen"], attacks["last_seen"]) == ("2016-03-01", "2016-03-01")
    assert [e["date"] for e in attacks["evidence"]] == ["2016-03-01"]
    # the undated LEADS edge never passes a date filter
    assert "person:elena-marsh" not in filter_graph(g, since="2015-01-01")
    # node mentions are recounted over what remains
    assert sub.nodes["group:andean-rebels"]["mentions"] == 1
    assert sub.nodes["country:peru"]["mentions"] == 2  # ATTACKS (1) + CRITICIZES (1)
    assert g.edges["country:peru", "group:andean-rebels", "ATTACKS"]["weight"] == 2


def test_filters_conflict_2016_weight_2_is_empty_and_weight_counts_in_range():
    g = sample_graph()
    assert filter_graph(g, classes="conflictual", since="2016", until="2016", min_weight=2).number_of_edges() == 0
    sub = filter_graph(g, classes="cooperative", since="2016-01", until="2016-12-31", min_weight=2)
    assert _edges(sub) == [("country:chile", "SUPPORTS", "group:andean-rebels")]


def test_filters_min_confidence_acts_on_evidence():
    g = sample_graph()
    sub = filter_graph(g, min_confidence=0.5)
    assert "organization:pacific-monitoring-group" not in sub
    assert sub.edges["country:peru", "group:andean-rebels", "ATTACKS"]["weight"] == 2
    sub = filter_graph(g, min_confidence=0.6)
    attacks = sub.edges["country:peru", "group:andean-rebels", "ATTACKS"]
    assert attacks["weight"] == 1 and attacks["last_seen"] == "2016-03-01"


@pytest.mark.parametrize(
    "value, upper, expected",
    [("2016", False, "2016-01-01"), ("2016", True, "2016-12-31"), ("2016-02", True, "2016-02-29"),
     ("2016-2-3", False, "2016-02-03"), (None, False, None)],
)
def test_filters_date_bound(value, upper, expected):
    assert date_bound(value, upper=upper) == expected


@pytest.mark.parametrize(
    "kwargs",
    [{"classes": "friendly"}, {"types": "HUGS"}, {"actor_types": "ANIMAL"}, {"since": "last year"},
     {"since": "2017", "until": "2016"}, {"min_confidence": 2.0}, {"since": "2016-13"}],
)
def test_filters_reject_bad_options(kwargs):
    with pytest.raises(FilterError):
        filter_graph(sample_graph(), **kwargs)
