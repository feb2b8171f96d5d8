"""Plain-text quotes for the joinery's sales desk."""
