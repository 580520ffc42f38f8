"""The LadybugDB update finds the relationships it deletes or SETs from their ends, each looked up by primary key
in its own table, and retries a statement the buffer pool cannot hold after a CHECKPOINT (issue #20, branch
incr11: at 100k articles an unlabelled ``MATCH (a)-[e:MENTIONS]->(b)`` filled the 256 MB pool and the update fell
back to rewriting the whole store).  Either way the store must answer exactly like one written from scratch."""
from __future__ import annotations

import re

from test_scale_update import changed, cypher_dump, generations  # noqa: F401 - the fixture

from graphkit.delta import graph_delta
from graphkit.stores import embedded, lbdb_load, lbdb_update


def _recorded(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = lbdb_load.Session.execute

    def execute(self, query, params=None):
        seen.append(" ".join(query.split()))
        return real(self, query, params)
    monkeypatch.setattr(lbdb_load.Session, "execute", execute)
    return seen


def test_deleted_and_changed_relationships_are_found_from_labelled_ends(generations, monkeypatch):  # noqa: F811
    old, new, fresh, upd = generations
    delta = graph_delta(old, new)
    assert delta.delete_edges and any(e.key in delta.old_edges for e in delta.upsert_edges)
    seen = _recorded(monkeypatch)
    summary = embedded.update_store(new, upd, delta)
    assert summary["mode"] == "updated" and summary["checkpoints"] == 1
    touching = [q for q in seen if " DELETE e" in q or " SET e." in q]
    assert any(" DELETE e" in q for q in touching) and any(" SET e." in q for q in touching)
    ends = re.compile(r"^UNWIND \$rows AS r MATCH \(a:\w+\) WHERE a\.id = r\.\w+ MATCH \(b:\w+\) WHERE b\.id = r\.\w+ "
                      r"MATCH \(a\)-\[e:\w+\]->\(b\) WHERE e\.key = r\.\w+ ")
    assert all(ends.match(q) for q in touching), touching
    assert all(re.match(r"^UNWIND \$ids AS i MATCH \(n:\w+\) WHERE n\.id = i DETACH DELETE n$", q)
               for q in seen if "DETACH DELETE" in q)
    assert cypher_dump(upd) == cypher_dump(fresh)


def test_a_statement_the_buffer_pool_cannot_hold_runs_again_after_a_checkpoint(generations, monkeypatch):  # noqa: F811
    old, new, fresh, upd = generations
    seen = _recorded(monkeypatch)
    recorded = lbdb_load.Session.execute
    failed: list[str] = []

    def execute(self, query, params=None):
        if " SET e." in query and not failed:  # the first relationship SET: as LadybugDB says it at 100k
            failed.append(query)
            raise RuntimeError("Buffer manager exception: Unable to allocate memory! The buffer pool is full and no "
                               "memory could be freed!")
        return recorded(self, query, params)
    monkeypatch.setattr(lbdb_load.Session, "execute", execute)
    summary = embedded.update_store(new, upd, graph_delta(old, new))
    assert summary["mode"] == "updated" and summary["checkpoints"] == 2  # the retry's and the closing one
    at = seen.index(" ".join(failed[0].split()))
    assert seen[at - 1] == "CHECKPOINT"
    assert cypher_dump(upd) == cypher_dump(fresh)


def test_other_errors_are_not_retried(generations, monkeypatch):  # noqa: F811
    old, new, fresh, upd = generations
    real = lbdb_load.Session.execute

    def execute(self, query, params=None):
        if " SET e." in query:
            raise RuntimeError("Binder exception: something else")
        return real(self, query, params)
    monkeypatch.setattr(lbdb_load.Session, "execute", execute)
    session = lbdb_update.UpdateSession(str(embedded.store_path(upd)))
    try:
        import pytest
        with pytest.raises(RuntimeError, match="Binder"):
            lbdb_update.apply(session, new, graph_delta(old, new))
        assert session.checkpoints == 0
    finally:
        session.close()
