"""What a transaction changed that the index must follow, by kind of row."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields


@dataclass
class ChangeSet:
    """Ids of changed rows. Products are re-read; the others stand for all their products
    (a supplier suspended, a category moved, a grouping or label renamed)."""

    products: set[int] = field(default_factory=set)
    suppliers: set[int] = field(default_factory=set)
    categories: set[int] = field(default_factory=set)
    groupings: set[int] = field(default_factory=set)
    labels: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def update(self, other: ChangeSet) -> None:
        for f in fields(self):
            getattr(self, f.name).update(getattr(other, f.name))

    def to_json(self) -> str:
        return json.dumps({f.name: sorted(getattr(self, f.name)) for f in fields(self)})

    @classmethod
    def from_json(cls, text: str) -> ChangeSet:
        data = json.loads(text)
        return cls(**{f.name: {int(i) for i in data.get(f.name, ())} for f in fields(cls)})
