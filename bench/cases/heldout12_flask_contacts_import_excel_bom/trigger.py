"""Sales uploads the contact list they saved from Excel as "CSV UTF-8"."""

import io

from crm.app import app

data = "email,name\r\nAna@Example.com,Ana Lima\r\nzoe@example.com,Zoë Brandão\r\n".encode("utf-8-sig")
app.test_client().post(
    "/contacts/import", data={"file": (io.BytesIO(data), "contacts.csv")}, content_type="multipart/form-data"
)
