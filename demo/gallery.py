"""The Galeri's demo albums (demo/content/galeri.yaml), with photos drawn locally by Pillow:
fields, stages, market stalls, crowds and rooms full of simple villagers, so that the photo
grid and viewer have varied pictures to show. Idempotent: albums are matched by slug."""

import random
from datetime import date
from pathlib import Path

from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from demo.images import demo_image, draw_landscape
from demo.reader import CONTENT_DIR, ContentError, check_keys, read_yaml
from gallery.models import AlbumPage, AlbumPhoto

ALBUM_FIELDS = {"slug", "title", "date", "description", "photos"}
PHOTO_FIELDS = {"scene", "colour", "caption"}
LANDSCAPE, PORTRAIT = (1600, 1067), (1067, 1600)
SKIN = [(141, 85, 36), (198, 134, 66), (224, 172, 105), (176, 112, 66), (160, 100, 60)]
CLOTHES = [
    (192, 57, 43),
    (41, 128, 185),
    (39, 174, 96),
    (243, 156, 18),
    (142, 68, 173),
    (236, 240, 241),
    (44, 62, 80),
    (211, 84, 0),
    (22, 160, 133),
    (241, 196, 15),
]


def load(pages, report):
    """Create the albums of galeri.yaml that `pages.gallery` does not hold yet, each with
    its photos, published through a revision as the admin does."""
    index = pages.gallery
    created = 0
    for data in read_albums():
        if AlbumPage.objects.child_of(index).filter(slug=data["slug"]).exists():
            continue
        album = AlbumPage(
            title=data["title"],
            slug=data["slug"],
            date=data["date"],
            description=data["description"].strip(),
        )
        for number, photo in enumerate(data["photos"], start=1):
            album.photos.add(
                AlbumPhoto(image=album_image(data, number, photo), caption=photo["caption"])
            )
        index.add_child(instance=album)
        album.save_revision().publish()
        created += 1
    if created:
        report(_("%d album galeri dibuat.") % created)


def read_albums(path=None):
    """The albums of galeri.yaml, checked before anything is saved."""
    path = Path(path or CONTENT_DIR / "galeri.yaml")
    albums = read_yaml(path, {"albums"})["albums"]
    for album in albums:
        where = f"{path.name}: {album.get('slug', '?') if isinstance(album, dict) else '?'}"
        check_keys(album, required=ALBUM_FIELDS, where=where)
        if not isinstance(album["date"], date):
            raise ContentError(f"{where}: " + _("date harus berupa tanggal TTTT-BB-HH"))
        if not album["photos"]:
            raise ContentError(f"{where}: " + _("album perlu minimal satu foto"))
        for photo in album["photos"]:
            check_keys(photo, required=PHOTO_FIELDS, optional={"portrait"}, where=where)
            if photo["scene"] not in SCENES:
                raise ContentError(
                    f"{where}: "
                    + _("scene %(scene)s tidak dikenal; pilih salah satu dari: %(names)s")
                    % {"scene": photo["scene"], "names": ", ".join(SCENES)}
                )
    return albums


def album_image(album, number, photo):
    seed = f"{album['slug']}-{number}"
    size = PORTRAIT if photo.get("portrait") else LANDSCAPE
    return demo_image(
        f"Galeri: {album['title']} ({number})",
        lambda: draw_scene(photo["scene"], photo["colour"], seed, size),
        f"{slugify(seed)}.jpg",
    )


# --- Drawing -----------------------------------------------------------------------------


def rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def mix(colour, other, amount):
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


def draw_scene(scene, colour, seed, size=LANDSCAPE):
    """A picture of `scene` in `colour`; the same seed always draws the same picture."""
    if scene == "pemandangan":
        return draw_landscape(colour, seed, size)
    rng = random.Random(seed)
    picture = PillowImage.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    SCENES[scene](draw, rng, size, rgb(colour))
    return picture


def gradient(draw, box, top, bottom):
    left, upper, right, lower = box
    for y in range(upper, lower):
        draw.line([(left, y), (right, y)], fill=mix(top, bottom, (y - upper) / (lower - upper)))


def outdoors(draw, rng, size, ground):
    """Sky, a far ridge and the ground; returns where the ground starts."""
    width, height = size
    horizon = int(height * rng.uniform(0.38, 0.5))
    gradient(draw, (0, 0, width, horizon), (135, 190, 230), (225, 238, 245))
    ridge = [(0, horizon)]
    for x in range(0, width + 200, 200):
        ridge.append((x, horizon - rng.randint(30, 140)))
    ridge.append((width, horizon))
    draw.polygon(ridge, fill=(96, 128, 110))
    gradient(draw, (0, horizon, width, height), ground, mix(ground, (0, 0, 0), 0.35))
    return horizon


