"""Contacts as data: a place people can reach — its telephone a `tel:` link, its e-mail a
`mailto:`, its hours, an appointment link and an OpenStreetMap link (no map script) — and, where
its details are not confirmed from an official source, a notice instead of invented data. The
service points are a directory by region."""

import importlib
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from contact.models import ServicePoint
from infomigra.models import Status
from lines.models import Institution
from lines.tests.factories import InstitutionFactory

pytestmark = pytest.mark.django_db


def point(**fields):
    defaults = {
        "name_es": "Ventanilla", "kind": ServicePoint.Kind.MTPE, "address": "Av. Salaverry 655",
        "city": "Lima", "region": "lima", "opening_hours_es": "Lunes a viernes, 8:30 a 16:30",
        "status": Status.PUBLISHED,
    }  # fmt: skip
    return ServicePoint.objects.create(**{**defaults, **fields})


def directory(client, **query):
    with translation.override("es"):
        return client.get(reverse("contact:service_points"), query).content.decode()


def test_a_place_can_be_called_written_to_booked_and_found_on_a_map(client):
    point(
        phone="(01) 630-6000 / 630-6030", email="ventanilla@example.gob.pe",
        appointment_url="https://citas.example.gob.pe/", latitude=Decimal("-12.0874"),
        longitude=Decimal("-77.0503"),
    )  # fmt: skip
    html = directory(client)
    assert '<a href="tel:016306000">(01) 630-6000 / 630-6030</a>' in html
    assert '<a href="mailto:ventanilla@example.gob.pe">' in html
    assert '<a href="https://citas.example.gob.pe/" rel="noopener">Pedir cita en línea</a>' in html
    assert (
        "https://www.openstreetmap.org/?mlat=-12.087400&amp;mlon=-77.050300"
        "#map=17/-12.087400/-77.050300"
    ) in html
    assert "Lunes a viernes, 8:30 a 16:30" in html
    assert "<script" not in html.split("<main", 1)[1]  # no map script


def test_unconfirmed_details_are_said_and_not_invented(client):
    point(name_es="Dirección regional", kind=ServicePoint.Kind.REGIONAL, address="", phone="",
          region="arequipa", city="Arequipa", opening_hours_es="", to_verify=True)  # fmt: skip
    html = directory(client)
    assert "Aún no hemos confirmado todos los datos de contacto de este lugar" in html
    assert "tel:" not in html.split('id="main"')[1]


def test_the_directory_is_filtered_by_region(client):
    point(name_es="Ventanilla de Lima", region="lima")
    point(name_es="Dirección regional de Cusco", region="cusco", kind=ServicePoint.Kind.REGIONAL)
    html = directory(client, region="cusco")
    assert "Dirección regional de Cusco" in html and "Ventanilla de Lima" not in html
    assert '<option value="cusco" selected>' in html
    assert "1 resultado" in html
    with translation.override("es"):
        bad = client.get(reverse("contact:service_points"), {"region": "atlantida"})
    assert bad.status_code == 400


def test_consulates_show_their_hours_and_appointment_link(client):
    InstitutionFactory(
        country="IT", city="Milán", address="Via Vittor Pisani 20", phone="+39 02 2900 4430",
        opening_hours_es="Lunes a viernes, 9:00 a 13:00",
        appointment_url="https://citas.example.it/",
    )  # fmt: skip
    with translation.override("es"):
        html = client.get(reverse("lines:institution_list"), {"country": "IT"}).content.decode()
    assert '<a href="tel:+390229004430">+39 02 2900 4430</a>' in html
    assert "Lunes a viernes, 9:00 a 13:00" in html
    assert "Pedir cita en línea" in html


def test_demo_consulates_without_an_address_or_telephone_are_flagged_for_editors():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    consulates = Institution.objects.filter(kind=Institution.Kind.CONSULATE)
    assert consulates.exists()
    for consulate in consulates:
        assert consulate.to_verify == (not (consulate.address and consulate.phone)), consulate


def test_the_migration_flags_consulates_with_missing_details():
    from django.apps import apps

    flag = importlib.import_module("lines.migrations.0006_contact_details").flag_missing_details
    complete = InstitutionFactory(address="Calle 1", phone="+34 91 000 0000")
    no_phone = InstitutionFactory(address="Calle 2", phone="")
    association = InstitutionFactory(kind=Institution.Kind.ASSOCIATION, address="", phone="")
    flag(apps, None)
    flagged = set(Institution.objects.filter(to_verify=True).values_list("pk", flat=True))
    assert flagged == {no_phone.pk}
    assert complete.pk not in flagged and association.pk not in flagged


def test_editors_find_the_places_to_confirm_and_fill_in_their_details(admin_client):
    flagged = InstitutionFactory(name_es="Consulado sin teléfono", to_verify=True)
    InstitutionFactory(name_es="Consulado completo")
    changelist = admin_client.get(
        reverse("admin:lines_institution_changelist"), {"to_verify__exact": "1"}
    )
    html = changelist.content.decode()
    assert "Consulado sin teléfono" in html and "Consulado completo" not in html
    form = admin_client.get(reverse("admin:lines_institution_change", args=[flagged.pk]))
    for name in ("appointment_url", "latitude", "longitude", "opening_hours_es", "to_verify"):
        assert f'name="{name}"' in form.content.decode(), name


def test_the_demo_directory_covers_regional_labour_authorities_without_inventing_them(client):
    """§5.5: desks in Lima, Callao and the regions. The seeds name no address for the regional
    authorities: the demo lists them by region, flagged, with nothing invented."""
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    regional = ServicePoint.objects.filter(kind=ServicePoint.Kind.REGIONAL)
    assert sorted(regional.values_list("region", flat=True)) == [
        "callao", "ica", "lambayeque", "piura", "ucayali"
    ]  # fmt: skip
    for place in regional:
        assert place.to_verify and not (place.address or place.phone or place.opening_hours)
    html = directory(client, region="piura").split('id="main"')[1].split("</main>")[0]
    assert "Dirección o Gerencia Regional de Trabajo y Promoción del Empleo de Piura" in html
    assert "Ventanilla Perú InfoMigra – Ministerio de Trabajo" not in html
    assert "Aún no hemos confirmado todos los datos de contacto de este lugar" in html
    assert "Dirección</dt>" not in html  # no empty address shown
    with translation.override("en"):
        english = client.get(reverse("contact:service_points"), {"region": "callao"})
    assert (
        "Regional Directorate of Labour and Employment Promotion – Callao"
        in english.content.decode()
    )


def test_a_service_point_may_be_saved_with_its_address_still_to_confirm(admin_client):
    form = admin_client.get(reverse("admin:contact_servicepoint_add")).content.decode()
    assert 'name="address" ' in form and 'name="address" required' not in form
