from pagewalk.links import iter_items, iter_pages, parse_link_header

__all__ = ["iter_items", "iter_pages", "parse_link_header"]
