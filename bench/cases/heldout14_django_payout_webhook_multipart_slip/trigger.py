"""The payout provider reports a bounced payout: multipart/form-data with the bank's slip."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.test.client import encode_multipart

from payouts.models import Payout
from payouts.signing import sign

call_command("migrate", run_syncdb=True, verbosity=0)
Payout.objects.create(reference="po_1001", seller="Kiln & Co", amount_cents=12_500)

boundary = "provider-7f3a9c"
body = encode_multipart(
    boundary,
    {
        "reference": "po_1001",
        "status": "failed",
        "reason": "account closed",
        "slip": SimpleUploadedFile("return-slip-po_1001.pdf", b"%PDF-1.4 return slip"),
    },
)
Client().generic(
    "POST",
    "/webhooks/payouts/",
    body,
    content_type=f"multipart/form-data; boundary={boundary}",
    HTTP_X_SIGNATURE=sign(body),
)
