"""The seller ledger: what the marketplace owes each supplier, and payout batches."""
