"""Who sells together: suppliers, their eligibility evidence, solidarity groupings, their rules."""
