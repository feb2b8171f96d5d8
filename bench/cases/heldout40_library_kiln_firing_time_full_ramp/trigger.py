"""The studio's booking page signs up Ana's glaze load for Friday evening and reprints the
notice-board rota."""

from datetime import datetime

from kiln.booking import Load, rota

rota([Load("Ana", "glaze", datetime(2024, 4, 5, 18, 0))])
