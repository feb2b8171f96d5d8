"""Plans where each photo of a camera import goes in the family archive (``YYYY/MM``)."""
