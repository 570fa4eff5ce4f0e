"""The demo government of Desa Serang from demo/content/pemerintahan.yaml: the Pemerintahan
page's intro, nine officials and five BPD members with portraits drawn by Pillow, and four
institutions. Idempotent: people and institutions are matched by name on the site."""

import datetime
import random

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import Image as PillowImage
from PIL import ImageDraw

from demo.images import demo_image, draw_emblem
from demo.reader import CONTENT_DIR, ContentError, check_keys, read_yaml
from government.models import (
    BPDMember,
    BPDPosition,
    Institution,
    InstitutionKind,
    Official,
    Position,
)
from villages.structure import SECTIONS

CONTENT_FILE = "pemerintahan.yaml"
PORTRAITS = ("peci", "hijab", "rambut")
OFFICIAL_KEYS = {"name", "position", "term_start", "portrait"}
OFFICIAL_OPTIONAL = {"term_end", "area", "phone", "email"}
BPD_KEYS = {"name", "position", "term_start", "portrait"}
BPD_OPTIONAL = {"term_end"}
INSTITUTION_KEYS = {"name", "kind", "leader_name", "description", "logo"}
INSTITUTION_OPTIONAL = {"member_count", "contact_phone"}

# Portrait colours: soft backgrounds, skin tones, clothes (batik-like, uniform khaki, white).
BACKGROUNDS = ["#dfe9e3", "#e6e1f0", "#f3e6d6", "#dbe7f1", "#efe0e0", "#e4ecd6"]
SKIN_TONES = ["#c68d62", "#a86f48", "#d9a47a", "#8d5a3a", "#b97d55"]
CLOTHES = ["#8a7a4f", "#2f4f6f", "#6b3a2a", "#3a5a40", "#5a4a7a", "#7a5230"]
HIJAB_COLOURS = ["#2f6f4f", "#7a1f3d", "#1d4f7a", "#8a6d3b", "#5b3a7a"]
HAIR_COLOURS = ["#1b1714", "#2b211b", "#3a2c22"]


def read_government(directory=CONTENT_DIR):
    """The file, checked before anything is saved (keys and choices, with the file's name)."""
    data = read_yaml(directory / CONTENT_FILE, {"intro", "officials", "bpd", "institutions"})
    for row in data["officials"]:
        check_row(row, OFFICIAL_KEYS, OFFICIAL_OPTIONAL, "position", Position)
        check_portrait(row)
    for row in data["bpd"]:
        check_row(row, BPD_KEYS, BPD_OPTIONAL, "position", BPDPosition)
        check_portrait(row)
    for row in data["institutions"]:
        check_row(row, INSTITUTION_KEYS, INSTITUTION_OPTIONAL, "kind", InstitutionKind)
        check_keys(row["logo"], {"initials", "colour"}, where=where(row))
    return data


def where(row):
    return f"{CONTENT_FILE} ({row.get('name', '?')})"


def check_row(row, required, optional, choice_key, choices):
    check_keys(row, required, optional, where=where(row))
    if row[choice_key] not in choices.values:
        raise ContentError(
            _("%(where)s: '%(value)s' tidak dikenal; pilih salah satu dari %(choices)s.")
            % {"where": where(row), "value": row[choice_key], "choices": ", ".join(choices.values)}
        )
    for key in ("term_start", "term_end"):
        if key in row and not isinstance(row[key], datetime.date):
            raise ContentError(
                _("%(where)s: %(key)s harus tanggal seperti 2019-12-20.")
                % {"where": where(row), "key": key}
            )


def check_portrait(row):
    if row["portrait"] not in PORTRAITS:
        raise ContentError(
            _("%(where)s: portrait harus salah satu dari %(choices)s.")
            % {"where": where(row), "choices": ", ".join(PORTRAITS)}
        )


def _rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _shade(colour, amount):
    return tuple(round(channel * (1 - amount)) for channel in colour)


