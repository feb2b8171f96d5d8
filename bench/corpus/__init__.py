"""The fix-engine corpus runner's parts; ``bench/fix_corpus.py`` is its command line."""
