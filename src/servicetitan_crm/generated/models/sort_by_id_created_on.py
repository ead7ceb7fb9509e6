from enum import StrEnum
from typing import Any

from servicetitan_crm._tolerance import str_pseudo_member


class SortByIdCreatedOn(StrEnum):
    """A sort order: + (ascending) or - (descending) and a field (Id, CreatedOn). The API matches the value case-insensitively; the SDK sends it as listed.

    Values known when the SDK was generated.

    The API adds values over time, so an unknown value does not fail: it becomes a pseudo-member that
    carries the raw value (`.value`), compares equal to it, and is written back unchanged by `to_dict()`.
    It is not listed by iteration; `member.is_known` tells the two apart.
    """

    CREATED_ON_ASCENDING = "+CreatedOn"
    CREATED_ON_DESCENDING = "-CreatedOn"
    ID_ASCENDING = "+Id"
    ID_DESCENDING = "-Id"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def _missing_(cls, value: Any) -> "SortByIdCreatedOn | None":
        if not isinstance(value, str):
            return None
        return str_pseudo_member(cls, value)
