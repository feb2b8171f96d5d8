"""The library of error guides: one package per guide (see ``docs/guides.md``)."""