def person(draw, rng, x, feet, tall, shirt=None):
    """A villager standing with feet at `feet`: legs, body, arms, head and sometimes a hat."""
    shirt = shirt or rng.choice(CLOTHES)
    skin = rng.choice(SKIN)
    head = tall * 0.16
    body_top = feet - tall + head * 2
    width = tall * 0.26
    draw.rectangle([x - width * 0.3, feet - tall * 0.42, x + width * 0.3, feet], fill=(52, 58, 64))
    draw.rounded_rectangle(
        [x - width / 2, body_top, x + width / 2, feet - tall * 0.38], radius=width / 3, fill=shirt
    )
    arm = mix(shirt, (0, 0, 0), 0.15)
    draw.line(
        [(x - width / 2, body_top + head * 0.4), (x - width * 0.75, feet - tall * 0.45)],
        fill=arm,
        width=max(3, int(width / 5)),
    )
    draw.line(
        [(x + width / 2, body_top + head * 0.4), (x + width * 0.75, feet - tall * 0.45)],
        fill=arm,
        width=max(3, int(width / 5)),
    )
    top = feet - tall
    draw.ellipse([x - head, top, x + head, top + head * 2], fill=skin)
    if rng.random() < 0.3:
        draw.polygon(
            [
                (x - head * 1.8, top + head * 0.7),
                (x + head * 1.8, top + head * 0.7),
                (x, top - head * 0.6),
            ],
            fill=(214, 180, 110),
        )
    elif rng.random() < 0.4:
        draw.pieslice(
            [x - head * 1.05, top - head * 0.1, x + head * 1.05, top + head * 2.1],
            180,
            360,
            fill=rng.choice(CLOTHES),
        )
    else:
        draw.chord([x - head, top, x + head, top + head * 1.4], 180, 360, fill=(30, 30, 30))


def crowd(draw, rng, size, front, back, count, tall):
    """People between the `back` and `front` lines, the far ones smaller, drawn far first."""
    width = size[0]
    people = sorted((rng.uniform(back, front), rng.uniform(0, width)) for _number in range(count))
    for feet, x in people:
        depth = (feet - back) / max(front - back, 1)
        person(draw, rng, x, feet, tall * (0.55 + 0.45 * depth) * rng.uniform(0.85, 1.1))


def label(draw, box, text, fill, ink=(255, 255, 255)):
    left, upper, right, lower = box
    draw.rectangle(box, fill=fill)
    font = ImageFont.load_default(size=int((lower - upper) * 0.5))
    draw.text(((left + right) / 2, (upper + lower) / 2), text, fill=ink, font=font, anchor="mm")


def kebun(draw, rng, size, colour):
    """Rows of strawberry beds running to the hills, pickers among them."""
    width, height = size
    horizon = outdoors(draw, rng, size, (92, 140, 70))
    rows = 9
    for row in range(rows):
        y = horizon + (height - horizon) * (row + 1) / (rows + 1)
        thick = 6 + row * 5
        draw.line([(0, y), (width, y - rng.randint(-20, 20))], fill=(70, 110, 50), width=thick)
        for _number in range(8 + row * 6):
            x = rng.uniform(0, width)
            radius = 3 + row * 1.6
            draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
    crowd(draw, rng, size, height * 0.95, horizon + 40, rng.randint(4, 7), height * 0.42)


def panggung(draw, rng, size, colour):
    """A stage with a banner, performers on it and the audience in front."""
    width, height = size
    horizon = outdoors(draw, rng, size, (150, 140, 110))
    stage_top, stage_floor = int(height * 0.2), int(height * 0.62)
    draw.rectangle(
        [width * 0.12, stage_top, width * 0.88, stage_floor], fill=mix(colour, (0, 0, 0), 0.45)
    )
    draw.rectangle(
        [width * 0.1, stage_floor, width * 0.9, stage_floor + height * 0.06], fill=(90, 60, 40)
    )
    label(
        draw,
        (int(width * 0.2), stage_top + 20, int(width * 0.8), stage_top + int(height * 0.1)),
        "DESA SERANG",
        colour,
    )
    for x in (width * 0.38, width * 0.5, width * 0.62):
        person(draw, rng, x, stage_floor, height * 0.3, rng.choice(CLOTHES))
    crowd(
        draw,
        rng,
        size,
        height * 1.05,
        max(horizon, stage_floor + height * 0.1),
        rng.randint(14, 22),
        height * 0.38,
    )


def pasar(draw, rng, size, colour):
    """Market stalls under striped tents with buyers walking past."""
    width, height = size
    outdoors(draw, rng, size, (170, 160, 140))
    stalls = rng.randint(3, 4)
    span = width / stalls
    roof, counter = int(height * 0.3), int(height * 0.62)
    for stall in range(stalls):
        left, right = stall * span + 12, (stall + 1) * span - 12
        stripe = mix(colour, (255, 255, 255), 0.2 * (stall % 2))
        draw.polygon(
            [(left - 10, roof), (right + 10, roof), (right, roof - 70), (left, roof - 70)],
            fill=stripe,
        )
        draw.line([(left, roof), (left, counter)], fill=(90, 70, 50), width=8)
        draw.line([(right, roof), (right, counter)], fill=(90, 70, 50), width=8)
        draw.rectangle([left, counter - 60, right, counter + 20], fill=(120, 85, 55))
        for _number in range(6):
            x = rng.uniform(left + 20, right - 20)
            jar = rng.choice([colour, (240, 200, 80), (250, 250, 240)])
            draw.rounded_rectangle(
                [x - 18, counter - 110, x + 18, counter - 60], radius=6, fill=jar
            )
    crowd(draw, rng, size, height * 1.02, counter + 40, rng.randint(5, 9), height * 0.45)


