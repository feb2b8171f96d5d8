"""The guest-facing forms.

Django runs a form's clean() even when some fields failed their own validation: such a
field is missing from cleaned_data and already carries its own error ("Enter a valid
date."), which is the one message the guest should see for it. Cross-field checks therefore
read cleaned_data with .get() and only compare the values that are there.
"""

from __future__ import annotations

from django import forms

ROOMS = [("single", "Single"), ("double", "Double"), ("family", "Family suite")]


class BookingForm(forms.Form):
    room = forms.ChoiceField(choices=ROOMS)
    check_in = forms.DateField()
    check_out = forms.DateField()
    guests = forms.IntegerField(min_value=1, max_value=4)

    def clean(self):
        cleaned = super().clean()
        if cleaned["check_out"] <= cleaned["check_in"]:
            raise forms.ValidationError("Check-out must be after check-in.")
        return cleaned


class GiftCardForm(forms.Form):
    amount = forms.DecimalField(min_value=10, max_digits=6, decimal_places=2)
    confirm_amount = forms.DecimalField(max_digits=6, decimal_places=2)
    recipient = forms.EmailField()

    def clean(self):
        cleaned = super().clean()
        amount, confirm = cleaned.get("amount"), cleaned.get("confirm_amount")
        if amount is not None and confirm is not None and amount != confirm:
            raise forms.ValidationError("The two amounts differ.")
        return cleaned
