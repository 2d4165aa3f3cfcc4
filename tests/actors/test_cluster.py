"""Name folding and the clustering of unknown speakers across articles."""

from __future__ import annotations

from presswatch.actors.cluster import LocalActor, given_key, local_kind, plan_merges
from presswatch.actors.names import fold_key, fold_word


def test_fold_word_joins_romanisations_of_one_surname() -> None:
    keys = {fold_word(w) for w in ("Zelenskyy", "Zelensky", "Zelenskiy", "Zelenskii", "Zelenskyj")}
    assert keys == {"zelenski"}
    assert fold_word("Khodorkovsky") == fold_word("Hodorkovskij")
    assert fold_word("Wałęsa") == fold_word("Walesa")
    assert fold_word("Petrov") != fold_word("Petrova")


def test_fold_key_drops_titles_and_possessives() -> None:
    assert fold_key("Mayor Ilse Brandt’s") == fold_key("Ilse Brandt")


def test_given_name_classes() -> None:
    assert given_key("Dmytro") == given_key("Dmitri") == given_key("Dmitriy")
    assert given_key("Olena") == given_key("Yelena")
    assert given_key("Maria") != given_key("Mario")


def _ids(merges: list) -> set[tuple[str, str, str]]:
    return {(m.from_id, m.into_id, m.reason) for m in merges}


def test_transliteration_surname_and_initial_merge_into_one_actor() -> None:
    actors = [
        LocalActor("local:dmytro-volkanov", "Dmytro Volkanov", quotes=3),
        LocalActor("local:dmitri-volkanov", "Dmitri Volkanov", quotes=1),
        LocalActor("local:volkanov", "Volkanov", quotes=2),
        LocalActor("local:d-volkanov", "D. Volkanov", quotes=1),
    ]
    assert _ids(plan_merges(actors)) == {
        ("local:dmitri-volkanov", "local:dmytro-volkanov", "transliteration"),
        ("local:volkanov", "local:dmytro-volkanov", "surname"),
        ("local:d-volkanov", "local:dmytro-volkanov", "initial"),
    }


def test_ambiguous_surnames_and_different_given_names_stay_apart() -> None:
    actors = [
        LocalActor("local:jonas-berg", "Jonas Berg"),
        LocalActor("local:ola-berg", "Ola Berg"),
        LocalActor("local:berg", "Berg"),
        LocalActor("local:maria-lund", "Maria Lund"),
        LocalActor("local:mario-lund", "Mario Lund"),
    ]
    assert plan_merges(actors) == []


def test_a_pinned_target_is_kept_and_blocked_pairs_are_skipped() -> None:
    old = LocalActor("local:ana-sousa", "Ana Sousa", quotes=1, pinned=True)
    new = LocalActor("local:anna-sousa", "Anna Sousa", quotes=5)
    assert _ids(plan_merges([old, new])) == {("local:anna-sousa", "local:ana-sousa", "spelling")}
    assert plan_merges([old, new], blocked=[("local:anna-sousa", "local:ana-sousa")]) == []


def test_organisations_are_not_clustered_as_people() -> None:
    actors = [
        LocalActor("local:the-river-council", "the River Council"),
        LocalActor("x", "Council"),
    ]
    assert plan_merges(actors) == []
    assert local_kind("the River Council") == "organisation"
    assert local_kind("Ilse Brandt") == "person"
    assert local_kind("Harrowgate Pumps Ltd") == "organisation"
    assert local_kind("Brenholm United") == "organisation"


def test_a_joint_speaker_is_a_group_and_merges_with_no_one() -> None:
    assert local_kind("Ana Ruiz and Tom Reyes") == "group"
    assert local_kind("Ana Ruiz, Eva Holm and Tom Reyes") == "group"
    assert local_kind("Bill and Ada Lund Foundation") == "organisation"
    # ('Ana … Reyes' would have read as Ana Reyes: first word and last word)
    actors = [LocalActor(n, n, 1) for n in ("Ana Ruiz and Tom Reyes", "Ana Reyes")]
    assert plan_merges(actors) == []