def draw_portrait(style, seed, size=480):
    """A head-and-shoulders silhouette: background, clothes, neck and head, with a peci, a
    hijab or hair; colours picked from the seed so each person looks different."""
    rng = random.Random(seed)
    background = _rgb(rng.choice(BACKGROUNDS))
    skin = _rgb(rng.choice(SKIN_TONES))
    clothes = _rgb(rng.choice(CLOTHES))
    picture = PillowImage.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(picture)

    def box(left, top, right, bottom):
        return [left * size, top * size, right * size, bottom * size]

    if style == "hijab":
        scarf = _rgb(rng.choice(HIJAB_COLOURS))
        draw.ellipse(box(0.14, 0.66, 0.86, 1.36), fill=clothes)
        # The scarf falls over the shoulders and frames the face.
        draw.ellipse(box(0.2, 0.4, 0.8, 0.96), fill=scarf)
        draw.ellipse(box(0.28, 0.14, 0.72, 0.64), fill=scarf)
        draw.ellipse(box(0.36, 0.25, 0.64, 0.57), fill=skin)
        return picture

    draw.ellipse(box(0.12, 0.68, 0.88, 1.36), fill=clothes)
    draw.rectangle(box(0.43, 0.52, 0.57, 0.72), fill=_shade(skin, 0.12))
    # A shirt collar under the neck.
    draw.polygon(
        [(0.39 * size, 0.69 * size), (0.5 * size, 0.82 * size), (0.61 * size, 0.69 * size)],
        fill=(245, 245, 240),
    )
    draw.ellipse(box(0.33, 0.22, 0.67, 0.60), fill=skin)
    if style == "peci":
        draw.rectangle(box(0.33, 0.15, 0.67, 0.31), fill=(24, 24, 28))
        draw.ellipse(box(0.33, 0.12, 0.67, 0.20), fill=(24, 24, 28))
    else:
        hair = _rgb(rng.choice(HAIR_COLOURS))
        draw.chord(box(0.32, 0.17, 0.68, 0.50), start=180, end=360, fill=hair)
    return picture


def portrait(name, style):
    return demo_image(
        _("Foto %(name)s") % {"name": name},
        lambda: draw_portrait(style, name),
        f"foto-{slugify(name)}.jpg",
    )


def create_checked(model, **fields):
    """Saved only if it passes the admin form's checks (full_clean), else a ContentError."""
    item = model(**fields)
    try:
        item.full_clean()
    except ValidationError as error:
        messages = "; ".join(
            f"{key}: {' '.join(value)}" for key, value in error.message_dict.items()
        )
        raise ContentError(f"{CONTENT_FILE} ({fields['name']}): {messages}") from error
    item.save()
    return item


def ensure_intro(page, intro, report):
    """The page's intro, when it is empty or still the structure's neutral text."""
    texts = next(section for section in SECTIONS if section.attribute == "government")
    if page.intro and not texts.is_untouched(page):
        return
    page.intro = " ".join(intro.split())
    page.save_revision().publish()
    report(_("Pengantar halaman Pemerintahan diisi."))


def ensure_officials(site, rows, report):
    created = 0
    for row in rows:
        if Official.objects.filter(site=site, name=row["name"]).exists():
            continue
        fields = {key: value for key, value in row.items() if key != "portrait"}
        create_checked(Official, site=site, photo=portrait(row["name"], row["portrait"]), **fields)
        created += 1
    if created:
        report(_("Perangkat desa dibuat: %(count)d.") % {"count": created})


def ensure_bpd(site, rows, report):
    created = 0
    for number, row in enumerate(rows):
        if BPDMember.objects.filter(site=site, name=row["name"]).exists():
            continue
        fields = {key: value for key, value in row.items() if key != "portrait"}
        create_checked(
            BPDMember,
            site=site,
            sort_order=number,
            photo=portrait(row["name"], row["portrait"]),
            **fields,
        )
        created += 1
    if created:
        report(_("Anggota BPD dibuat: %(count)d.") % {"count": created})


def ensure_institutions(site, rows, report):
    created = 0
    for number, row in enumerate(rows):
        if Institution.objects.filter(site=site, name=row["name"]).exists():
            continue
        fields = {key: value for key, value in row.items() if key != "logo"}
        logo = row["logo"]
        image = demo_image(
            _("Logo %(name)s") % {"name": row["name"]},
            lambda logo=logo: draw_emblem(logo["initials"], logo["colour"]),
            f"logo-{slugify(row['name'])}.jpg",
        )
        create_checked(Institution, site=site, sort_order=number, logo=image, **fields)
        created += 1
    if created:
        report(_("Lembaga desa dibuat: %(count)d.") % {"count": created})


def load(pages, report):
    data = read_government()
    page = pages.government
    site = page.get_site()
    ensure_intro(page, data["intro"], report)
    ensure_officials(site, data["officials"], report)
    ensure_bpd(site, data["bpd"], report)
    ensure_institutions(site, data["institutions"], report)
