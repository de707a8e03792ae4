"""Organizations, services, locations and services at a location, linked however the directory
links them: a service by its organization_id, or only through a location (its service_at_location
rows, or the Ohana API's ``services.location_id``); a location by its organization_id or through
the services offered at it."""

from __future__ import annotations

from guide.hsds.csvstream import Row
from guide.hsds.drafts import Links, LocationDraft, OrgDraft, SalDraft, ServiceDraft
from guide.hsds.normalise import plain_text
from guide.hsds.run import Run

INACTIVE = {"inactive", "defunct"}


def map_organizations(run: Run, links: Links) -> None:
    for org_id, row in run.every("organizations", run.unique("organization")):
        name = plain_text(row.get("name")) or plain_text(row.get("alternate_name"))
        if not name:
            links.leave_out("organization", org_id)
            run.drop(row, "no name", "organization without a name")
            continue
        if not row.get("name"):
            run.problem(row, "organization without a name; its alternate name is used")
            run.changed(row)
        links.orgs[org_id] = OrgDraft(row, name)
        if not row.get("description"):
            run.problem(row, "organization without a description (required by HSDS 3.0); imported")


def map_locations(run: Run, links: Links) -> None:
    for location_id, row in run.unique("location").items():
        draft = LocationDraft(row, location_id)
        org_id = row.get("organization_id")
        if org_id in links.orgs:
            draft.orgs.append(links.orgs[org_id])
        links.locations[location_id] = draft


def map_services(run: Run, links: Links) -> None:
    for service_id, row in run.every("services", run.unique("service")):
        status = row.get("status").strip().lower()
        if status in INACTIVE:
            links.leave_out("service", service_id)
            run.drop(row, f"{status} service", f"service {row.get('name')!r} is {status}")
            continue
        draft = ServiceDraft(row, service_id, links.orgs.get(row.get("organization_id")))
        links.services[service_id] = draft
        # Ohana: a service hangs off a location, which is offered there.
        location = links.locations.get(row.get("location_id"))
        if location is not None:
            sal = SalDraft(row, draft, location)
            draft.at.append(sal)


def map_services_at_locations(run: Run, links: Links) -> None:
    for sal_id, row in run.unique("service_at_location").items():
        service_id, location_id = row.get("service_id"), row.get("location_id")
        if not service_id or not location_id:
            links.leave_out("service_at_location", sal_id)
            missing = "location_id" if service_id else "service_id"
            run.drop(row, "not linked", f"service at a location without a {missing}")
            continue
        if "," in service_id and service_id not in links.services:
            # Some exports list several services in one cell ("89016,89006"): one row for each.
            listed = [s.strip() for s in service_id.split(",") if s.strip() in links.services]
            if listed and location_id in links.locations:
                for one in listed:
                    _offer(links, links.services[one], links.locations[location_id], row, f"{sal_id}#{one}")
                run.changed(row)
                run.problem(row, f"service_id {service_id!r} lists several services; the location is kept for "
                                 f"each of {', '.join(listed)}")
                continue
        if links.was_left_out("service", service_id):
            links.leave_out("service_at_location", sal_id)
            run.drop(row, "left-out service", f"service_id {service_id!r} is a service left out")
            continue
        service, location = links.services.get(service_id), links.locations.get(location_id)
        if service is None or location is None:
            links.leave_out("service_at_location", sal_id)
            run.missing(row, "service_id" if service is None else "location_id",
                        "service" if service is None else "location")
            continue
        _offer(links, service, location, row, sal_id)


def _offer(links: Links, service: ServiceDraft, location: LocationDraft, row: Row, sal_id: str) -> None:
    existing = next((at for at in service.at if at.location is location), None)
    sal = existing or SalDraft(row, service, location)
    if existing is None:
        service.at.append(sal)
    links.sals[sal_id] = sal


def _drop_unlinked(run: Run, links: Links, row: Row, unlinked: str) -> None:
    org_id = row.get("organization_id")
    if org_id and links.was_left_out("organization", org_id):
        run.drop(row, "left-out organization", f"organization_id {org_id!r} is an organization left out")
    elif org_id:
        run.missing(row, "organization_id", "organization")
    else:
        run.drop(row, "no organization", unlinked)


def resolve(run: Run, links: Links) -> None:
    """Give each service its organization and each location its organizations, through the links
    between them; drop (and count) what no link reaches."""
    for service_id, service in list(links.services.items()):
        if service.org is None:
            service.org = next((org for at in service.at for org in at.location.orgs), None)
            if service.org is not None:
                run.changed(service.row)
                if service.row.get("organization_id"):
                    run.problem(service.row, f"organization_id {service.row.get('organization_id')!r} refers to "
                                             "a missing organization; the service is kept under its location's")
        if service.org is None:
            del links.services[service_id]
            links.leave_out("service", service_id)
            _drop_unlinked(run, links, service.row,
                           "service linked to no organization (none of its own, none through a location)")
            continue
        service.org.services.append(service)
        for at in service.at:
            if service.org not in at.location.orgs:
                at.location.orgs.append(service.org)
    for location_id, location in list(links.locations.items()):
        if not location.orgs:
            del links.locations[location_id]
            links.leave_out("location", location_id)
            _drop_unlinked(run, links, location.row, "location linked to no organization and no service")
            continue
        for org in location.orgs:
            org.locations.append(location)
    kept_rows = {id(sal.row) for sal in links.sals.values() if sal.service.org is not None}
    dropped_rows: set[int] = set()
    for sal_id, sal in list(links.sals.items()):
        if sal.service.org is None:
            del links.sals[sal_id]
            links.leave_out("service_at_location", sal_id)
            # A row may stand for several services (or repeat another): counted once, and only when
            # none of its services is kept.
            if id(sal.row) not in kept_rows and id(sal.row) not in dropped_rows:
                dropped_rows.add(id(sal.row))
                run.drop(sal.row, "left-out service", "its service is left out")
