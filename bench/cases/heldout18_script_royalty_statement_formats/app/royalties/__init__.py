"""Quarterly royalty statements: an author's contract and the distributors' sales
reports in, one statement per author out (``python -m royalties``)."""
