"""Profil Desa Serang for the demo, from demo/content/profil.yaml: the profile page's body
with its facts and tables, its sub-pages (Sejarah Desa, Visi & Misi, Geografi), the Kontak
page's "before you visit" notes and the office's place on the map. The two sections' titles
and intros are desa.yaml's (demo/site.py). Idempotent: a page is filled only while its body
is empty and no person has saved it, and settings only while they are unset."""

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.utils.translation import gettext as _

from core.models import VillageSettings
from demo.images import demo_image, draw_landscape
from demo.reader import (
    CONTENT_DIR,
    ContentError,
    check_keys,
    markdown_to_html,
    parse_body,
    read_yaml,
)
from standard_pages.blocks import DataTableBlock, StandardPageBodyBlock
from standard_pages.models import ContactPage, StandardPage

CONTENT_FILE = CONTENT_DIR / "profil.yaml"
PAGE_FIELDS = {"slug", "title", "intro", "body"}
CONTACT_FIELDS = {"visit_info", "office_location"}
COLUMN_TYPES = set(DataTableBlock.base_blocks)


# --- Reading ---------------------------------------------------------------------------


def read_profile(path=CONTENT_FILE):
    """The file's pages and contact texts, checked before anything is saved."""
    path = Path(path)
    data = read_yaml(path, {"profile", "pages", "contact"})
    where = path.name
    check_keys(data["profile"], required={"body"}, where=f"{where}: profile")
    profile = {"body": read_body(data["profile"]["body"], f"{where}: profile")}
    pages = []
    for row in data["pages"]:
        page_where = f"{where}: {row.get('slug', '?') if isinstance(row, dict) else '?'}"
        check_keys(row, required=PAGE_FIELDS, where=page_where)
        pages.append({**row, "body": read_body(row["body"], page_where)})
    check_keys(data["contact"], required=CONTACT_FIELDS, where=f"{where}: contact")
    contact = {
        "visit_info": rich_text(data["contact"]["visit_info"]),
        "office_location": office_location(data["contact"]["office_location"], where),
    }
    return {"profile": profile, "pages": pages, "contact": contact}


def read_body(entries, where):
    """Markdown sections (as in articles) and `facts:` or `table:` blocks, in order."""
    if not isinstance(entries, list):
        raise ContentError(_("%(where)s: body harus berupa daftar bagian") % {"where": where})
    body = []
    for entry in entries:
        if isinstance(entry, str):
            blocks = parse_body(entry)
        elif isinstance(entry, dict) and len(entry) == 1 and next(iter(entry)) in STRUCTURED:
            kind, value = next(iter(entry.items()))
            blocks = [(kind, STRUCTURED[kind](value, f"{where}: {kind}"))]
        else:
            raise ContentError(
                _("%(where)s: setiap bagian body berupa teks Markdown, facts: atau table:")
                % {"where": where}
            )
        for kind, _value in blocks:
            if kind not in StandardPageBodyBlock.base_blocks:
                raise ContentError(
                    _("%(where)s: blok %(kind)s tidak dipakai di halaman informasi")
                    % {"where": where, "kind": kind}
                )
        body += [
            (kind, rich_text_of(value) if kind == "paragraph" else value) for kind, value in blocks
        ]
    return body


def rich_text(markdown):
    return rich_text_of(markdown_to_html(markdown))


def rich_text_of(html):
    """Wagtail's HTML without the indentation of list items wrapped over several lines."""
    return re.sub(r" {2,}", " ", html)


def plain_text(value, where):
    """A YAML scalar as the reader sees it; a float would already have lost its digits
    (1.050 reads as 1.05), so it must be quoted."""
    if isinstance(value, bool | float) or not isinstance(value, str | int):
        raise ContentError(
            _("%(where)s: tulis %(value)s dalam tanda kutip") % {"where": where, "value": value}
        )
    return str(value)


def facts_value(value, where):
    check_keys(value, required={"items"}, optional={"title"}, where=where)
    items = value["items"]
    if not isinstance(items, dict) or not items:
        raise ContentError(_("%(where)s: items berisi baris 'Keterangan: isi'") % {"where": where})
    return {
        "title": plain_text(value.get("title", ""), where),
        "items": [
            {"label": plain_text(label, where), "value": plain_text(text, where)}
            for label, text in items.items()
        ],
    }


