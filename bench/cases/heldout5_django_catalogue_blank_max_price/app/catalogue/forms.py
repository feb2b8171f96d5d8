from django import forms


class PriceFilter(forms.Form):
    """The price filter in the catalogue's sidebar. The browser sends both fields on every
    submit, empty when the shopper left them blank."""

    min_price = forms.DecimalField(required=False, min_value=0, decimal_places=2)
    max_price = forms.DecimalField(required=False, min_value=0, decimal_places=2)
