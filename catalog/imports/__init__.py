"""Bulk imports and exports of suppliers and products in the CSV formats of `examples/`.

The rules live in plain service functions that know nothing of click, so the supplier
back office can reuse them (with `only_supplier`) for a supplier's own products:

- `tabular`: reading and writing the CSV files, the issues an import reports;
- `cells`: parsing one cell (price, count, phone…), raising `InvalidCell`;
- `products`: `validate_product_rows` (all issues, or resolved `ProductRow`s);
- `product_writes`: `apply_product_rows`, bulk writes that only flush;
- `product_export`: `export_products`, the same format out, ordered by SKU;
- `groupings.imports`: the same for suppliers;
- `commands`: `souk suppliers import|export` and `souk catalog import|export`.

Every import is all-or-nothing: validation reads the database once into lookups, collects
every issue of every row, and raises `ImportFailed` before anything is written.
"""
