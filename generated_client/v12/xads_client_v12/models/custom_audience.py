from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_audience_permission_level import CustomAudiencePermissionLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_audience_metadata import CustomAudienceMetadata


T = TypeVar("T", bound="CustomAudience")


@_attrs_define
class CustomAudience:
    """An audience of users. `permission_level` says what this account may do with it; owned
    audiences carry `owner_account_id` (some answers give `is_owner` instead). Flexible
    audiences describe how they were built in `metadata`.

        Attributes:
            id (str): Audience id.
            name (str | Unset):
            description (None | str | Unset):
            audience_type (str | Unset): Kind of audience.
            audience_size (int | None | Unset): Number of matched users; null while unknown (e.g. still processing).
            targetable (bool | Unset): Whether campaigns can target the audience now.
            targetable_types (list[str] | Unset): Ways the audience can be targeted, e.g. CRM and EXCLUDED_CRM.
            reasons_not_targetable (list[str] | Unset): Why the audience cannot be targeted yet, e.g. PROCESSING, TOO_SMALL.
            permission_level (CustomAudiencePermissionLevel | Unset):
            owner_account_id (str | Unset): The ads account that owns the audience.
            is_owner (bool | Unset): Whether the requesting account owns the audience.
            partner_source (str | Unset):
            metadata (list[CustomAudienceMetadata] | Unset): For flexible audiences, how they were built.
            created_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            updated_at (datetime.datetime | Unset): ISO 8601 timestamp in UTC, e.g. `2017-07-10T00:00:00Z`.
            deleted (bool | Unset):
    """

    id: str
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    audience_type: str | Unset = UNSET
    audience_size: int | None | Unset = UNSET
    targetable: bool | Unset = UNSET
    targetable_types: list[str] | Unset = UNSET
    reasons_not_targetable: list[str] | Unset = UNSET
    permission_level: CustomAudiencePermissionLevel | Unset = UNSET
    owner_account_id: str | Unset = UNSET
    is_owner: bool | Unset = UNSET
    partner_source: str | Unset = UNSET
    metadata: list[CustomAudienceMetadata] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        audience_type = self.audience_type

        audience_size: int | None | Unset
        if isinstance(self.audience_size, Unset):
            audience_size = UNSET
        else:
            audience_size = self.audience_size

        targetable = self.targetable

        targetable_types: list[str] | Unset = UNSET
        if not isinstance(self.targetable_types, Unset):
            targetable_types = self.targetable_types

        reasons_not_targetable: list[str] | Unset = UNSET
        if not isinstance(self.reasons_not_targetable, Unset):
            reasons_not_targetable = self.reasons_not_targetable

        permission_level: str | Unset = UNSET
        if not isinstance(self.permission_level, Unset):
            permission_level = self.permission_level.value

        owner_account_id = self.owner_account_id

        is_owner = self.is_owner

        partner_source = self.partner_source

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.UTC))
                .astimezone(datetime.UTC)
                .isoformat()
                .replace("+00:00", "Z")
            )

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                (self.updated_at if self.updated_at.tzinfo else self.updated_at.replace(tzinfo=datetime.UTC))
                .astimezone(datetime.UTC)
                .isoformat()
                .replace("+00:00", "Z")
            )

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if audience_type is not UNSET:
            field_dict["audience_type"] = audience_type
        if audience_size is not UNSET:
            field_dict["audience_size"] = audience_size
        if targetable is not UNSET:
            field_dict["targetable"] = targetable
        if targetable_types is not UNSET:
            field_dict["targetable_types"] = targetable_types
        if reasons_not_targetable is not UNSET:
            field_dict["reasons_not_targetable"] = reasons_not_targetable
        if permission_level is not UNSET:
            field_dict["permission_level"] = permission_level
        if owner_account_id is not UNSET:
            field_dict["owner_account_id"] = owner_account_id
        if is_owner is not UNSET:
            field_dict["is_owner"] = is_owner
        if partner_source is not UNSET:
            field_dict["partner_source"] = partner_source
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_audience_metadata import CustomAudienceMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        audience_type = d.pop("audience_type", UNSET)

        def _parse_audience_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audience_size = _parse_audience_size(d.pop("audience_size", UNSET))

        targetable = d.pop("targetable", UNSET)

        targetable_types = cast(list[str], d.pop("targetable_types", UNSET))

        reasons_not_targetable = cast(list[str], d.pop("reasons_not_targetable", UNSET))

        _permission_level = d.pop("permission_level", UNSET)
        permission_level: CustomAudiencePermissionLevel | Unset
        if isinstance(_permission_level, Unset):
            permission_level = UNSET
        else:
            permission_level = CustomAudiencePermissionLevel(_permission_level)

        owner_account_id = d.pop("owner_account_id", UNSET)

        is_owner = d.pop("is_owner", UNSET)

        partner_source = d.pop("partner_source", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: list[CustomAudienceMetadata] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = CustomAudienceMetadata.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        deleted = d.pop("deleted", UNSET)

        custom_audience = cls(
            id=id,
            name=name,
            description=description,
            audience_type=audience_type,
            audience_size=audience_size,
            targetable=targetable,
            targetable_types=targetable_types,
            reasons_not_targetable=reasons_not_targetable,
            permission_level=permission_level,
            owner_account_id=owner_account_id,
            is_owner=is_owner,
            partner_source=partner_source,
            metadata=metadata,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        custom_audience.additional_properties = d
        return custom_audience

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
