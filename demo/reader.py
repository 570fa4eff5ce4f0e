"""Reads the demo content in demo/content/ (Markdown articles, YAML catalog and site texts)
into the plain values the loader saves. The format is described in demo/content/README.md."""

import re
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import markdown
import yaml
from django.utils.translation import gettext as _
from wagtail import blocks

from articles.blocks import ArticleBodyBlock
from villages.structure import GOVERNMENT_PAGES, SECTIONS

CONTENT_DIR = Path(__file__).resolve().parent / "content"

HOME_FIELDS = {
    "seo_title",
    "hero_title",
    "hero_intro",
    "hero_colour",
    "latest_articles_count",
    "about_text",
}
SECTION_FIELDS = {"title", "intro"}
ARTICLE_FIELDS = {"title", "slug", "date", "author", "categories", "tags", "intro", "cover_colour"}
CATEGORY_FIELDS = {"slug", "name", "description"}
SPOT_FIELDS = {
    "slug",
    "name",
    "short_description",
    "description",
    "address",
    "latitude",
    "longitude",
    "ticket_price",
    "facilities",
    "contact_phone",
    "featured",
    "hours",
    "opening_hours_note",
}
PRODUCT_FIELDS = {
    "slug",
    "name",
    "description",
    "price",
    "unit",
    "original_price",
    "seller_name",
    "seller_whatsapp",
    "availability",
    "featured",
}
# Where a product is sold or picked up: optional, since some are only sent.
PRODUCT_LOCATION_FIELDS = {"address", "latitude", "longitude"}
# Weekday names in the files, in the order of catalog.blocks.WEEKDAYS ("0" is Monday).
DAYS = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]
CLOSED = "tutup"
HOURS = re.compile(r"^(?P<opens>\d\d:\d\d)\s*-\s*(?P<closes>\d\d:\d\d)$")

FRONT_MATTER = re.compile(r"\A---\n(?P<meta>.*?)\n---\n(?P<body>.*)\Z", re.DOTALL)
HEADING = re.compile(r"^(?P<marks>#+)\s+(?P<text>.+?)\s*$")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s")
BLOCK_TAG = r"</?(?:p|ul|ol|li|h[1-6]|blockquote)>"
FENCE_OPEN = "```yaml"
FENCE_CLOSE = "```"
HEADING_LEVELS = {2: "h2", 3: "h3"}


class ContentError(ValueError):
    """A content file that does not follow the format; the message names the file."""


@dataclass(frozen=True)
class DemoContent:
    site: dict
    article_categories: list
    articles: list
    tourism_categories: list
    spots: list
    product_categories: list
    products: list


def load_content(directory=CONTENT_DIR):
    """Every content file, parsed and cross-checked, before anything is saved."""
    directory = Path(directory)
    article_categories = read_yaml(directory / "kategori-berita.yaml", {"categories"})
    tourism = read_yaml(directory / "wisata.yaml", {"categories", "spots"})
    products = read_yaml(directory / "produk.yaml", {"categories", "products"})
    content = DemoContent(
        site=read_site(directory),
        article_categories=[
            category_row(row, "kategori-berita.yaml") for row in article_categories["categories"]
        ],
        articles=[read_article(path) for path in sorted((directory / "berita").glob("*.md"))],
        tourism_categories=[category_row(row, "wisata.yaml") for row in tourism["categories"]],
        spots=[spot_row(row) for row in tourism["spots"]],
        product_categories=[category_row(row, "produk.yaml") for row in products["categories"]],
        products=[product_row(row) for row in products["products"]],
    )
    check_references(content)
    return content


def read_text(path):
    return Path(path).read_text(encoding="utf-8").replace("\r\n", "\n")


def read_yaml(path, keys):
    """A YAML file holding a mapping with exactly these top-level keys."""
    try:
        data = yaml.safe_load(read_text(path))
    except (OSError, yaml.YAMLError) as error:
        raise ContentError(
            _("%(file)s tidak dapat dibaca: %(error)s") % {"file": Path(path).name, "error": error}
        ) from error
    check_keys(data, required=keys, where=Path(path).name)
    return data


def read_site(directory=CONTENT_DIR):
    """The site's own texts: village settings, logo, the home page and each section page of
    the village structure (villages.structure.SECTIONS), by its name there."""
    site = read_yaml(
        Path(directory) / "desa.yaml", {"site_name", "village", "logo", "home", "sections"}
    )
    check_keys(site["home"], required=HOME_FIELDS, where="desa.yaml: home")
    site["home"]["about_text"] = markdown_to_html(site["home"]["about_text"])
    check_keys(
        site["sections"],
        required={spec.attribute for spec in (*SECTIONS, *GOVERNMENT_PAGES)},
        where="desa.yaml: sections",
    )
    for name, texts in site["sections"].items():
        check_keys(texts, required=SECTION_FIELDS, where=f"desa.yaml: sections: {name}")
    return site


