"""The ontology tables: PLOVER's 16 types and CAMEO codes with Goldstein values and quad classes."""

from __future__ import annotations

from dyad.ontology import PLOVER_TYPES, load_ontology


def test_all_sixteen_plover_types_with_their_quad_class():
    onto = load_ontology()
    assert set(onto.types) == set(PLOVER_TYPES)
    quads = {t: onto.types[t].quad_class for t in onto.types}
    assert [t for t in PLOVER_TYPES if quads[t] == 1] == ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"]
    assert [t for t in PLOVER_TYPES if quads[t] == 2] == ["COOPERATE", "AID", "RETREAT"]
    assert quads["ASSAULT"] == quads["PROTEST"] == 4 and quads["ACCUSE"] == 3


def test_cameo_codes_are_strings_with_leading_zeros_and_goldstein_values():
    onto = load_ontology()
    assert len(onto.cameo) >= 290
    assert onto.cameo["043"].goldstein == 2.8
    assert onto.cameo["057"].goldstein == 8.0
    assert onto.cameo["0874"].goldstein == 10.0
    assert onto.cameo["190"].goldstein == -10.0
    assert all(code.isdigit() for code in onto.cameo)


def test_cameo_to_plover_mapping_follows_the_manual():
    onto = load_ontology()
    assert onto.cameo["042"].plover_type == "CONSULT" and onto.cameo["042"].plover_mode == "visit"
    assert onto.cameo["057"].plover_type == "SUPPORT"
    assert onto.cameo["111"].plover_type == "ACCUSE"
    assert onto.cameo["0841"].plover_type == "RETREAT"
    assert onto.cameo["010"].plover_type is None  # statements are dropped by PLOVER
    for code in onto.cameo.values():
        if code.plover_mode:
            assert (code.plover_type, code.plover_mode) in onto.modes


def test_every_type_has_modes_only_where_the_manual_lists_them():
    onto = load_ontology()
    assert onto.modes_of("AGREE") == []
    assert {"visit", "phone"} <= set(onto.modes_of("CONSULT"))
    assert {"aerial", "firearms"} <= set(onto.modes_of("ASSAULT"))
