"""Who sells together: suppliers, their eligibility evidence, solidarity groupings and their rules."""