def warga(draw, rng, size, colour):
    """A group of villagers close up, in front of a house wall."""
    width, height = size
    wall = int(height * 0.55)
    draw.rectangle([0, 0, width, wall], fill=mix(colour, (255, 255, 255), 0.7))
    for x in range(0, width, 180):
        draw.rectangle([x + 40, wall * 0.25, x + 120, wall * 0.7], fill=mix(colour, (0, 0, 0), 0.3))
    draw.rectangle([0, 0, width, 40], fill=(150, 70, 50))
    gradient(draw, (0, wall, width, height), (190, 180, 160), (140, 130, 115))
    # Close up, but a whole person still fits an upright picture.
    tall = min(height * 0.62, width * 0.6)
    crowd(draw, rng, size, height * 1.02, wall + height * 0.08, rng.randint(6, 10), tall)


def jalan(draw, rng, size, colour):
    """A village road narrowing to the hills, a gate, and people working along it."""
    width, height = size
    horizon = outdoors(draw, rng, size, (100, 150, 80))
    draw.polygon(
        [
            (width * 0.46, horizon),
            (width * 0.54, horizon),
            (width * 0.9, height),
            (width * 0.1, height),
        ],
        fill=(120, 120, 115),
    )
    gate = (width * 0.3, horizon - height * 0.28, width * 0.7, horizon + 10)
    draw.rectangle([gate[0], gate[1], gate[0] + 40, gate[3]], fill=colour)
    draw.rectangle([gate[2] - 40, gate[1], gate[2], gate[3]], fill=colour)
    label(
        draw,
        (int(gate[0]), int(gate[1]), int(gate[2]), int(gate[1] + height * 0.07)),
        "DUSUN KRAJAN",
        colour,
    )
    crowd(draw, rng, size, height * 0.98, horizon + 30, rng.randint(5, 8), height * 0.45)


def selokan(draw, rng, size, colour):
    """A ditch along a road with people clearing it, buckets and a heap of mud."""
    width, height = size
    horizon = outdoors(draw, rng, size, (105, 150, 85))
    ditch = int(horizon + (height - horizon) * 0.55)
    draw.polygon(
        [(0, ditch), (width, ditch - 60), (width, ditch + 40), (0, ditch + 110)],
        fill=mix(colour, (60, 50, 40), 0.5),
    )
    for _number in range(5):
        x = rng.uniform(0, width)
        draw.ellipse([x - 60, ditch - 30, x + 60, ditch + 20], fill=(110, 90, 60))
    crowd(draw, rng, size, height * 1.0, horizon + 40, rng.randint(4, 7), height * 0.5)
    for _number in range(3):
        x = rng.uniform(50, width - 50)
        draw.rectangle(
            [x - 25, height * 0.9 - 50, x + 25, height * 0.9],
            fill=rng.choice([(40, 90, 160), (200, 60, 50)]),
        )


def posyandu(draw, rng, size, colour):
    """Inside the village hall: a poster, a table with a scale, mothers and small children."""
    width, height = size
    floor = int(height * 0.62)
    gradient(
        draw,
        (0, 0, width, floor),
        mix(colour, (255, 255, 255), 0.75),
        mix(colour, (255, 255, 255), 0.55),
    )
    gradient(draw, (0, floor, width, height), (200, 190, 170), (160, 150, 135))
    label(
        draw,
        (int(width * 0.3), int(height * 0.08), int(width * 0.7), int(height * 0.18)),
        "POSYANDU",
        colour,
    )
    table = (width * 0.15, floor - height * 0.02, width * 0.6, floor + height * 0.05)
    draw.rectangle(table, fill=(150, 105, 65))
    draw.rectangle(
        [table[0] + 30, table[3], table[0] + 45, table[3] + height * 0.2], fill=(120, 85, 55)
    )
    draw.rectangle(
        [table[2] - 45, table[3], table[2] - 30, table[3] + height * 0.2], fill=(120, 85, 55)
    )
    scale_x = width * 0.38
    draw.line(
        [(scale_x, table[1] - height * 0.25), (scale_x, table[1])], fill=(80, 80, 80), width=6
    )
    draw.ellipse(
        [scale_x - 40, table[1] - height * 0.27, scale_x + 40, table[1] - height * 0.27 + 80],
        fill=(230, 230, 230),
        outline=(80, 80, 80),
        width=4,
    )
    for _number in range(rng.randint(3, 5)):
        x = rng.uniform(width * 0.05, width * 0.95)
        feet = rng.uniform(height * 0.9, height * 1.02)
        person(draw, rng, x, feet, height * 0.55)
        person(draw, rng, x + rng.choice([-1, 1]) * height * 0.12, feet, height * 0.25)


SCENES = {
    "kebun": kebun,
    "panggung": panggung,
    "pasar": pasar,
    "warga": warga,
    "jalan": jalan,
    "selokan": selokan,
    "posyandu": posyandu,
    "pemandangan": None,
}
