from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import format_timestamp, parse_timestamp

T = TypeVar("T", bound="LeadCreatedWebhookCloudEvent")


@_attrs_define
class LeadCreatedWebhookCloudEvent:
    """A lead-created webhook delivery, as a CloudEvent.

    Webhook payload model from the July 2025 official export. No CRM operation returns it; kept so webhook receivers can
    parse deliveries with the same models.

    """

    data: LeadCreatedWebhook | None
    datacontenttype: None | str
    id: None | str
    source: None | str
    specversion: None | str
    time: datetime.datetime | None
    type_: None | str
    userassignedid: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | None
        if isinstance(self.data, LeadCreatedWebhook):
            data = self.data.to_dict()
        else:
            data = self.data

        datacontenttype: None | str
        datacontenttype = self.datacontenttype

        id: None | str
        id = self.id

        source: None | str
        source = self.source

        specversion: None | str
        specversion = self.specversion

        time: None | str
        if isinstance(self.time, datetime.datetime):
            time = format_timestamp(self.time)
        else:
            time = self.time

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_data(data: object) -> LeadCreatedWebhook | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = LeadCreatedWebhook.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadCreatedWebhook | None, data)

        data = _parse_data(d.pop("data", None))

        datacontenttype: None | str = d.pop("datacontenttype", None)

        id: None | str = d.pop("id", None)

        source: None | str = d.pop("source", None)

        specversion: None | str = d.pop("specversion", None)

        def _parse_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_type_0 = parse_timestamp(data)

                return time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        time = _parse_time(d.pop("time", None))

        type_: None | str = d.pop("type", None)

        userassignedid: None | str = d.pop("userassignedid", None)

        lead_created_webhook_cloud_event = cls(
            data=data,
            datacontenttype=datacontenttype,
            id=id,
            source=source,
            specversion=specversion,
            time=time,
            type_=type_,
            userassignedid=userassignedid,
        )

        lead_created_webhook_cloud_event.additional_properties = d
        return lead_created_webhook_cloud_event

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


# Imported after the class, once, rather than inside every from_dict/to_dict call: models may
# refer to each other, and by now this module's class exists for any module importing it back.
from ..models.lead_created_webhook import LeadCreatedWebhook
