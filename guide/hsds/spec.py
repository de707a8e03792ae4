"""The tables of HSDS 3.0.0's tabular data package (openreferral/specification, datapackage.json).

Transcribed without the prose: each field is ``name``, then ``*`` if required, ``!`` if unique,
``:type`` when not a string and ``@format`` when it has one; enumerations and foreign keys follow.
The exporter writes every table (empty ones as a header only) so the package validates as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass

VERSION = "3.0.0"


@dataclass(frozen=True)
class Table:
    name: str
    path: str
    fields: tuple[str, ...]
    enums: dict[str, tuple[str, ...]]
    foreign_keys: dict[str, str]  # column -> table

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(_parse(f)[0] for f in self.fields)

    def descriptor(self) -> dict[str, object]:
        fields = []
        for text in self.fields:
            name, kind, fmt, required, unique = _parse(text)
            field: dict[str, object] = {"name": name, "type": kind}
            if fmt:
                field["format"] = fmt
            constraints: dict[str, object] = {"required": required, "unique": unique}
            if name in self.enums:
                constraints["enum"] = list(self.enums[name])
            field["constraints"] = constraints
            fields.append(field)
        schema: dict[str, object] = {"primaryKey": "id", "fields": fields}
        if self.foreign_keys:
            schema["foreignKeys"] = [{"fields": column, "reference": {"resource": table, "fields": "id"}}
                                     for column, table in self.foreign_keys.items()]
        return {"name": self.name, "path": self.path, "format": "csv", "mediatype": "text/csv",
                "profile": "tabular-data-resource", "schema": schema}


def _parse(text: str) -> tuple[str, str, str, bool, bool]:
    text, _, fmt = text.partition("@")
    text, _, kind = text.partition(":")
    required, unique = "*" in text, "!" in text
    return text.rstrip("*!"), kind or "string", fmt, required, unique


def _table(name: str, path: str, fields: str, enums: dict[str, tuple[str, ...]] | None = None,
           fks: str = "") -> Table:
    foreign = dict(pair.split(">") for pair in fks.split())
    return Table(name, path, tuple(fields.split()), enums or {}, foreign)


_LOCATION_TYPES = ("physical", "postal", "virtual")

TABLES: tuple[Table, ...] = (
    _table("organization", "organizations.csv",
           "id*! name* alternate_name description* email@email website@uri year_incorporated:number@%Y "
           "legal_status logo uri@uri parent_organization_id"),
    _table("program", "programs.csv", "id*! organization_id*! name* alternate_name description*",
           fks="organization_id>organization"),
    _table("service", "services.csv",
           "id*! organization_id* program_id name* alternate_name description url@uri email@email status* "
           "interpretation_services application_process fees_description accreditations eligibility_description "
           "minimum_age:number maximum_age:number assured_date:date assurer_email@email alert",
           {"status": ("active", "inactive", "defunct", "temporarily closed")},
           "organization_id>organization program_id>program"),
    _table("attribute", "attributes.csv", "id*! link_id* taxonomy_term_id* link_type* link_entity* value",
           fks="taxonomy_term_id>taxonomy_term"),
    _table("service_at_location", "service_at_location.csv", "id*! service_id* location_id* description",
           fks="service_id>service location_id>location"),
    _table("location", "locations.csv",
           "id*! location_type* url@uri organization_id name alternate_name description transportation "
           "latitude:number longitude:number external_identifier external_identifier_type",
           {"location_type": _LOCATION_TYPES}, "organization_id>organization"),
    _table("phone", "phones.csv",
           "id*! location_id service_id organization_id contact_id service_at_location_id number* "
           "extension:number type description",
           fks="location_id>location service_id>service organization_id>organization contact_id>contact "
               "service_at_location_id>service_at_location"),
    _table("contact", "contacts.csv",
           "id*! organization_id service_id service_at_location_id location_id name title department email@email",
           fks="organization_id>organization service_id>service service_at_location_id>service_at_location "
               "location_id>location"),
    # The specification names this file "addresss.csv" (sic); its examples and every reader use addresses.csv.
    _table("address", "addresses.csv",
           "id*! location_id attention address_1* address_2 city* region state_province* postal_code* country* "
           "address_type*", {"address_type": _LOCATION_TYPES}, "location_id>location"),
    _table("schedule", "schedules.csv",
           "id*! service_id location_id service_at_location_id valid_from:date valid_to:date dtstart:date "
           "timezone:number until:date count:date wkst freq interval:number byday byweekno bymonthday:number "
           "byyearday:number description opens_at:time closes_at:time schedule_link@uri attending_type notes",
           {"wkst": ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "freq": ("WEEKLY", "MONTHLY")},
           "service_id>service location_id>location service_at_location_id>service_at_location"),
    _table("funding", "funding.csv", "id*! organization_id service_id source",
           fks="organization_id>organization service_id>service"),
    _table("service_area", "service_areas.csv", "id*! service_id name description extent extent_type uri",
           fks="service_id>service"),
    _table("required_document", "required_documents.csv", "id*! service_id document", fks="service_id>service"),
    _table("language", "languages.csv", "id*! service_id location_id phone_id name code note",
           fks="service_id>service location_id>location phone_id>phone"),
    _table("accessibility", "accessibility.csv", "id*! location_id description details url@uri",
           fks="location_id>location"),
    _table("taxonomy_term", "taxonomy_terms.csv",
           "id*! code! name* description* parent_id taxonomy language taxonomy_id term_uri@uri",
           fks="taxonomy_id>taxonomy"),
    _table("metadata", "metadata.csv",
           "id*! resource_id* resource_type* last_action_date*:datetime last_action_type* field_name* "
           "previous_value* replacement_value* updated_by*"),
    _table("meta_table_description", "meta_table_descriptions.csv", "id*! name language character_set"),
    _table("cost_option", "cost_options.csv",
           "id*! service_id* valid_from:date valid_to:date option currency amount:number amount_description",
           fks="service_id>service"),
    _table("organization_identifier", "organization_identifiers.csv",
           "id*! organization_id* identifier_scheme identifier_type* identifier*", fks="organization_id>organization"),
    _table("taxonomy", "taxonomies.csv", "id*! name* description* uri@uri"),
)
BY_NAME = {t.name: t for t in TABLES}