# --- Articles ----------------------------------------------------------------------


def read_article(path):
    path = Path(path)
    try:
        return parse_article(read_text(path))
    except (ContentError, yaml.YAMLError) as error:
        raise ContentError(f"{path.name}: {error}") from error


def parse_article(text):
    """One article: its front matter's fields plus `body`, a list of (block type, value)."""
    match = FRONT_MATTER.match(text)
    if not match:
        raise ContentError(_("berkas harus diawali front matter YAML di antara dua baris ---"))
    article = yaml.safe_load(match["meta"])
    check_keys(article, required=ARTICLE_FIELDS, optional={"featured", "author_type"})
    if not isinstance(article["date"], date):
        raise ContentError(_("date harus berupa tanggal TTTT-BB-HH"))
    article.setdefault("author_type", "lembaga")
    if article["author_type"] not in ("orang", "lembaga"):
        raise ContentError(_("author_type harus 'orang' atau 'lembaga'"))
    article["featured"] = bool(article.get("featured", False))
    article["body"] = parse_body(match["body"])
    return article


def parse_body(text):
    """Markdown to StreamField blocks: `##`/`###` lines are headings, each prose paragraph
    a paragraph block (a list joins the paragraph before it), each ```yaml fence one block."""
    body, prose, fence = [], [], None

    def end_prose():
        if prose:
            html = markdown_to_html("\n".join(prose))
            if LIST_ITEM.match(prose[0]) and body and body[-1][0] == "paragraph":
                body[-1] = ("paragraph", body[-1][1] + html)
            else:
                body.append(("paragraph", html))
            prose.clear()

    for line in text.splitlines():
        if fence is not None:
            if line.strip() == FENCE_CLOSE:
                body.append(structured_block(yaml.safe_load("\n".join(fence))))
                fence = None
            else:
                fence.append(line)
        elif line.strip() == FENCE_OPEN:
            end_prose()
            fence = []
        elif heading := HEADING.match(line):
            end_prose()
            body.append(heading_block(heading))
        elif line.strip():
            prose.append(line)
        else:
            end_prose()
    if fence is not None:
        raise ContentError(_("blok ```yaml tidak ditutup dengan ```"))
    end_prose()
    return body


def heading_block(match):
    level = HEADING_LEVELS.get(len(match["marks"]))
    if level is None:
        raise ContentError(
            _("judul “%(text)s”: hanya ## (H2) dan ### (H3) yang dipakai di isi berita")
            % {"text": match["text"]}
        )
    return ("heading", {"text": match["text"], "level": level})


def structured_block(data):
    """A fenced YAML block: `block` names the block type, the other keys are its fields;
    rich-text fields are written in Markdown."""
    if not isinstance(data, dict) or "block" not in data:
        raise ContentError(_("blok ```yaml harus punya kunci block (misalnya block: faq)"))
    block_type = data.pop("block")
    definition = ArticleBodyBlock.base_blocks.get(block_type)
    if not isinstance(definition, blocks.StructBlock):
        names = ", ".join(
            name
            for name, child in ArticleBodyBlock.base_blocks.items()
            if isinstance(child, blocks.StructBlock)
        )
        raise ContentError(
            _("block: %(type)s tidak dikenal; pilih salah satu dari: %(names)s")
            % {"type": block_type, "names": names}
        )
    return (block_type, from_markdown(definition, data, block_type))


def from_markdown(definition, value, where):
    """The value with every rich-text field turned from Markdown into Wagtail's HTML."""
    if isinstance(definition, blocks.RichTextBlock):
        return markdown_to_html(value)
    if isinstance(definition, blocks.StructBlock):
        unknown = set(value) - set(definition.child_blocks)
        if unknown:
            raise ContentError(
                _("%(where)s: kunci tidak dikenal: %(keys)s")
                % {"where": where, "keys": ", ".join(sorted(unknown))}
            )
        return {
            name: from_markdown(definition.child_blocks[name], child, f"{where}.{name}")
            for name, child in value.items()
        }
    if isinstance(definition, blocks.ListBlock):
        return [from_markdown(definition.child_block, item, where) for item in value]
    return value


