"""service-roleplay: practise difficult customer-service calls against simulated customers."""

__version__ = "0.1.0"
