"""The depot's end-of-day delivery report: ``python -m depotreport --routes ... --deliveries ...``."""
