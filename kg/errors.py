"""Small named exceptions; the CLI and the web layer turn them into clean messages."""


class KGError(Exception):
    """Base class for every error kg reports to a user."""


class ArticleError(KGError):
    """An input could not be read as an article; names the input and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self):  # picklable, for results that come back from `--jobs` workers
        return type(self), (self.source, self.problem)


class StoreLockedError(KGError):
    """The on-disk store is held by another process (usually a running `kg serve`)."""


class QueryError(KGError):
    """A SPARQL query or update is malformed or cannot be run."""


class StoreBusyError(KGError):
    """Another write held the store longer than the write deadline (KG_WRITE_TIMEOUT)."""
