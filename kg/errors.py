"""Small named exceptions; the CLI and the web layer turn them into clean messages."""


class KGError(Exception):
    """Base class for every error kg reports to a user."""

    exit_code = 1  # of the `kg` command that stops on it


class UsageError(KGError):
    """A command was given something it cannot use: an unknown query name, a missing query file, a format that does
    not fit the query, a store that does not exist."""

    exit_code = 2


class ArticleError(KGError):
    """An input could not be read as an article; names the input and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self):  # picklable, for results that come back from `--jobs` workers
        return type(self), (self.source, self.problem)


class StoreLockedError(KGError):
    """The on-disk store is held by another process (usually a running `kg serve`); `path` names it, so that the
    command that wanted it can say what to run instead."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


class NoStoreError(KGError):
    """A command that reads a store was pointed at a folder that holds none (a typo in --store, say)."""


class QueryError(KGError):
    """A SPARQL query or update is malformed or cannot be run."""

    exit_code = 2


class StoreBusyError(KGError):
    """Another write held the store longer than the write deadline (KG_WRITE_TIMEOUT)."""
