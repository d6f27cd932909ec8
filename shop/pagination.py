"""Page arithmetic shared by every paginated listing (catalog pages, search results)."""


class PageNumbers:
    """For classes with `page`, `per_page` and `total` attributes."""

    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages
