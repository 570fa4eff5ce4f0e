"""Pleasant placeholder-free pictures drawn locally with Pillow, so the demo never downloads."""

import random
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model


def _hex_to_rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(colour, other, amount):
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


def draw_landscape(colour, seed, size=(1600, 900)):
    """A sky gradient, sun and layered hills in the article's colour."""
    rng = random.Random(seed)
    width, height = size
    base = _hex_to_rgb(colour)
    sky_top, sky_bottom = _mix(base, (255, 255, 255), 0.55), _mix(base, (255, 240, 210), 0.8)
    picture = PillowImage.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_mix(sky_top, sky_bottom, y / height))
    sun_x, sun_y, radius = rng.randint(200, width - 200), rng.randint(120, 320), 90
    draw.ellipse(
        [sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius], fill=(255, 226, 140)
    )
    for layer in range(4):
        shade = _mix(base, (0, 0, 0), 0.1 + layer * 0.15)
        baseline = int(height * (0.45 + layer * 0.13))
        points = [(0, height)]
        for x in range(0, width + 160, 160):
            points.append((x, baseline - rng.randint(0, 120)))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    return picture


def draw_emblem(text, colour, size=256):
    picture = PillowImage.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(picture)
    draw.ellipse([8, 8, size - 8, size - 8], fill=_hex_to_rgb(colour))
    font = ImageFont.load_default(size=size // 3)
    draw.text((size / 2, size / 2), text, fill=(255, 255, 255), font=font, anchor="mm")
    return picture


def as_image_file(picture, name):
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return ImageFile(buffer, name=name)


def demo_image(title, make_picture, file_name):
    """The Wagtail image with this title, drawn and saved the first time it is asked for."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    return Image.objects.create(
        title=title, description=title, file=as_image_file(make_picture(), file_name)
    )
