"""A user on a phone picks a photo whose share sheet names it without an extension."""

import io

from accounts.web import app

app.test_client().post(
    "/account/avatar",
    data={"avatar": (io.BytesIO(b"\xff\xd8\xff\xe0 jpeg bytes"), "IMG_2291")},
    content_type="multipart/form-data",
)
