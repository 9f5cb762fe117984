"""newsgraph: who did what to whom, when and where, who said what, according to whom."""

from newsgraph.batch import analyze_articles, analyze_stream
from newsgraph.extract.pipeline import analyze, analyze_article
from newsgraph.record import Analysis, Article

__version__ = "0.1.0"
__all__ = [
    "Analysis",
    "Article",
    "__version__",
    "analyze",
    "analyze_article",
    "analyze_articles",
    "analyze_stream",
]
