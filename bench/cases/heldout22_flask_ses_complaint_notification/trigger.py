"""A newsletter reader presses "report spam"; SES reports the complaint through SNS."""

import json

from mailhooks.app import app

complaint = {
    "notificationType": "Complaint",
    "mail": {"messageId": "0100018f-newsletter-42", "source": "news@shop.example"},
    "complaint": {
        "complainedRecipients": [{"emailAddress": "Reader@Example.org"}],
        "complaintFeedbackType": "abuse",
    },
}
app.test_client().post(
    "/hooks/ses",
    json={"Type": "Notification", "MessageId": "sns-77", "Message": json.dumps(complaint)},
)
