from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from servicetitan_crm._required_fields import checked_value, missing_field
from servicetitan_crm._timestamps import lazy_timestamps
from servicetitan_crm._tolerance import unknown_fields

from ..types import format_timestamp

# The wire names of the fields this model documents.
_KNOWN_FIELDS = frozenset(
    (
        "data",
        "datacontenttype",
        "id",
        "source",
        "specversion",
        "time",
        "type",
        "userassignedid",
    )
)
# Bound once: from_dict builds instances without attrs' __init__ (every slot is assigned there).
_new_instance = object.__new__

T = TypeVar("T", bound="BookingUpdatedWebhookPayloadCloudEvent")


@_attrs_define
class BookingUpdatedWebhookPayloadCloudEvent:
    """A booking-updated webhook delivery, as a CloudEvent.

    Sent by the server: every property but `id` may be null.

    """

    data: BookingUpdatedWebhookPayload | None
    datacontenttype: None | str
    id: str
    source: None | str
    specversion: None | str
    time: datetime.datetime | None
    type_: None | str
    userassignedid: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of required fields the received object left out: they read as None and
    # to_dict() leaves them out again while they are None, so a round trip adds no key.
    _absent_keys: tuple[str, ...] = _attrs_field(init=False, factory=tuple, repr=False, eq=False)

    if TYPE_CHECKING:
        # Second names of the timestamp slots (set up by lazy_timestamps, not attrs fields):
        # from_dict stores the text received, to_dict reads what the slot holds.
        _time_wire: Any

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | None
        if isinstance(self.data, BookingUpdatedWebhookPayload):
            data = self.data.to_dict()
        else:
            data = self.data

        datacontenttype: None | str
        datacontenttype = self.datacontenttype

        id = self.id

        source: None | str
        source = self.source

        specversion: None | str
        specversion = self.specversion

        time = self._time_wire
        if isinstance(time, datetime.datetime):
            time = format_timestamp(time)

        type_: None | str
        type_ = self.type_

        userassignedid: None | str
        userassignedid = self.userassignedid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "datacontenttype": datacontenttype,
                "id": id,
                "source": source,
                "specversion": specversion,
                "time": time,
                "type": type_,
                "userassignedid": userassignedid,
            }
        )
        for key in self._absent_keys:
            if field_dict.get(key) is None:
                field_dict.pop(key, None)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = _new_instance(cls)
        # Each key is read once; a missing one costs an exception, which is cheaper than a
        # get() with a default for every field when (as usual) all of them are present.
        # Keys beyond the documented ones are unknown fields; each absent one leaves room for
        # one more, so the number of unknown keys needs no search.
        extra = len(src_dict) - 8
        absent: tuple[str, ...] = ()
        try:
            _data = src_dict["data"]
        except KeyError:
            _data = None
            extra += 1
            absent += ("data",)
        try:
            _datacontenttype = src_dict["datacontenttype"]
        except KeyError:
            _datacontenttype = None
            extra += 1
            absent += ("datacontenttype",)
        try:
            _id = src_dict["id"]
        except KeyError:
            raise missing_field("BookingUpdatedWebhookPayloadCloudEvent", "id") from None
        try:
            _source = src_dict["source"]
        except KeyError:
            _source = None
            extra += 1
            absent += ("source",)
        try:
            _specversion = src_dict["specversion"]
        except KeyError:
            _specversion = None
            extra += 1
            absent += ("specversion",)
        try:
            _time = src_dict["time"]
        except KeyError:
            _time = None
            extra += 1
            absent += ("time",)
        try:
            _type_ = src_dict["type"]
        except KeyError:
            _type_ = None
            extra += 1
            absent += ("type",)
        try:
            _userassignedid = src_dict["userassignedid"]
        except KeyError:
            _userassignedid = None
            extra += 1
            absent += ("userassignedid",)
        instance._absent_keys = absent
        unknown = unknown_fields(src_dict, _KNOWN_FIELDS, extra) if extra else {}
        if _data.__class__ is dict or (_data is not None and isinstance(_data, dict)):
            try:
                _data = _BOOKING_UPDATED_WEBHOOK_PAYLOAD_FROM_DICT(_data)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        instance.data = _data
        instance.datacontenttype = _datacontenttype
        if _id.__class__ is not str:
            _id = checked_value(_id, str, "BookingUpdatedWebhookPayloadCloudEvent", "id")
        instance.id = _id
        instance.source = _source
        instance.specversion = _specversion
        instance._time_wire = _time
        instance.type_ = _type_
        instance.userassignedid = _userassignedid
        instance.additional_properties = unknown
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Timestamps are parsed on first read (see LazyTimestamp); from_dict stores the text as received.
lazy_timestamps(
    BookingUpdatedWebhookPayloadCloudEvent,
    "time",
)

# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.booking_updated_webhook_payload import BookingUpdatedWebhookPayload

# Bound once: looking a classmethod up binds it anew on every call.
_BOOKING_UPDATED_WEBHOOK_PAYLOAD_FROM_DICT = BookingUpdatedWebhookPayload.from_dict
