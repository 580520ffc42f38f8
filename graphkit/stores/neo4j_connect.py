"""Neo4j over Bolt, the connection side: driver, retries, error translation, FalkorDB probing.

Why it is a module of its own: everything here is about *reaching* a server and
telling the user, in one line, why that failed, and nothing about graphs.  The
loader (``neo4j_write``), the dump and the query runner (``neo4j``) all open a
driver the same way and turn the same driver exceptions into the same
``GraphkitError``s, so that logic lives once, in ``open_driver``.

* **Bounded retries.**  Connecting is retried with backoff and a short
  handshake timeout: FalkorDB's Bolt sometimes stalls the first handshake after
  a client disconnects, and a new connection then succeeds.
* **Errors a user can act on.**  ``translate_error`` maps driver exceptions
  (bad credentials, unreachable host, ``neo4j://`` without routing, unknown
  database, malformed URI) to ``AuthError``/``ConnectionFailedError``/... with
  a fix; anything it does not know is re-raised unchanged.
* **FalkorDB is probed, not guessed.**  Its Bolt endpoint pastes string
  parameters into quoted literals, so strings must be escaped before sending
  (``unescapes_string_params`` + ``escape_strings``).
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import AuthError, ConnectionFailedError, DatabaseNotFoundError, GraphkitError, StoreError


def driver_package():
    """The driver package, imported on first use so ``graphkit`` imports without it."""
    import neo4j
    return neo4j


def translate_error(exc: Exception, uri: str, database: str | None) -> Exception:
    """A driver exception as the GraphkitError a user can act on (one line, cause + fix)."""
    ex = driver_package().exceptions
    if isinstance(exc, ex.AuthError):
        return AuthError(f"the server at {uri} refused the credentials ({exc.message or 'unauthorized'})")
    if isinstance(exc, ex.Neo4jError) and (exc.code or "").endswith("Security.AuthenticationRateLimit"):
        return AuthError(f"the server at {uri} refused the credentials: too many wrong passwords in a row, "
                         "the user is locked for a few seconds",
                         fix="check the user and the password (--user, --password-env), then retry")
    if isinstance(exc, (ex.ServiceUnavailable, ex.SessionExpired)) and uri.startswith("neo4j"):
        return ConnectionFailedError(f"cannot reach {uri} or get a routing table from it ({type(exc).__name__})",
                                     fix="use bolt://HOST:PORT for a single server without routing "
                                         "(neo4j:// needs a Neo4j server or cluster)")
    if isinstance(exc, (ex.ServiceUnavailable, ex.SessionExpired)):
        return ConnectionFailedError(f"cannot reach a Bolt server at {uri} ({type(exc).__name__})")
    if isinstance(exc, ex.Neo4jError) and exc.code and exc.code.endswith("DatabaseNotFound"):
        return DatabaseNotFoundError(f"database {database!r} does not exist on {uri}")
    if isinstance(exc, (ex.ConfigurationError, ValueError)):
        return ConnectionFailedError(f"cannot use the URI {uri!r}: {exc}",
                                     fix="use bolt://, bolt+s://, neo4j:// or neo4j+s://HOST:PORT")
    if isinstance(exc, ex.Neo4jError):
        return StoreError(f"the server at {uri} failed: {exc.code}: {exc.message}")
    return exc


def connect(uri: str, user: str | None = None, password: str | None = None, database: str | None = None,
            *, attempts: int = 5, connect_timeout: float = 5.0, retry_time: float = 30.0):
    """An open, verified driver.  Unreachable, wrong password and unknown database are clear errors."""
    neo4j = driver_package()
    auth = (user or "neo4j", password) if password is not None else None
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=connect_timeout,
                                            connection_acquisition_timeout=connect_timeout,
                                            max_transaction_retry_time=retry_time)
    except Exception as exc:  # malformed URI
        raise translate_error(exc, uri, database) from exc
    delay = 0.2
    for attempt in range(attempts):
        try:
            with driver.session(database=database) as s:
                s.run("RETURN 1").consume()
            return driver
        except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired) as exc:
            if attempt == attempts - 1:
                driver.close()
                raise translate_error(exc, uri, database) from exc
            time.sleep(delay)
            delay *= 2
        except Exception as exc:
            driver.close()
            raise translate_error(exc, uri, database) from exc
    raise AssertionError("unreachable")  # pragma: no cover


@contextmanager
def open_driver(uri: str, user: str | None = None, password: str | None = None, database: str | None = None,
                *, connect_timeout: float = 5.0, retry_time: float = 30.0) -> Iterator[Any]:
    """``connect`` as a ``with`` block: driver errors inside it come out translated, the driver is closed.

    GraphkitErrors raised in the block (e.g. a label outside the allow-list) pass
    through unchanged, as do exceptions ``translate_error`` does not recognise.
    """
    driver = connect(uri, user, password, database, connect_timeout=connect_timeout, retry_time=retry_time)
    try:
        yield driver
    except GraphkitError:
        raise
    except Exception as exc:
        translated = translate_error(exc, uri, database)
        if translated is exc:
            raise
        raise translated from exc
    finally:
        driver.close()


def unescapes_string_params(driver, database: str | None) -> bool:
    """True for a server that reads string parameters as escaped literals (FalkorDB's Bolt).

    Neo4j returns ``\\n`` (backslash, n) unchanged; FalkorDB pastes the value into a
    quoted literal and returns a newline, and fails on a bare ``'``.  Probed, not guessed.
    """
    with driver.session(database=database) as s:
        return s.run("RETURN $p AS p", p="\\n").single()["p"] != "\\n"


def escape_strings(value: Any) -> Any:
    """Every string in ``value`` escaped for a server that unescapes parameters (see above)."""
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, list):
        return [escape_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: escape_strings(v) for k, v in value.items()}
    return value


def verbatim(value: Any) -> Any:
    """The identity escaper, for servers (Neo4j) that take parameters verbatim."""
    return value