def table_value(value, where):
    check_keys(value, required={"caption", "columns", "rows"}, where=where)
    columns = []
    for column in value["columns"]:
        check_keys(column, required={"heading", "type"}, where=where)
        if column["type"] not in COLUMN_TYPES:
            raise ContentError(
                _("%(where)s: jenis kolom %(type)s tidak dikenal; pilih %(types)s")
                % {"where": where, "type": column["type"], "types": ", ".join(sorted(COLUMN_TYPES))}
            )
        columns.append({"type": column["type"], "heading": plain_text(column["heading"], where)})
    rows = []
    for row in value["rows"]:
        if not isinstance(row, list) or len(row) != len(columns):
            raise ContentError(
                _("%(where)s: baris %(row)s harus berisi %(count)d nilai")
                % {"where": where, "row": row, "count": len(columns)}
            )
        values = [cell(column, item, where) for column, item in zip(columns, row, strict=True)]
        rows.append({"values": values})
    return {"caption": plain_text(value["caption"], where), "columns": columns, "rows": rows}


def cell(column, value, where):
    text = plain_text(value, where)
    if column["type"] == "rich_text":
        return rich_text(text)
    if column["type"] == "number":
        try:
            return str(Decimal(text))
        except InvalidOperation as error:
            raise ContentError(
                _("%(where)s: %(value)s bukan angka") % {"where": where, "value": text}
            ) from error
    return text


def office_location(value, where):
    if not isinstance(value, list) or len(value) != 2:
        raise ContentError(
            _("%(where)s: office_location berisi lintang dan bujur") % {"where": where}
        )
    try:
        latitude, longitude = (Decimal(plain_text(part, where)) for part in value)
    except InvalidOperation as error:
        message = _("%(where)s: office_location bukan angka") % {"where": where}
        raise ContentError(message) from error
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ContentError(_("%(where)s: office_location di luar Bumi") % {"where": where})
    return latitude, longitude


STRUCTURED = {"facts": facts_value, "table": table_value}


# --- Saving ----------------------------------------------------------------------------


def load(pages, report):
    """Fill pages.profile and pages.contact (a villages.structure.VillageSite) and the
    settings of pages.site with the demo's texts, where nobody has written their own."""
    content = read_profile()
    profile = StandardPage.objects.get(pk=pages.profile.pk)
    if fill_page(profile, content["profile"]):
        report(_("Isi halaman Profil Desa dimuat."))
    for row in content["pages"]:
        ensure_sub_page(profile, row, report)
    contact = ContactPage.objects.get(pk=pages.contact.pk)
    if fill_contact(contact, content["contact"]):
        report(_("Catatan sebelum berkunjung di halaman Kontak dimuat."))
    ensure_office_location(pages.site, content["contact"]["office_location"], report)


def touched_by_people(page):
    """Whether an editor has saved the page: the structure and the demo save without one."""
    return page.revisions.exclude(user=None).exists()


def fill_page(page, data):
    """Give an untouched page with an empty body the demo's texts, and publish it."""
    if page.body or touched_by_people(page):
        return False
    for name in ("title", "intro"):
        if name in data:
            setattr(page, name, data[name])
    page.body = body_with_pictures(data["body"], page.slug)
    page.save_revision().publish()
    return True


def ensure_sub_page(profile, row, report):
    page = StandardPage.objects.child_of(profile).filter(slug=row["slug"]).first()
    if page is None:
        page = profile.add_child(instance=StandardPage(title=row["title"], slug=row["slug"]))
        fill_page(page, row)
        report(_("Halaman %s dibuat.") % row["title"])
    elif fill_page(page, row):
        report(_("Halaman %s diisi.") % row["title"])


def body_with_pictures(body, slug):
    """The parsed body with each image block's colour drawn into a library picture."""
    blocks = []
    for number, (kind, value) in enumerate(body, start=1):
        if kind == "image":
            seed = f"{slug}-{number}"
            picture = demo_image(
                value["caption"] or value["alt_text"],
                lambda colour=value["image"], seed=seed: draw_landscape(colour, seed),
                f"profil-{seed}.jpg",
            )
            value = {**value, "image": picture}
        blocks.append((kind, value))
    return blocks


def fill_contact(contact, data):
    if contact.visit_info or touched_by_people(contact):
        return False
    contact.visit_info = data["visit_info"]
    contact.save_revision().publish()
    return True


def ensure_office_location(site, location, report):
    village = VillageSettings.for_site(site)
    if village.office_latitude is not None or village.office_longitude is not None:
        return
    village.office_latitude, village.office_longitude = location
    village.save(update_fields=["office_latitude", "office_longitude"])
    report(_("Titik lokasi kantor desa diisi."))
