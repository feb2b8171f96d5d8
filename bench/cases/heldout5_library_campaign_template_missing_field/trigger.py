"""The spring campaign goes out to a list that includes contacts imported from a trade fair."""

from mailmerge.campaign import Contact, personalise

contacts = [
    Contact("ada@example.com", {"first_name": "Ada", "company": "Acme"}),
    Contact("info@bakery.example", {"company": "Bakery Nord"}),
]
personalise("Spring offers for {company}", "Hi {first_name},\nour spring range is out.", contacts)