def markdown_to_html(text):
    """Rich text as Wagtail's editor stores it: no whitespace between block tags, soft line
    breaks as spaces, and <b>/<i> rather than <strong>/<em>."""
    html = markdown.markdown(text.strip())
    html = re.sub(rf"\s*({BLOCK_TAG})\s*", r"\1", html).replace("\n", " ")
    for markdown_tag, wagtail_tag in (("strong", "b"), ("em", "i")):
        html = html.replace(f"<{markdown_tag}>", f"<{wagtail_tag}>")
        html = html.replace(f"</{markdown_tag}>", f"</{wagtail_tag}>")
    return html


# --- Catalog -----------------------------------------------------------------------


def category_row(row, file_name):
    check_keys(row, required=CATEGORY_FIELDS, where=file_name)
    return row


def catalog_row(row, fields, file_name, optional=frozenset()):
    """(model field values, category slug, gallery) for one wisata or product."""
    where = f"{file_name}: {row.get('slug', '?')}"
    check_keys(row, required=fields | {"category", "gallery"}, optional=optional, where=where)
    for picture in row["gallery"]:
        check_keys(picture, required={"colour", "alt_text"}, where=where)
    values = {name: row[name] for name in fields | (optional & set(row))}
    values["description"] = markdown_to_html(row["description"])
    return {"fields": values, "category": row["category"], "gallery": row["gallery"]}


def spot_row(row):
    spot = catalog_row(row, SPOT_FIELDS, "wisata.yaml")
    values = spot["fields"]
    # Coordinates stay decimal strings: a YAML float would round them.
    values["latitude"], values["longitude"] = str(row["latitude"]), str(row["longitude"])
    values["facilities"] = "\n".join(row["facilities"])
    values["opening_hours"] = opening_hours(values.pop("hours"), row["slug"])
    return spot


def opening_hours(hours, slug):
    """`senin: 07:00-17:00` or `minggu: tutup` to the opening-hours blocks, Monday first."""
    unknown = set(hours) - set(DAYS)
    if unknown:
        raise ContentError(
            _("wisata.yaml: %(slug)s: hari tidak dikenal: %(days)s")
            % {"slug": slug, "days": ", ".join(sorted(unknown))}
        )
    days = []
    for number, name in enumerate(DAYS):
        if name not in hours:
            continue
        closed = hours[name] == CLOSED
        span = None if closed else HOURS.match(str(hours[name]))
        if not closed and not span:
            raise ContentError(
                _("wisata.yaml: %(slug)s: %(day)s harus berupa JJ:MM-JJ:MM atau %(closed)s")
                % {"slug": slug, "day": name, "closed": CLOSED}
            )
        value = {"day": str(number), "closed": closed, "opens_at": None, "closes_at": None}
        if span:
            value["opens_at"] = time.fromisoformat(span["opens"])
            value["closes_at"] = time.fromisoformat(span["closes"])
        days.append(("day", value))
    return days


def product_row(row):
    product = catalog_row(row, PRODUCT_FIELDS, "produk.yaml", optional=PRODUCT_LOCATION_FIELDS)
    values = product["fields"]
    # Coordinates stay decimal strings: a YAML float would round them.
    for name in ("latitude", "longitude"):
        if values.get(name) is not None:
            values[name] = str(values[name])
    return product


# --- Checks ------------------------------------------------------------------------


def check_keys(data, required, optional=frozenset(), where=None):
    prefix = f"{where}: " if where else ""
    if not isinstance(data, dict):
        raise ContentError(prefix + _("harus berupa pemetaan kunci: nilai"))
    missing, unknown = required - set(data), set(data) - required - optional
    if missing:
        raise ContentError(prefix + _("kunci wajib tidak ada: %s") % ", ".join(sorted(missing)))
    if unknown:
        raise ContentError(prefix + _("kunci tidak dikenal: %s") % ", ".join(sorted(unknown)))


def check_references(content):
    """Slugs are unique, and every category and "Baca juga" link points at something."""
    slugs = [article["slug"] for article in content.articles]
    duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if duplicates:
        raise ContentError(_("slug berita dipakai lebih dari sekali: %s") % ", ".join(duplicates))
    categories = {row["slug"] for row in content.article_categories}
    for article in content.articles:
        for slug in article["categories"]:
            require(slug in categories, article["slug"], _("kategori %s") % slug)
        for block_type, value in article["body"]:
            if block_type == "also_read":
                for slug in value["articles"]:
                    require(slug in slugs, article["slug"], _("berita %s") % slug)
    for rows, categories_of_kind in (
        (content.spots, content.tourism_categories),
        (content.products, content.product_categories),
    ):
        known = {row["slug"] for row in categories_of_kind}
        for row in rows:
            require(row["category"] in known, row["fields"]["slug"], row["category"])


def require(condition, owner, target):
    if not condition:
        raise ContentError(
            _("%(owner)s merujuk ke %(target)s, yang tidak ada")
            % {"owner": owner, "target": target}
        )
