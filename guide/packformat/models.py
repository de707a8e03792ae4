"""The guide pack's schema as SQLAlchemy 2 models.

The pack is written only by ``guide.content`` (through these models) and read only through
``guide.store`` (plain sqlite3 over the same tables; the schema's version and the search index's DDL
are in ``guide.packformat.schema``, which needs no SQLAlchemy).
The directory follows Open Referral HSDS 3.0: organizations have services, services are offered
at locations (service_at_location), locations have addresses; phones and schedules belong to any
of these. Areas, languages and categories of an organization are the union of its own and its
services' (and its addresses' states), denormalised so that the filter bar reads one table.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, ForeignKeyConstraint, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Meta(Base):
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Article(Base):
    """One article in one language: the guide's own language (meta `language`), or a translation."""

    __tablename__ = "article"
    slug: Mapped[str] = mapped_column(String, primary_key=True)
    language: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    updated: Mapped[str] = mapped_column(String)
    audience: Mapped[str] = mapped_column(Text)  # comma separated
    html: Mapped[str] = mapped_column(Text)
    plain_text: Mapped[str] = mapped_column(Text)


class ArticleSource(Base):
    __tablename__ = "article_source"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_slug: Mapped[str] = mapped_column(String)
    article_language: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)
    publisher: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(Text)
    __table_args__ = (
        ForeignKeyConstraint(["article_slug", "article_language"], ["article.slug", "article.language"]),
        Index("ix_article_source_article", "article_slug", "article_language"),
    )


class Translation(Base):
    """Another language's text for one field of a record; the record keeps the guide's own text.

    kind and ref: guide ("") title/subtitle; hotline ("") name/text_hint/spanish_service; category
    (id) label; menu (node id) title; organization (key) description/language_note.
    """

    __tablename__ = "translation"
    language: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    ref: Mapped[str] = mapped_column(String, primary_key=True)
    field: Mapped[str] = mapped_column(String, primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class Category(Base):
    __tablename__ = "category"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)


class Organization(Base):
    __tablename__ = "organization"
    # Integer ids let the table view fetch rows lazily by position; `key` is the authored id.
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str] = mapped_column(Text)
    sort_name: Mapped[str] = mapped_column(Text, index=True)
    alternate_name: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    language_note: Mapped[str] = mapped_column(Text, default="")
    verified: Mapped[str] = mapped_column(String, default="")
    # Denormalised for the filter bar and the table: one indexed column beats a join per keystroke.
    categories: Mapped[str] = mapped_column(Text, default="")  # " hotline legal " (space padded)
    areas: Mapped[str] = mapped_column(Text, default="")  # " US CA "
    languages: Mapped[str] = mapped_column(Text, default="")  # " en es "
    main_phone: Mapped[str] = mapped_column(Text, default="")
    always_open: Mapped[int] = mapped_column(Integer, default=0)
    has_text: Mapped[int] = mapped_column(Integer, default=0)
    # A location in location_point (near-me search); indexed for the few without one (hotlines).
    has_place: Mapped[int] = mapped_column(Integer, default=0, index=True)


class OrganizationCategory(Base):
    __tablename__ = "organization_category"
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), primary_key=True)
    category_id: Mapped[str] = mapped_column(ForeignKey("category.id"), primary_key=True)
    __table_args__ = (Index("ix_orgcat_category", "category_id", "organization_id"),)


class ServiceArea(Base):
    __tablename__ = "service_area"
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), primary_key=True)
    area: Mapped[str] = mapped_column(String, primary_key=True)
    __table_args__ = (Index("ix_area_area", "area", "organization_id"),)


class OrganizationLanguage(Base):
    __tablename__ = "organization_language"
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String, primary_key=True)
    __table_args__ = (Index("ix_lang_lang", "language", "organization_id"),)


class _PartOfOrganization:
    """A service's or a location's: its organization, its place among the others, its names."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    alternate_name: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class Service(_PartOfOrganization, Base):
    __tablename__ = "service"
    url: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String, default="active")
    eligibility: Mapped[str] = mapped_column(Text, default="")
    minimum_age: Mapped[int | None] = mapped_column(Integer)
    maximum_age: Mapped[int | None] = mapped_column(Integer)
    fees: Mapped[str] = mapped_column(Text, default="")
    application_process: Mapped[str] = mapped_column(Text, default="")
    required_documents: Mapped[str] = mapped_column(Text, default="")
    wait_time: Mapped[str] = mapped_column(Text, default="")
    interpretation: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(Text, default="")  # " en es " (space padded, as the organization's)
    areas: Mapped[str] = mapped_column(Text, default="")
    area_note: Mapped[str] = mapped_column(Text, default="")
    categories: Mapped[str] = mapped_column(Text, default="")
    assured_date: Mapped[str] = mapped_column(String, default="")
    last_modified: Mapped[str] = mapped_column(String, default="")


class Location(_PartOfOrganization, Base):
    __tablename__ = "location"
    transportation: Mapped[str] = mapped_column(Text, default="")
    accessibility: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    languages: Mapped[str] = mapped_column(Text, default="")
    # Worked out by the writer, for near-me and open-now (guide.nearby): the zone of the location's
    # ZIP code, else of its state; and whether its point in location_point is its ZIP's centroid.
    time_zone: Mapped[str] = mapped_column(String, default="")
    approximate: Mapped[int] = mapped_column(Integer, default=0)


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String)  # physical | postal | virtual
    street: Mapped[str] = mapped_column(Text, default="")
    street_2: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String, default="")
    postal_code: Mapped[str] = mapped_column(String, default="")
    country: Mapped[str] = mapped_column(String, default="")
    attention: Mapped[str] = mapped_column(Text, default="")


class ServiceAtLocation(Base):
    __tablename__ = "service_at_location"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")


class _Owned:
    """A phone's or a schedule's owner: an organization; one of its services, locations or services at
    a location when that id is set (organization_id is always set, so a detail view reads one table)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    service_at_location_id: Mapped[int | None] = mapped_column(ForeignKey("service_at_location.id"))
    position: Mapped[int] = mapped_column(Integer)


class Phone(_Owned, Base):

    __tablename__ = "phone"
    number: Mapped[str] = mapped_column(Text)
    extension: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String)  # guide.packformat.directory_values.PHONE_KINDS
    hours: Mapped[str] = mapped_column(Text, default="")
    always_open: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(Text, default="")


class Schedule(_Owned, Base):
    """Opening hours of a service, a location or a service at a location."""

    __tablename__ = "schedule"
    weekday: Mapped[int] = mapped_column(Integer, default=0)  # 1 Monday .. 7 Sunday, 0 for a dated exception
    opens: Mapped[str] = mapped_column(String, default="")
    closes: Mapped[str] = mapped_column(String, default="")
    closed: Mapped[int] = mapped_column(Integer, default=0)
    valid_from: Mapped[str] = mapped_column(String, default="")
    valid_to: Mapped[str] = mapped_column(String, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class OrganizationSource(Base):
    __tablename__ = "organization_source"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    publisher: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(Text)


class Link(Base):
    __tablename__ = "link"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text, default="")
    url_note: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String)
    publisher: Mapped[str] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")


class MenuNode(Base):
    __tablename__ = "menu_node"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("menu_node.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String)  # article | organizations | links | folder
    target: Mapped[str] = mapped_column(Text, default="")  # slug, category id or "all", link kind or "all"
