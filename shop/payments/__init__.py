"""Payments: card through Stripe (only `gateway` imports the SDK), cash, bank transfer, refunds."""
