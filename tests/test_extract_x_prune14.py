"""What each attendance and leader rule is worth (issue #16, the prune14 round; docs/dev/issue-16-prune14.md).

``graphkit.extract.rule_trace`` records which rule wrote each LED and ATTENDED edge, for
``bench/attendance_rules.py``: it must be off by default and change no output.  One rule was restricted by
clause scope: a speaker whose time clause names the event sits inside what he says ("menegaskan bahwa dalam
pelantikan …") is not placed at it.

Every sentence is synthetic: invented people, and real kabupaten only where a post needs its jurisdiction.
"""
from extract_probe import edge_sources, graph

from graphkit.extract import rule_trace

_LIST = ("PURWOREJO – Bupati Purworejo Agus Prasetyo membuka rapat koordinasi pengendalian inflasi, Selasa "
         "(8/10/2024). Rapat tersebut dihadiri Sekda Purworejo Dimas Saputra, unsur Forkopimda dan para camat.")


def _dump(g) -> list:
    return [n.to_dict() for n in g.sorted_nodes()] + [e.to_dict() for e in g.sorted_edges()]


def test_the_recorder_is_off_by_default():
    assert rule_trace.RECORDER is None
    hits = [("official:x", 1, 2)]
    assert rule_trace.tag("any", hits) is hits


def test_recording_changes_no_output_and_names_the_rules():
    plain = _dump(graph(_LIST))
    rule_trace.RECORDER = []
    rule_trace.done()
    try:
        recorded = _dump(graph(_LIST))
        rows = rule_trace.RECORDER
    finally:
        rule_trace.RECORDER = None
        rule_trace.done()
    assert recorded == plain
    rules = {(type_, rule) for _, type_, _, _, rule, _ in rows}
    assert ("LED", "leaders.grammar") in rules
    assert ("ATTENDED", "attendees.cue:dihadiri") in rules


def _speaker_attends(lead: str) -> bool:
    return "Budi Santoso" in edge_sources("ATTENDED", "SOLOK – " + lead, "Sekda Solok Bicara Netralitas")


def test_a_time_clause_inside_what_is_said_places_nobody():
    assert not _speaker_attends("Sekda Solok Budi Santoso menegaskan bahwa dalam pelantikan pejabat administrator, "
                                "Senin (7/10/2024), tidak boleh ada kepentingan pribadi maupun intervensi.")


def test_a_time_clause_of_the_speech_still_places_the_speaker():
    assert _speaker_attends("Sekda Solok Budi Santoso menyampaikan hal itu saat pelantikan pejabat administrator, "
                            "Senin (7/10/2024), di aula kantor bupati.")
