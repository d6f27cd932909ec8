"""The demo shop: data and the seeding that loads it into an empty database."""
