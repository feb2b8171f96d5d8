from __future__ import annotations

import csv
import io

from flask import Flask, jsonify, request

from crm import contacts

app = Flask(__name__)


@app.get("/contacts")
def list_contacts():
    return jsonify(contacts.everything())


@app.post("/contacts/import")
def import_contacts():
    """Imports an uploaded CSV with the columns ``email`` and ``name``.

    Takes the file as spreadsheets export it, Excel's "CSV UTF-8" included (Excel starts
    that file with a UTF-8 byte-order mark). Addresses are stored lower-cased.
    """
    upload = request.files["file"]
    text = upload.read().decode("utf-8")
    added = updated = 0
    for row in csv.DictReader(io.StringIO(text)):
        email = row["email"].strip().lower()
        if contacts.upsert(email, row["name"].strip()):
            added += 1
        else:
            updated += 1
    return jsonify({"added": added, "updated": updated}), 201
