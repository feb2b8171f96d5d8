"""The site build includes a post whose front matter has no tags."""

from blogtools.tags import tag_cloud

tag_cloud([{"title": "Hello", "tags": ["intro"]}, {"title": "Untitled draft"}])
