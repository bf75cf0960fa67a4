"""benefitcalc: estimates what Shandong medical insurance pays on a bill, and why."""

__version__ = "0.1.0"
