"""What is sold: products, categories, quality labels, images and search."""
