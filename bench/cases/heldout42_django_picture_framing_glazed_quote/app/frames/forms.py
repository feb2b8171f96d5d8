from django import forms

from frames.pricing import GLAZING_PER_M2


class QuoteForm(forms.Form):
    moulding = forms.CharField(max_length=20)
    width = forms.IntegerField(min_value=10, max_value=150)
    height = forms.IntegerField(min_value=10, max_value=150)
    glazing = forms.ChoiceField(choices=[(name, name) for name in GLAZING_PER_M2], required=False)

    def clean_glazing(self) -> str:
        return self.cleaned_data["glazing"] or "none"
