"""One figure type on the read side: the store's results, the connect layer and the API model share
``quellenlage.figure.Figure``; stories stored before it (figures with ``unit_key``) read the same."""

from __future__ import annotations

import copy
from dataclasses import asdict, fields

from quellenlage.figure import Figure


def test_store_results_connect_layer_and_api_share_the_one_figure_type():
    from quellenlage import stories
    from quellenlage.api.models import FigureOut
    from quellenlage.store import results

    assert results.Figure is stories.Figure is Figure
    assert results.SourceLine.__annotations__["figures"] == "list[Figure]"
    assert list(FigureOut.model_fields) == [f.name for f in fields(Figure)]


def test_the_connect_layer_reads_a_contract_quantity_into_a_figure_with_its_language_independent_base_form():
    from quellenlage.stories.records import figure_from

    de = figure_from({"text": "2.000 Containern", "value": 2000, "unit": "Containern", "unit_lemma": "Container"}, "de")
    en = figure_from({"text": "more than 1,000 containers", "lower": 1000, "unit": "containers"}, "en")
    money = figure_from({"text": "5 Millionen Euro", "value": 5e6, "unit": "Euro", "currency": "EUR"}, "de")
    assert type(de) is type(en) is Figure
    assert (de.unit_lemma, en.unit_lemma, money.unit_lemma) == ("container", "container", "EUR")
    assert de.describe() == "2,000 Containern" and en.describe() == "more than 1,000 containers"
    assert de.label() == "2,000 Containern" and en.label() == "≥ 1,000 containers"


def test_to_dict_is_asdict_and_from_dict_reads_it_back():
    fig = Figure(text="rund 7 %", value=7.0, approx=True, unit="%", unit_lemma="%")
    assert fig.to_dict() == fig.as_dict() == asdict(fig)
    assert list(fig.to_dict()) == [f.name for f in fields(Figure)]
    assert Figure.from_dict(fig.to_dict()) == fig


def test_a_figure_stored_by_the_connect_layer_before_the_one_type_reads_the_same():
    stored_before = {"text": "2.000 Tonnen", "value": 2000, "lower": None, "upper": None, "approx": False,
                     "unit": "Tonnen", "unit_key": "tonne", "currency": None}
    fig = Figure.from_dict(stored_before)
    assert fig == Figure(text="2.000 Tonnen", value=2000.0, unit="Tonnen", unit_lemma="tonne")
    assert isinstance(fig.value, float)  # JSON's 2000 is the float the type says
    assert fig.describe(with_unit=False) == "2,000"


def test_a_story_stored_before_the_one_type_is_answered_as_a_new_one(tmp_path):
    from sqlalchemy import select

    from quellenlage.store import open_store
    from quellenlage.store.models import StoryRow
    from tests.store.docs import container_story

    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        store.save_documents(container_story())
        store.update_stories()
        sid = store.stories().items[0].id
        answer = store.story(sid).to_dict()
        assert any(line["figures"] for line in answer["sources"])
        with store.session() as s:
            row = s.scalar(select(StoryRow).where(StoryRow.pk == sid))
            data = copy.deepcopy(row.data)
            for line in data["sources"]:
                line["figures"] = [{("unit_key" if k == "unit_lemma" else k): v for k, v in f.items()}
                                   for f in line["figures"]]
            row.data = data
        with store.session() as s:  # what an older version stored
            figures = [f for line in s.scalar(select(StoryRow.data).where(StoryRow.pk == sid))["sources"]
                       for f in line["figures"]]
            assert figures and all("unit_key" in f and "unit_lemma" not in f for f in figures)
        assert store.story(sid).to_dict() == answer
    finally:
        store.close()
