"""One exception hierarchy.  Every error carries a numbered code, a cause and a fix.

The CLI prints ``str(error)`` as one line on stderr and exits with
``error.exit_code``; ``--debug`` shows the traceback instead.  Library callers
catch ``GraphkitError`` (or a subclass) and decide for themselves.
"""
from __future__ import annotations


class GraphkitError(Exception):
    """Base class: ``code`` (E0xx), ``cause`` (what went wrong), ``fix`` (what to do)."""

    code = "E000"
    exit_code = 1
    default_fix = "run with --debug for the traceback and report it"

    def __init__(self, cause: str, fix: str | None = None, *, path: str | None = None,
                 line: int | None = None):
        self.cause = cause
        self.fix = fix or self.default_fix
        self.path = path
        self.line = line
        super().__init__(str(self))

    @property
    def where(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "

    def __str__(self) -> str:
        return f"[{self.code}] {self.where}{self.cause} — fix: {self.fix}"


class InputError(GraphkitError):
    """An input file or record that cannot be read as an article."""

    code = "E010"
    default_fix = "check the file, or skip it; the rest of the corpus is still processed"


class MissingPathError(InputError):
    code = "E011"
    default_fix = "check the path (it must be a file, a directory, or - for stdin)"


class EmptyInputError(InputError):
    code = "E012"
    default_fix = "remove the empty file or give it text"


class BinaryInputError(InputError):
    code = "E013"
    default_fix = "only .txt, .html, .json, .jsonl and .csv articles are read; remove binary files"


class EncodingInputError(InputError):
    code = "E014"
    default_fix = "save the file as UTF-8"


class MalformedRecordError(InputError):
    code = "E015"
    default_fix = "fix or remove that record; the other records were read"


class TooLargeError(InputError):
    code = "E016"
    default_fix = "split the file, or raise the limit with --max-bytes"


class UnsupportedFormatError(InputError):
    code = "E017"
    default_fix = "use .txt, .html/.htm, .json, .jsonl or .csv"


class GraphDocumentError(GraphkitError):
    """A graph document (graph.json / graph.jsonl) that cannot be read back."""

    code = "E020"
    default_fix = "rebuild it with 'graphkit build' or 'graphkit extract'"


class StoreError(GraphkitError):
    """A sink or store failed (Neo4j, RDF, embedded)."""

    code = "E030"
    default_fix = "check the store's settings; the load can be rerun safely"


class ConnectionFailedError(StoreError):
    code = "E031"
    default_fix = "start the server or correct --uri (e.g. bolt://localhost:7687)"


class AuthError(StoreError):
    code = "E032"
    default_fix = "check --user and the password in the variable named by --password-env"


class DatabaseNotFoundError(StoreError):
    code = "E033"
    default_fix = "create the database first or pass an existing one with --database"


class QueryError(GraphkitError):
    code = "E040"
    default_fix = "check the query text and its --param values ('graphkit query --list')"


class UsageError(GraphkitError):
    code = "E050"
    exit_code = 2
    default_fix = "see --help"


class OptionalDependencyError(GraphkitError):
    code = "E060"
    default_fix = "install the extra named in the message, e.g. pip install 'graphkit[dev]'"


class ValidationFailedError(GraphkitError):
    code = "E070"
    default_fix = "read the violations listed above; they name the node and the property"


class BuildFolderError(GraphkitError):
    """The build folder (OUT) cannot be used as it is."""

    code = "E080"
    default_fix = "check the folder given with --out"


class FolderLockedError(BuildFolderError):
    code = "E081"
    default_fix = "wait for the other build to finish, or rerun with --wait"


class NoSpaceError(BuildFolderError):
    code = "E082"
    default_fix = "free disk space and rerun; OUT still holds the previous build"


class UnknownArticleError(BuildFolderError):
    code = "E083"
    default_fix = "list the article ids with 'graphkit query \"MATCH (a:Article) RETURN a.id\"'"
