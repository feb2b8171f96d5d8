"""The product page of a brand-new product asks for its review summary."""

from reviews.stats import summary

summary("Toaster", [])
