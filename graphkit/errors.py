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
    default_fix = ("only .txt, .html, .json, .jsonl, .csv/.tsv, .pdf and .docx articles are read; "
                   "remove binary files")


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
    default_fix = "use .txt, .html/.htm, .json, .jsonl, .csv/.tsv, .pdf or .docx"


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


class RefusedQueryError(QueryError):
    """A query clause that would read or write files, load extensions or use the network."""

    code = "E041"
    default_fix = ("query text is run without file, extension or network access (see docs/security.md); "
                   "read articles with 'graphkit build', export with 'graphkit export'")


class UsageError(GraphkitError):
    code = "E050"
    exit_code = 2
    default_fix = "see --help"


class UnknownOfficialError(UsageError):
    code = "E051"
    default_fix = "check the spelling, or list officials with 'graphkit analyze GRAPH'"


class AmbiguousOfficialError(UsageError):
    code = "E052"
    default_fix = "give the full name or one of the ids listed"

    def __init__(self, cause: str, fix: str | None = None, *, candidates: list[tuple[str, str]] = ()):
        self.candidates = list(candidates)
        super().__init__(cause, fix)


class OptionalDependencyError(GraphkitError):
    code = "E060"
    default_fix = "install the extra named in the message, e.g. pip install 'graphkit[dev]'"


class ValidationFailedError(GraphkitError):
    code = "E070"
    default_fix = "read the violations listed above; they name the node and the property"


class NoGoldArticleError(GraphkitError):
    """``graphkit eval``: none of the gold articles is in the graph, so every score would be 0."""

    code = "E072"
    default_fix = ("build the graph from the articles the gold folder annotates (or pass those articles "
                   "instead of a graph: graphkit eval ARTICLES GOLD)")


class RdfSyntaxError(InputError):
    """An RDF file that does not parse (``graphkit validate``): where, and what the parser said."""

    code = "E071"
    default_fix = "correct the file at that line and column (or pass --format if the suffix is wrong)"


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
