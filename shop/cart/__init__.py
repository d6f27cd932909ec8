"""The cart: products of several suppliers, kept for anonymous visitors and merged at login."""
