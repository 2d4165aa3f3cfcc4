"""Direct and indirect quote extraction with speaker attribution."""

from presswatch.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]
