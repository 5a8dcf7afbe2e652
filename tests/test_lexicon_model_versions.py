"""Each version of a model is its own lexicon entry: a figure about the newer version is not
filed under the older one (a data fix in entities.csv). Invented text."""
from aigc_analysis.extract.lexicon import canonical, get_matcher


def test_a_newer_version_is_not_an_alias_of_the_older():
    found = [m.entity for m in get_matcher().find("生数科技发布Vidu Q2，较Vidu Q1提速一倍。")]
    assert found.count("Vidu Q2") == 1 and found.count("Vidu Q1") == 1, found


def test_each_version_resolves_to_itself():
    assert canonical("ViduQ2") == "Vidu Q2"
    assert canonical("Vidu Q1") == "Vidu Q1"
