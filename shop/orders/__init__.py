"""Orders: one customer order split into one part per supplier, its states and history."""
