"""Checkout: address, delivery per supplier, payment method, and placing the order."""
